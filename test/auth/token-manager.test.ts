// The token manager against the simulator: single-flight refresh, durable rotation across a crash,
// and invalid_grant turning into "needs sign-in" without dropping queued work.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { tokenKey } from '../../electron/auth/token-manager';
import { AppError } from '../../shared/errors';
import type { Account } from '../../shared/contract';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { call, simRequests, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** Signs the demo seller in without the browser and stores a pair that is about to expire. */
async function signedInNearExpiry(target: SimHost) {
  upsertAccount(target.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
  const issued = target.sim.token(DEMO_SELLER_ID, TEST_APP.client_id);
  target.host.accounts.tokens.save({ ...issued, expires_in: 1 });
  return issued;
}

async function refreshAt(apiUrl: string, refreshToken: string): Promise<{ status: number; body: { error?: string } }> {
  const response = await fetch(`${apiUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: TEST_APP.client_id, client_secret: TEST_APP.client_secret, refresh_token: refreshToken }),
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

describe('token manager', () => {
  it('refreshes once for 20 concurrent calls at expiry, and every call then succeeds', async () => {
    rig = await startSimHost();
    const issued = await signedInNearExpiry(rig);
    await rig.sim.admin('/__sim/requests', { method: 'DELETE' });
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const token = await rig!.host.accounts.tokens.getAccessToken(DEMO_SELLER_ID);
        return (await fetch(`${rig!.sim.url}/users/me`, { headers: { Authorization: `Bearer ${token}` } })).status;
      }),
    );
    expect(statuses).toEqual(Array(20).fill(200));
    expect((await simRequests(rig.sim, '/oauth/token')).map((entry) => [entry.method, entry.status])).toEqual([['POST', 200]]);
    const stored = JSON.parse(rig.host.vault.get(tokenKey(DEMO_SELLER_ID)) ?? '{}') as { refreshToken: string; expiresAt: number };
    expect(stored.refreshToken).not.toBe(issued.refresh_token);
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 60 * 60_000);
  });

  it('keeps the rotated pair when the app dies right after refreshing', async () => {
    rig = await startSimHost();
    const issued = await signedInNearExpiry(rig);
    // Asynchronous: the simulator answering the child runs in this process.
    const child = await new Promise<{ signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
      const running = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/refresh-then-crash.ts'), rig!.dataDir, rig!.sim.url, TEST_APP.client_id, TEST_APP.client_secret, String(DEMO_SELLER_ID)],
        { timeout: 30_000 },
      );
      let stdout = '';
      let stderr = '';
      running.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      running.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      running.on('exit', (_code, signal) => resolve({ signal, stdout, stderr }));
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(child.stdout).not.toContain('still alive');
    // The refresh happened at Mercado Libre: the old refresh token is spent...
    expect((await refreshAt(rig.sim.url, issued.refresh_token)).body.error).toBe('invalid_grant');
    // ...and the new one survived the crash on disk: reopening the data finds it, and it works.
    rig.host.close();
    const reopened = await startSimHost({ dataDir: rig.dataDir });
    const stored = JSON.parse(reopened.host.vault.get(tokenKey(DEMO_SELLER_ID)) ?? '{}') as { refreshToken: string };
    await reopened.sim.close();
    reopened.host.close();
    rig.host.close = () => undefined;
    expect(stored.refreshToken).not.toBe(issued.refresh_token);
    const used = await refreshAt(rig.sim.url, stored.refreshToken);
    expect(used.status, JSON.stringify(used.body)).toBe(200);
  });

  it('marks the account "needs sign-in" on invalid_grant and keeps its queued work', async () => {
    rig = await startSimHost({ outbox: { autoStart: false } });
    await signedInNearExpiry(rig);
    rig.host.outbox.store.add({ userId: DEMO_SELLER_ID, kind: 'listing.edit', target: 'item:MLA1', payload: {} });
    await rig.sim.admin('/__sim/tokens/revoke', { method: 'POST', body: { user_id: DEMO_SELLER_ID } });

    const failure = await rig.host.accounts.tokens.getAccessToken(DEMO_SELLER_ID).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('needs_sign_in');
    expect(await call<Account[]>(rig.host, 'accounts.list')).toEqual([expect.objectContaining({ userId: DEMO_SELLER_ID, status: 'needs_sign_in' })]);
    expect(rig.events.some((entry) => entry.event === 'accounts.changed')).toBe(true);
    expect(rig.host.outbox.store.list({ userId: DEMO_SELLER_ID }).map((entry) => entry.state)).toEqual(['pending']);
    expect(rig.host.vault.get(tokenKey(DEMO_SELLER_ID))).not.toBeNull();
  });

  it('does not refresh a token that is still fresh', async () => {
    rig = await startSimHost();
    upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    const issued = rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id);
    rig.host.accounts.tokens.save(issued);
    await rig.sim.admin('/__sim/requests', { method: 'DELETE' });
    expect(await rig.host.accounts.tokens.getAccessToken(DEMO_SELLER_ID)).toBe(issued.access_token);
    expect(await simRequests(rig.sim, '/oauth/token')).toEqual([]);
  });
});
