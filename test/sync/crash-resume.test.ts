// Kill the app (SIGKILL) at random points of a sync, again and again, then let it finish: the cache
// must equal the store — nothing missing, nothing duplicated. The simulator runs in this process; the
// app runs in a child process so it can really be killed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { cacheDifferences } from '../helpers/cache-consistency';
import { startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

const TRIALS = 10;
let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** Runs the child until it prints `killAfter` progress lines (then SIGKILL), or to the end. */
function runChild(target: SimHost, killAfter: number | null): Promise<{ killed: boolean; lines: number }> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/sync-child.ts'), String(DEMO_SELLER_ID), killAfter === null ? 'incremental' : 'full'];
    const child = spawn(process.execPath, args, {
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
    let lines = 0;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let end: number;
      while ((end = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        if (line.startsWith('progress')) lines += 1;
        if (killAfter !== null && lines >= killAfter && child.exitCode === null) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', lines }));
  });
}

describe('sync killed at random points', () => {
  it(`resumes after ${TRIALS} SIGKILLs and ends equal to the store`, async () => {
    rig = await startSimHost();
    upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    rig.host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    rig.host.close();

    // A seeded spread of kill points over the progress events of a sync (a sync with a full listing pass gives 8 or more).
    let seed = 20261123;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let killed = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const outcome = await runChild(rig, 1 + Math.floor(random() * 7));
      console.log(`trial ${trial + 1}: ${outcome.killed ? 'killed' : 'finished'} after ${outcome.lines} progress events`);
      if (outcome.killed) killed += 1;
      // Between kills the store keeps living: a sale now and then.
      if (trial % 3 === 0) {
        await rig.sim.admin('/__sim/sales', { method: 'POST', body: { seller_id: DEMO_SELLER_ID } });
      }
    }
    expect(killed).toBeGreaterThanOrEqual(TRIALS - 2);
    const last = await runChild(rig, null);
    expect(last.killed).toBe(false);

    const { openDatabase } = await import('../../electron/db/database');
    const db = openDatabase(path.join(rig.dataDir, 'mostrador.sqlite'));
    try {
      expect(cacheDifferences(db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
      const lineDuplicates = db.prepare("SELECT count(*) - count(DISTINCT order_id || '-' || line) AS n FROM order_items").get() as { n: number };
      expect(lineDuplicates.n).toBe(0);
      const ftsRows = db.prepare('SELECT (SELECT count(*) FROM orders_fts) AS fts, (SELECT count(*) FROM orders) AS orders').get() as { fts: number; orders: number };
      expect(ftsRows.fts).toBe(ftsRows.orders);
    } finally {
      db.close();
    }
    rig.host.close = () => undefined;
  }, 240_000);
});
