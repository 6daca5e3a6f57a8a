// Offline: with Mercado Libre unreachable the account says so, the cache keeps answering, and polling
// resumes by itself when the connection returns.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { createHost } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import type { SyncStatus } from '../../shared/sync';
import { DEMO_SELLER_ID, startSimulator, type Simulator } from '../../electron/demo/simulator/server';
import { cacheDifferences } from '../helpers/cache-consistency';
import { call, freePort, TEST_APP } from '../helpers/sim-host';
import { tempDir } from '../helpers/temp-dir';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function simOn(port: number): Promise<Simulator> {
  const sim = await startSimulator({ port, seed: 7, marketActivity: false, apps: [{ ...TEST_APP, redirect_uris: ['http://127.0.0.1:9/callback'] }] });
  return sim;
}

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('offline', () => {
  it('reports offline, keeps serving the cache, and resumes polling when the store is back', async () => {
    const port = await freePort();
    let sim = await simOn(port);
    const host = createHost({
      mode: 'browser',
      settingsBackend: createConfBackend,
      budget: { requestsPerSecond: 200, concurrency: 8 },
      syncRetryBaseMs: 200,
      retry: { maxAttempts: 2, baseDelayMs: 50 },
      log: () => undefined,
      env: { MOSTRADOR_DATA_DIR: tempDir(), MELI_API_URL: sim.url, MELI_AUTH_URL: sim.url, MELI_CLIENT_ID: TEST_APP.client_id, MELI_CLIENT_SECRET: TEST_APP.client_secret, MELI_REDIRECT_URI: 'http://127.0.0.1:9/callback' },
    });
    cleanups.push(() => host.close());
    upsertAccount(host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    host.accounts.tokens.save(sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    await host.sync.syncAccount(DEMO_SELLER_ID);
    const before = await call<{ total: number }>(host, 'orders.query', { search: 'a' });

    await sim.close();
    await expect(host.sync.syncAccount(DEMO_SELLER_ID)).rejects.toThrow();
    const offline = await call<SyncStatus>(host, 'sync.status');
    expect(offline.online).toBe(false);
    expect(offline.accounts[0]).toMatchObject({ state: 'offline' });
    expect(offline.accounts[0]?.lastSyncAt).not.toBeNull();
    expect(offline.accounts[0]?.message).toMatch(/cannot be reached/);
    expect(await call<{ total: number }>(host, 'orders.query', { search: 'a' })).toEqual(before);

    // Polling started while offline keeps retrying with short pauses and succeeds once the store is back.
    host.sync.start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    sim = await simOn(port);
    cleanups.push(() => sim.close());
    // The restarted store lost its tokens: hand the app a fresh pair, as a reconnect would.
    host.accounts.tokens.save(sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    await until(() => host.sync.status().accounts[0]?.state === 'idle' && host.sync.status().online);
    expect(cacheDifferences(host.db, sim, DEMO_SELLER_ID)).toEqual([]);
    await host.sync.stop();
  }, 60_000);
});
