// Measures the simulator so benchmarks know it is not their bottleneck: start time (demo and large)
// and requests/second for multiget GET /items?ids= (20 ids) and order searches, with the load
// generator in this process and the simulator in its own (as `npm run sim` runs it).
// Usage: npx tsx test/sim/bench-sim.ts [--seconds 5] [--concurrency 16]
import { Agent, get } from 'node:http';
import { parseArgs } from 'node:util';
import { startSimulator } from '../../electron/demo/simulator/server';
import { startSimProcess } from '../helpers/sim-cli';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '16' } } });
const seconds = Math.min(Number(values.seconds), 30);
const concurrency = Math.min(Number(values.concurrency), 128);

async function startTimes(): Promise<void> {
  for (const size of ['demo', 'large'] as const) {
    const started = performance.now();
    const sim = await startSimulator({ size });
    console.log(`start ${size}: ${(performance.now() - started).toFixed(0)} ms (generation ${sim.generationMs.toFixed(0)} ms, ${sim.state.world.items.size} items, ${sim.state.world.orders.size} orders)`);
    await sim.close();
  }
}

// node:http with keep-alive: fetch's own overhead would otherwise be what gets measured.
const agent = new Agent({ keepAlive: true, maxSockets: 128 });

function request(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    }).on('error', reject);
  });
}

async function load(name: string, url: string, paths: string[], token: string): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const worker = async (offset: number): Promise<void> => {
    for (let i = offset; performance.now() < deadline; i += concurrency) {
      const status = await request(`${url}${paths[i % paths.length] ?? ''}`, token);
      if (status === 200) done += 1;
      else failed += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  console.log(`${name}: ${(done / elapsed).toFixed(0)} requests/s (${done} ok, ${failed} failed, ${concurrency} concurrent, ${elapsed.toFixed(1)} s)`);
}

await startTimes();
const child = await startSimProcess(['--size', 'large']);
try {
  const token = (await (await fetch(`${child.url}/__sim/token`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sim-admin': child.adminToken }, body: JSON.stringify({ user_id: 241000101 }) })).json()) as { access_token: string };
  const search = (await (await fetch(`${child.url}/users/241000101/items/search?search_type=scan&limit=100`, { headers: { authorization: `Bearer ${token.access_token}` } })).json()) as { results: string[] };
  const multiget = Array.from({ length: 5 }, (_, i) => `/items?ids=${search.results.slice(i * 20, i * 20 + 20).join(',')}`);
  await load('GET /items?ids= (20 ids)', child.url, multiget, token.access_token);
  await load('GET /orders/search (51 of 50 000)', child.url, ['/orders/search?seller=241000101&limit=51&sort=date_desc'], token.access_token);
  await load('GET /users/me', child.url, ['/users/me'], token.access_token);
} finally {
  agent.destroy();
  child.stop();
}
