// `npm run sim`: starts the simulator as its own process and says where it listens and which admin
// token opens its /__sim/ API (a developer tool: the token is random per start and dies with it).
// Flags: --port N (default: a free port), --seed N, --size demo|large, --activity, --help.
import { parseArgs } from 'node:util';
import { startSimulator } from './server';

const USAGE = `Usage: npm run sim -- [--port N] [--seed N] [--size demo|large] [--activity]
Prints "listening on http://127.0.0.1:PORT", then "admin token: TOKEN" for the /__sim/ admin API
(send it as "authorization: Bearer TOKEN" or "x-sim-admin: TOKEN", with JSON bodies).`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: 'demo' },
    activity: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
const seed = Number(values.seed);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, got ${values.port}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
if (values.size !== 'demo' && values.size !== 'large') throw new Error(`--size must be demo or large, got ${values.size}`);

const sim = await startSimulator({ port, seed, size: values.size, marketActivity: values.activity });
console.log(`listening on ${sim.url}`);
console.log(`admin token: ${sim.adminToken}`);

const shutdown = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
