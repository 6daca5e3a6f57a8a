// Offline noticed between polls, without a manual sync: with the default 2-minute interval, a server
// that stops answering (hangs) and one that refuses are both called offline within about ten seconds,
// and syncing resumes by itself once the store answers again. Real HTTP on loopback, a real data folder.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { createHost, type Host } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { DEMO_SELLER_ID, startSimulator, type Simulator } from '../../electron/demo/simulator/server';
import { freePort, TEST_APP } from '../helpers/sim-host';
import { tempDir } from '../helpers/temp-dir';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const simOn = (port: number): Promise<Simulator> => startSimulator({ port, seed: 7, marketActivity: false, apps: [{ ...TEST_APP, redirect_uris: ['http://127.0.0.1:9/callback'] }] });

/** Accepts connections and never answers a byte. */
async function hangingServer(port: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

const accountState = (host: Host) => host.sync.status().accounts[0]?.state;

describe('reachability', () => {
  it('says offline within ten seconds of the store hanging or refusing, and resumes by itself', async () => {
    const port = await freePort();
    let sim = await simOn(port);
    const host = createHost({
      mode: 'browser',
      settingsBackend: createConfBackend,
      budget: { requestsPerSecond: 200, concurrency: 8 },
      log: () => undefined,
      env: { MOSTRADOR_DATA_DIR: tempDir(), MELI_API_URL: sim.url, MELI_AUTH_URL: sim.url, MELI_CLIENT_ID: TEST_APP.client_id, MELI_CLIENT_SECRET: TEST_APP.client_secret, MELI_REDIRECT_URI: 'http://127.0.0.1:9/callback' },
    });
    cleanups.push(() => host.close());
    upsertAccount(host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    host.accounts.tokens.save(sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    expect(host.settings.get().syncIntervalMinutes).toBeGreaterThanOrEqual(2);
    host.sync.start();
    cleanups.push(() => host.sync.stop());
    await until(() => host.sync.status().accounts[0]?.lastSyncAt != null && accountState(host) === 'idle', 30_000);

    // The store hangs: connections are accepted, nothing is answered.
    await sim.close();
    const hang = await hangingServer(port);
    const hangMs = await until(() => accountState(host) === 'offline', 12_000);
    expect(host.sync.status().online).toBe(false);
    await hang.close();

    // Back: the store answers again (with fresh tokens, as a reconnect would give) and syncing resumes.
    sim = await simOn(port);
    host.accounts.tokens.save(sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    const before = host.sync.status().accounts[0]?.lastSyncAt;
    await until(() => accountState(host) === 'idle' && host.sync.status().accounts[0]?.lastSyncAt !== before, 15_000);

    // The store is gone: connections are refused.
    await sim.close();
    const refusedMs = await until(() => accountState(host) === 'offline', 12_000);
    console.info(`offline noticed: hanging server ${hangMs} ms, refused connection ${refusedMs} ms`);
    expect(hangMs).toBeLessThanOrEqual(10_000);
    expect(refusedMs).toBeLessThanOrEqual(10_000);
  }, 60_000);
});
