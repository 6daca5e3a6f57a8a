// Runs the app's outbox in a child process (test/outbox/fixtures/outbox-child.ts) against a rig's data
// folder and simulator, and kills it (SIGKILL) a chosen time after it is ready — the crash tests of the
// outbox, the answers and the stock pushes all use it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { TEST_APP, type SimHost } from '../helpers/sim-host';

const CHILD = path.join(import.meta.dirname, 'fixtures/outbox-child.ts');

/** Runs the child at a request budget; kills it `killAfterMs` after it is ready (null: lets it finish). */
export function runOutboxChild(target: SimHost, killAfterMs: number | null, requestsPerSecond: number): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(requestsPerSecond)], {
      env: {
        ...process.env,
        MOSTRADOR_DATA_DIR: target.dataDir,
        MELI_API_URL: target.sim.url,
        MELI_AUTH_URL: target.sim.url,
        MELI_CLIENT_ID: TEST_APP.client_id,
        MELI_CLIENT_SECRET: TEST_APP.client_secret,
        MELI_REDIRECT_URI: target.redirectUri,
      },
      timeout: 60_000,
    });
    let output = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfterMs !== null && !armed && output.includes('ready')) {
        armed = true;
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', output }));
  });
}

/** A seeded sequence in [0, 1), so the kill points are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}
