// Credentials never follow a changed API address or client id. A second loopback server stands in for
// "somewhere else": it must receive no Authorization header, no refresh token and no client secret —
// whether the change is attempted through Settings (refused: only Mercado Libre's hosts are accepted)
// or made by a developer through the environment between launches (accounts then need to sign in).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenKey } from '../../electron/auth/token-manager';
import { createHost, type Host } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import type { Account, ConnectStart } from '../../shared/contract';
import { startSimulator, DEMO_SELLER_ID, type Simulator } from '../../electron/demo/simulator/server';
import { call, decideOnAuthorizationPage, freePort, simRequests, TEST_APP } from '../helpers/sim-host';
import { tempDir } from '../helpers/temp-dir';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/** A loopback server that is not Mercado Libre: records everything and answers 401 to all. */
async function startDecoy(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body });
      response.writeHead(401, { 'Content-Type': 'application/json' }).end('{"message":"invalid_token","status":401}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let open: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of open.reverse()) await close();
  open = [];
});

async function rig() {
  const loopback = `http://127.0.0.1:${await freePort()}/callback`;
  const sim: Simulator = await startSimulator({ seed: 7, marketActivity: false, apps: [{ ...TEST_APP, redirect_uris: [loopback] }] });
  const decoy = await startDecoy();
  open.push(() => sim.close(), () => decoy.close());
  const dataDir = tempDir();
  const env = {
    MOSTRADOR_DATA_DIR: dataDir,
    MELI_API_URL: sim.url,
    MELI_AUTH_URL: sim.url,
    MELI_CLIENT_ID: TEST_APP.client_id,
    MELI_CLIENT_SECRET: TEST_APP.client_secret,
    MELI_REDIRECT_URI: loopback,
  };
  let host: Host | null = null;
  /** Starts (or restarts) the app on the same data folder, with environment changes a developer might make. */
  const launch = (changes: Record<string, string> = {}): Host => {
    host?.close();
    host = createHost({ mode: 'browser', settingsBackend: createConfBackend, budget: { requestsPerSecond: 200, concurrency: 8 }, retry: { baseDelayMs: 5, maxDelayMs: 20 }, log: () => undefined, env: { ...env, ...changes } });
    return host;
  };
  open.push(() => host?.close());
  return { sim, decoy, dataDir, launch };
}

async function signIn(host: Host): Promise<void> {
  const started = await call<ConnectStart>(host, 'accounts.connect.start', { siteId: 'MLA' });
  expect((await fetch(await decideOnAuthorizationPage(started.authorizationUrl, DEMO_SELLER_ID))).status).toBe(200);
  for (let i = 0; i < 200 && !host.accounts.tokens.has(DEMO_SELLER_ID); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Nothing secret reached the decoy: no bearer token, no refresh token, no client secret. */
function expectNothingSecret(seen: Seen[], stored: { accessToken?: string; refreshToken?: string }): void {
  expect(seen.map((entry) => entry.authorization).filter(Boolean)).toEqual([]);
  const everything = JSON.stringify(seen);
  for (const secret of [stored.accessToken, stored.refreshToken, TEST_APP.client_secret]) {
    expect(secret).toBeTruthy();
    expect(everything).not.toContain(secret);
  }
  expect(everything).not.toContain('refresh_token');
}

const accountStatus = async (host: Host) => (await call<Account[]>(host, 'accounts.list')).map((account) => account.status);

describe('credentials stay with the API address and app they were issued for', () => {
  it('Settings refuse API and authorization addresses outside Mercado Libre, and change nothing', async () => {
    const { decoy, dataDir, launch } = await rig();
    const host = launch();
    await signIn(host);
    const settingsFile = path.join(dataDir, 'settings.json');
    const before = fs.readFileSync(settingsFile, 'utf8');
    for (const meli of [{ apiUrl: decoy.url }, { authUrl: decoy.url }, { apiUrl: 'https://evil.example' }, { apiUrl: 'https://api.mercadolibre.com.evil.example' }]) {
      const result = await host.dispatch('settings.set', { meli });
      expect(result, JSON.stringify(meli)).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { issues: expect.any(Array) } } });
    }
    expect(fs.readFileSync(settingsFile, 'utf8')).toBe(before);
    // A Mercado Libre address is accepted.
    expect((await host.dispatch('settings.set', { meli: { authUrl: 'https://auth.mercadolibre.com.ar' } })).ok).toBe(true);
    await host.sync.syncAccount(DEMO_SELLER_ID);
    expect(decoy.seen).toEqual([]);
    expect(await accountStatus(host)).toEqual(['connected']);
  });

  it('after the API address changes, the account needs to sign in and its tokens and the secret never go to the new address', async () => {
    const { decoy, launch } = await rig();
    await signIn(launch());
    const moved = launch({ MELI_API_URL: decoy.url });
    const stored = JSON.parse(moved.vault.get(tokenKey(DEMO_SELLER_ID)) ?? '{}') as { accessToken?: string; refreshToken?: string };
    expect(await accountStatus(moved)).toEqual(['needs_sign_in']);
    expect(await call(moved, 'sync.now', { userId: DEMO_SELLER_ID })).toEqual({ started: [] });
    // Even asked directly, the sync gets no token to send there.
    await moved.sync.syncAccount(DEMO_SELLER_ID).catch(() => undefined);
    await expect(moved.accounts.tokens.getAccessToken(DEMO_SELLER_ID, decoy.url)).rejects.toMatchObject({ code: 'needs_sign_in' });
    await expect(moved.accounts.tokens.refreshAfterRejection(DEMO_SELLER_ID, 'x')).rejects.toMatchObject({ code: 'needs_sign_in' });
    expect((await call<{ revoked: boolean }>(moved, 'accounts.remove', { userId: DEMO_SELLER_ID })).revoked).toBe(false);
    expect(decoy.seen.filter((entry) => entry.authorization || entry.body)).toEqual([]);
    expectNothingSecret(decoy.seen, stored);
  });

  it('after the client id changes, the account needs to sign in and nothing is refreshed with the old pair', async () => {
    const { sim, launch } = await rig();
    await signIn(launch());
    const oauthBefore = (await simRequests(sim, '/oauth/token')).length;
    const other = launch({ MELI_CLIENT_ID: '4400000000000099' });
    expect(await accountStatus(other)).toEqual(['needs_sign_in']);
    await expect(other.accounts.tokens.getAccessToken(DEMO_SELLER_ID, sim.url)).rejects.toMatchObject({ code: 'needs_sign_in' });
    await expect(other.accounts.tokens.refreshAfterRejection(DEMO_SELLER_ID, 'x')).rejects.toMatchObject({ code: 'needs_sign_in' });
    expect(await simRequests(sim, '/oauth/token')).toHaveLength(oauthBefore);
  });

  it('a pair saved by an older version (no binding) is bound to the app configured at the next start, and keeps working', async () => {
    const { sim, launch } = await rig();
    const first = launch();
    await signIn(first);
    const stored = JSON.parse(first.vault.get(tokenKey(DEMO_SELLER_ID)) ?? '{}') as Record<string, unknown>;
    const { apiOrigin, clientId, ...legacy } = stored;
    expect({ apiOrigin, clientId }).toEqual({ apiOrigin: sim.url, clientId: TEST_APP.client_id });
    first.vault.set(tokenKey(DEMO_SELLER_ID), JSON.stringify(legacy));
    const again = launch();
    expect(await accountStatus(again)).toEqual(['connected']);
    expect(JSON.parse(again.vault.get(tokenKey(DEMO_SELLER_ID)) ?? '{}')).toMatchObject({ apiOrigin: sim.url, clientId: TEST_APP.client_id });
    expect(await again.accounts.tokens.getAccessToken(DEMO_SELLER_ID, sim.url)).toBe(legacy.accessToken);
  });

  it('a secret entered before the client id is bound to the app named next, and not used for another one', async () => {
    const host = createHost({ mode: 'browser', settingsBackend: createConfBackend, log: () => undefined, env: { MOSTRADOR_DATA_DIR: tempDir() } });
    open.push(() => host.close());
    const status = async () => call<{ hasSecret: boolean; demo: boolean }>(host, 'meliApp.status');
    await call(host, 'meliApp.setSecret', { clientSecret: 'a-secret-of-my-own-app' });
    expect((await status()).demo).toBe(true);
    await call(host, 'settings.set', { meli: { clientId: '123', redirectUri: 'https://a.example/cb' } });
    expect(host.meliApp()).toMatchObject({ clientId: '123', clientSecret: 'a-secret-of-my-own-app' });
    await call(host, 'settings.set', { meli: { clientId: '456', redirectUri: 'https://a.example/cb' } });
    expect(host.meliApp()).toMatchObject({ clientId: '456', clientSecret: null });
    expect((await status()).hasSecret).toBe(false);
    // Back to the app it was entered for: usable again.
    await call(host, 'settings.set', { meli: { clientId: '123', redirectUri: 'https://a.example/cb' } });
    expect((await status()).hasSecret).toBe(true);
  });

  it('the authorization page is opened only on a Mercado Libre host (or the one the environment names)', async () => {
    const opened: string[] = [];
    // Starting checks that the API answers at all (connecting offline says so at once): a loopback stand-in.
    const api = await startDecoy();
    open.push(() => api.close());
    const withOpener = createHost({
      mode: 'desktop',
      settingsBackend: createConfBackend,
      log: () => undefined,
      openExternal: (url) => opened.push(url),
      env: { MOSTRADOR_DATA_DIR: tempDir(), MELI_API_URL: api.url, MELI_CLIENT_ID: TEST_APP.client_id, MELI_CLIENT_SECRET: TEST_APP.client_secret, MELI_REDIRECT_URI: 'http://127.0.0.1:0/callback' },
    });
    open.push(() => withOpener.close());
    expect((await withOpener.dispatch('settings.set', { meli: { authUrl: 'https://evil.example' } })).ok).toBe(false);
    const started = await call<ConnectStart>(withOpener, 'accounts.connect.start', { siteId: 'MLA' });
    expect(started.openedBySystem).toBe(true);
    expect(opened).toEqual([started.authorizationUrl]);
    expect(new URL(started.authorizationUrl).origin).toBe('https://auth.mercadolibre.com.ar');
    await call(withOpener, 'accounts.connect.cancel', { flowId: started.flowId });
  });
});
