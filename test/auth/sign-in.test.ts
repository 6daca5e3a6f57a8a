// Connecting accounts end to end against the simulator: its authorization page, real OAuth with PKCE,
// the loopback listener, the forwarding hop and pasting; plus removal and the token-leak check.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account, ConnectStart } from '../../shared/contract';
import { tokenKey } from '../../electron/auth/token-manager';
import { startDemoStore } from '../../electron/demo/demo-store';
import { DEMO_SELLER_ID, OPERATOR_USER_ID } from '../../electron/demo/simulator/server';
import { createHost } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { tempDir } from '../helpers/temp-dir';
import { call, decideOnAuthorizationPage, freePort, simRequests, startSimHost, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function finishedEvent(target: SimHost, flowId: string) {
  for (let i = 0; i < 200; i += 1) {
    const found = target.events.find((entry) => entry.event === 'accounts.connect.finished' && (entry.payload as { flowId: string }).flowId === flowId);
    if (found) return found.payload as { ok: boolean; account?: Account; error?: { code: string; message: string; details?: { reason?: string } } };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no accounts.connect.finished event');
}

async function sellerOnOtherSite(target: SimHost): Promise<number> {
  const sellers = (await target.sim.admin('/__sim/sellers')) as Array<{ id: number; site_id: string; operator_of: number | null }>;
  const other = sellers.find((seller) => seller.id !== DEMO_SELLER_ID && seller.operator_of === null && seller.site_id !== 'MLA');
  if (!other) throw new Error('the simulator has no second seller');
  return other.id;
}

describe('connecting an account', () => {
  it('signs in through a direct loopback redirect with state and PKCE', async () => {
    rig = await startSimHost();
    const started = await call<ConnectStart>(rig.host, 'accounts.connect.start', { siteId: 'MLA' });
    expect(started.redirectMode).toBe('loopback');
    const url = new URL(started.authorizationUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(rig.redirectUri);

    const callback = await decideOnAuthorizationPage(started.authorizationUrl, DEMO_SELLER_ID);
    const page = await fetch(callback);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Ya podés cerrar esta pestaña');

    const finished = await finishedEvent(rig, started.flowId);
    expect(finished.ok).toBe(true);
    const accounts = await call<Account[]>(rig.host, 'accounts.list');
    expect(accounts).toEqual([expect.objectContaining({ userId: DEMO_SELLER_ID, siteId: 'MLA', status: 'connected' })]);
    expect(accounts[0]?.nickname).toMatch(/\w/);
    // The listener accepts one callback only: replaying it is refused.
    await expect(fetch(callback)).rejects.toThrow();
    // The token works against the API.
    const token = await rig.host.accounts.tokens.getAccessToken(DEMO_SELLER_ID);
    expect((await fetch(`${rig.sim.url}/users/me`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('signs in through the HTTPS forwarding hop (the port travels in state)', async () => {
    rig = await startSimHost({ redirectUri: 'https://mostrador.example/oauth/callback' });
    const started = await call<ConnectStart>(rig.host, 'accounts.connect.start', { siteId: 'MLA' });
    expect(started.redirectMode).toBe('forward');
    const landed = new URL(await decideOnAuthorizationPage(started.authorizationUrl, DEMO_SELLER_ID));
    expect(landed.origin + landed.pathname).toBe('https://mostrador.example/oauth/callback');
    // What build/forward.html does in the browser:
    const state = landed.searchParams.get('state') ?? '';
    const port = Number(/^(\d+)\./.exec(state)?.[1]);
    const forwarded = await fetch(`http://127.0.0.1:${port}/callback?${landed.searchParams.toString()}`);
    expect(forwarded.status).toBe(200);
    expect((await finishedEvent(rig, started.flowId)).ok).toBe(true);
  });

  it('signs in by pasting the final address, and refuses an address from another attempt', async () => {
    rig = await startSimHost({ redirectUri: 'https://mostrador.example/oauth/callback' });
    const first = await call<ConnectStart>(rig.host, 'accounts.connect.start', { siteId: 'MLA' });
    const landed = await decideOnAuthorizationPage(first.authorizationUrl, DEMO_SELLER_ID);
    const tampered = landed.replace(/state=[^&]+/, 'state=1234.forged');
    await expect(call(rig.host, 'accounts.connect.complete', { flowId: first.flowId, address: tampered })).rejects.toThrow(/invalid_input/);
    await expect(call(rig.host, 'accounts.connect.complete', { flowId: first.flowId, address: 'not an address' })).rejects.toThrow(/invalid_input/);
    const account = await call<Account>(rig.host, 'accounts.connect.complete', { flowId: first.flowId, address: `  ${landed}  ` });
    expect(account.userId).toBe(DEMO_SELLER_ID);
  });

  it('adds a second account beside the first, and removes one (revoking it) leaving the other', async () => {
    rig = await startSimHost();
    for (const userId of [DEMO_SELLER_ID, await sellerOnOtherSite(rig)]) {
      const started = await call<ConnectStart>(rig.host, 'accounts.connect.start', { siteId: 'MLA' });
      await fetch(await decideOnAuthorizationPage(started.authorizationUrl, userId));
      expect((await finishedEvent(rig, started.flowId)).ok).toBe(true);
    }
    const accounts = await call<Account[]>(rig.host, 'accounts.list');
    expect(accounts).toHaveLength(2);
    const other = accounts.find((account) => account.userId !== DEMO_SELLER_ID) as Account;
    const removed = await call<{ revoked: boolean }>(rig.host, 'accounts.remove', { userId: other.userId });
    expect(removed.revoked).toBe(true);
    expect((await simRequests(rig.sim, `/users/${other.userId}/applications`)).map((entry) => [entry.method, entry.status])).toEqual([['DELETE', 200]]);
    expect(rig.host.vault.get(tokenKey(other.userId))).toBeNull();
    expect(rig.host.vault.get(tokenKey(DEMO_SELLER_ID))).not.toBeNull();
    expect((await call<Account[]>(rig.host, 'accounts.list')).map((account) => account.userId)).toEqual([DEMO_SELLER_ID]);
    await expect(call(rig.host, 'accounts.remove', { userId: other.userId })).rejects.toThrow(/not_found/);
  });

  it('removes an account offline: local secrets go even when revoking fails', async () => {
    rig = await startSimHost();
    const started = await call<ConnectStart>(rig.host, 'accounts.connect.start', { siteId: 'MLA' });
    await fetch(await decideOnAuthorizationPage(started.authorizationUrl, DEMO_SELLER_ID));
    await finishedEvent(rig, started.flowId);
    await rig.sim.close();
    const removed = await call<{ revoked: boolean }>(rig.host, 'accounts.remove', { userId: DEMO_SELLER_ID });
    expect(removed.revoked).toBe(false);
    expect(rig.host.vault.get(tokenKey(DEMO_SELLER_ID))).toBeNull();
    expect(await call<Account[]>(rig.host, 'accounts.list')).toEqual([]);
    rig.sim.close = async () => undefined;
  });

  it('explains a denial and an operator (collaborator) account', async () => {
    rig = await startSimHost();
    const denied = await call<ConnectStart>(rig.host, 'accounts.connect.start', { siteId: 'MLA' });
    await fetch(await decideOnAuthorizationPage(denied.authorizationUrl, DEMO_SELLER_ID, 'deny'));
    const deniedResult = await finishedEvent(rig, denied.flowId);
    expect(deniedResult.ok).toBe(false);
    expect(deniedResult.error?.details?.reason).toBe('access_denied');

    const operator = await call<ConnectStart>(rig.host, 'accounts.connect.start', { siteId: 'MLA' });
    const page = await fetch(await decideOnAuthorizationPage(operator.authorizationUrl, OPERATOR_USER_ID));
    expect(page.status).toBe(400);
    const text = await page.text();
    expect(text, text).toContain('collaborator');
    const operatorResult = await finishedEvent(rig, operator.flowId);
    expect(operatorResult.error?.details?.reason).toBe('operator_account');
    expect(await call<Account[]>(rig.host, 'accounts.list')).toEqual([]);
  });

  it('makes a newly connected account the chosen store, and keeps the choice on a reconnect', async () => {
    rig = await startSimHost();
    const host = rig.host;
    const connectAs = async (userId: number) => {
      const started = await call<ConnectStart>(host, 'accounts.connect.start', { siteId: 'MLA' });
      await fetch(await decideOnAuthorizationPage(started.authorizationUrl, userId));
      expect((await finishedEvent(rig!, started.flowId)).ok).toBe(true);
    };
    const chosen = async () => (await call<{ activeUserId: unknown }>(host, 'settings.get')).activeUserId;
    await connectAs(DEMO_SELLER_ID);
    expect(await chosen()).toBe(DEMO_SELLER_ID);
    const other = await sellerOnOtherSite(rig);
    await connectAs(other);
    expect(await chosen()).toBe(other);
    // The choice was announced before the new list, so a window never shows the old store meanwhile.
    const order = rig.events.map((entry) => entry.event).filter((event) => event === 'settings.changed' || event === 'accounts.changed');
    expect(order.slice(-2)).toEqual(['settings.changed', 'accounts.changed']);
    await call(host, 'settings.set', { activeUserId: 'all' });
    await connectAs(DEMO_SELLER_ID);
    expect(await chosen()).toBe('all');
  });

  it('says at once that Mercado Libre cannot be reached, without opening a flow', async () => {
    // Nothing listens at the API address (the authorization page itself is still there).
    rig = await startSimHost({ hostEnv: { MELI_API_URL: `http://127.0.0.1:${await freePort()}` } });
    const started = Date.now();
    const answer = await rig.host.dispatch('accounts.connect.start', { siteId: 'MLA' });
    expect(Date.now() - started).toBeLessThan(4_500);
    expect(answer).toMatchObject({ ok: false, error: { code: 'offline', details: { reason: 'offline' } } });
    expect(rig.events.some((entry) => entry.event === 'accounts.connect.finished')).toBe(false);
  });

  it('with the demo store, marks the sites it has sample stores on and refuses the others', async () => {
    const demo = await startDemoStore({ marketActivity: false });
    const host = createHost({ mode: 'browser', settingsBackend: createConfBackend, log: () => undefined, demoStore: demo.app, env: { MOSTRADOR_DATA_DIR: tempDir() } });
    try {
      const status = await call<{ demo: boolean; reachableSites: string[] }>(host, 'meliApp.status');
      expect(status).toMatchObject({ demo: true, reachableSites: ['MLA', 'MLB', 'MLM'] });
      const refused = await host.dispatch('accounts.connect.start', { siteId: 'MLC' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { reason: 'site_unreachable' } } });
      const started = await call<ConnectStart>(host, 'accounts.connect.start', { siteId: 'MLB' });
      await call(host, 'accounts.connect.cancel', { flowId: started.flowId });
    } finally {
      host.close();
      await demo.close();
    }
  });

  it('tells a seller without an app configured what to do', async () => {
    rig = await startSimHost({ hostEnv: { MELI_CLIENT_SECRET: '' } });
    await expect(call(rig.host, 'accounts.connect.start', { siteId: 'MLA' })).rejects.toThrow(/secret key in Settings/);
    await expect(call(rig.host, 'accounts.connect.start', { siteId: 'XXX' })).rejects.toThrow(/invalid_input/);
  });

  it('never lets a token reach the renderer, the logs or the database file in clear text', async () => {
    rig = await startSimHost();
    const seen: unknown[] = [];
    const rpc = async (method: string, input?: unknown) => {
      const result = await rig!.host.dispatch(method, input);
      seen.push(result);
      return result;
    };
    const started = (await rpc('accounts.connect.start', { siteId: 'MLA' })) as { ok: true; value: ConnectStart };
    await fetch(await decideOnAuthorizationPage(started.value.authorizationUrl, DEMO_SELLER_ID));
    await finishedEvent(rig, started.value.flowId);
    await rig.host.accounts.tokens.getAccessToken(DEMO_SELLER_ID);
    // Force a refresh so a rotated pair exists too.
    await rig.sim.admin('/__sim/tokens/expire', { method: 'POST', body: { user_id: DEMO_SELLER_ID } });
    const stored = JSON.parse(rig.host.vault.get(tokenKey(DEMO_SELLER_ID)) ?? '{}') as { accessToken: string; refreshToken: string };
    await rig.host.accounts.tokens.refreshAfterRejection(DEMO_SELLER_ID, stored.accessToken);
    const rotated = JSON.parse(rig.host.vault.get(tokenKey(DEMO_SELLER_ID)) ?? '{}') as { accessToken: string; refreshToken: string };
    for (const method of ['app.info', 'accounts.list', 'meliApp.status', 'settings.get']) await rpc(method);
    await rpc('accounts.connect.complete', { flowId: started.value.flowId, address: `https://x.example/?code=${stored.refreshToken}` });

    const secrets = [stored.accessToken, stored.refreshToken, rotated.accessToken, rotated.refreshToken, 'test-secret-0123456789abcdef'];
    expect(new Set(secrets).size).toBe(5);
    const rendererSaw = JSON.stringify([seen, rig.events]);
    rig.host.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = fs.readdirSync(rig.dataDir).map((name) => fs.readFileSync(path.join(rig!.dataDir, name)));
    for (const secret of secrets) {
      expect(rendererSaw.includes(secret)).toBe(false);
      expect(rig.logs.join('\n').includes(secret)).toBe(false);
      for (const file of files) expect(file.includes(Buffer.from(secret))).toBe(false);
    }
  });
});
