// OAuth rules from MELI-API.md: authorization page, code grant, PKCE S256, rotating single-use
// refresh tokens, documented error bodies, operator accounts, token checks and revocation.
import { describe, expect, it } from 'vitest';
import { s256 } from '../../electron/demo/simulator/auth-store';
import { DEFAULT_APP, DEMO_SELLER_ID, OPERATOR_USER_ID, PKCE_APP } from '../../electron/demo/simulator/server';
import { admin, call, client, form, useSimulator, type ErrorBody } from './helpers';

const { sim, api } = await useSimulator();
const REDIRECT = DEFAULT_APP.redirect_uris[0] ?? '';

interface Token { access_token: string; token_type: string; expires_in: number; scope: string; user_id: number; refresh_token: string }

async function approve(fields: Record<string, string>, app = DEFAULT_APP, userId = DEMO_SELLER_ID): Promise<URL> {
  const response = await fetch(`${sim.url}/authorization/decision`, {
    ...form({ response_type: 'code', client_id: app.client_id, redirect_uri: REDIRECT, state: 'st-1', user_id: String(userId), decision: 'approve', ...fields }),
    redirect: 'manual',
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

async function exchange(fields: Record<string, string>, app = DEFAULT_APP) {
  return call<Token & ErrorBody>(`${sim.url}/oauth/token`, form({ grant_type: 'authorization_code', client_id: app.client_id, client_secret: app.client_secret, redirect_uri: REDIRECT, ...fields }));
}

async function codeFor(fields: Record<string, string> = {}, app = DEFAULT_APP, userId = DEMO_SELLER_ID): Promise<string> {
  return (await approve(fields, app, userId)).searchParams.get('code') ?? '';
}

async function refresh(token: string, app = DEFAULT_APP) {
  return call<Token & ErrorBody>(`${sim.url}/oauth/token`, form({ grant_type: 'refresh_token', client_id: app.client_id, client_secret: app.client_secret, refresh_token: token }));
}

describe('authorization page', () => {
  it('serves an HTML page naming the app, listing the seeded accounts, with approve and deny', async () => {
    const page = await call<string>(`${sim.url}/authorization?response_type=code&client_id=${DEFAULT_APP.client_id}&redirect_uri=${encodeURIComponent(REDIRECT)}&state=abc`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain(DEFAULT_APP.name);
    expect(page.body).toContain('TIENDA.PAMPA');
    expect(page.body).toContain('value="approve"');
    expect(page.body).toContain('value="deny"');
  });

  it("submitting the page's own form (as a browser would) signs in the preselected demo seller", async () => {
    const verifier = 'browser-verifier-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFG';
    const query = new URLSearchParams({ response_type: 'code', client_id: PKCE_APP.client_id, redirect_uri: REDIRECT, state: 'xyz', code_challenge: s256(verifier), code_challenge_method: 'S256' });
    const page = await call<string>(`${sim.url}/authorization?${query.toString()}`);
    const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const fields: Record<string, string> = {};
    for (const match of page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[match[1] ?? ''] = (match[2] ?? '').replace(/&amp;/g, '&');
    const checked = /<input type="radio" name="user_id" value="(\d+)" checked>/.exec(page.body)?.[1] ?? '';
    expect(checked).toBe(String(DEMO_SELLER_ID));
    const response = await fetch(`${sim.url}${action}`, { ...form({ ...fields, user_id: checked, decision: 'approve' }), redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('state')).toBe('xyz');
    const token = await exchange({ code: location.searchParams.get('code') ?? '', code_verifier: verifier }, PKCE_APP);
    expect(token.body.user_id).toBe(DEMO_SELLER_ID);
  });

  it('refuses a redirect_uri that is not registered exactly, without redirecting', async () => {
    const response = await fetch(`${sim.url}/authorization?response_type=code&client_id=${DEFAULT_APP.client_id}&redirect_uri=${encodeURIComponent(`${REDIRECT}/`)}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('approve redirects with a TG- code and the state; deny redirects with error=access_denied', async () => {
    const approved = await approve({});
    expect(`${approved.origin}${approved.pathname}`).toBe(REDIRECT);
    expect(approved.searchParams.get('code')).toMatch(/^TG-/);
    expect(approved.searchParams.get('state')).toBe('st-1');
    const denied = await approve({ decision: 'deny' });
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('state')).toBe('st-1');
    expect(denied.searchParams.get('code')).toBeNull();
  });

  it('an app with PKCE on refuses an authorization request without code_challenge', async () => {
    const redirected = await approve({}, PKCE_APP);
    expect(redirected.searchParams.get('error')).toBe('invalid_request');
    expect(redirected.searchParams.get('code')).toBeNull();
  });
});

describe('authorization code grant', () => {
  it('exchanges a code for the documented token response', async () => {
    const token = await exchange({ code: await codeFor() });
    expect(token.status).toBe(200);
    expect(token.body.access_token).toMatch(/^APP_USR-/);
    expect(token.body).toMatchObject({ token_type: 'bearer', expires_in: 21_600, scope: 'offline_access read write', user_id: DEMO_SELLER_ID });
    expect(token.body.refresh_token).toMatch(/^TG-/);
    const me = await client(sim, token.body.access_token).get<{ id: number }>('/users/me');
    expect(me.body.id).toBe(DEMO_SELLER_ID);
  });

  it('a code is single use: the second exchange is invalid_grant', async () => {
    const code = await codeFor();
    expect((await exchange({ code })).status).toBe(200);
    const again = await exchange({ code });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant', status: 400, cause: [] });
    expect(again.body.message).toContain('Error validating grant');
  });

  it('a code is short-lived: after ten minutes it is invalid_grant', async () => {
    const code = await codeFor();
    await admin(sim, 'POST', '/clock', { advance_seconds: 601 });
    expect((await exchange({ code })).body.error).toBe('invalid_grant');
  });

  it('the redirect_uri must match the one of the authorization request', async () => {
    const result = await exchange({ code: await codeFor(), redirect_uri: DEFAULT_APP.redirect_uris[1] ?? '' });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_grant');
    expect(result.body.message).toContain('redirect_uri');
  });

  it('parameters in the query string instead of the form body fail with invalid_request', async () => {
    const qs = new URLSearchParams({ grant_type: 'authorization_code', client_id: DEFAULT_APP.client_id, client_secret: DEFAULT_APP.client_secret, code: await codeFor(), redirect_uri: REDIRECT });
    const result = await call<ErrorBody>(`${sim.url}/oauth/token?${qs.toString()}`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_request');
    const asJson = await call<ErrorBody>(`${sim.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Object.fromEntries(qs)) });
    expect(asJson.body.error).toBe('invalid_request');
  });

  it('a wrong client secret is invalid_client and an unknown grant type unsupported_grant_type', async () => {
    expect((await exchange({ code: await codeFor(), client_secret: 'nope' })).body.error).toBe('invalid_client');
    const odd = await call<ErrorBody>(`${sim.url}/oauth/token`, form({ grant_type: 'password', client_id: DEFAULT_APP.client_id, client_secret: DEFAULT_APP.client_secret }));
    expect(odd.status).toBe(400);
    expect(odd.body.error).toBe('unsupported_grant_type');
  });

  it('an unknown scope is invalid_scope', async () => {
    const result = await exchange({ code: await codeFor(), scope: 'admin' });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_scope');
  });

  it('verifies PKCE S256: the right verifier passes, a wrong one is invalid_grant, a missing one invalid_request', async () => {
    const verifier = 'a-very-long-code-verifier-with-enough-entropy-0123456789abcdef';
    const pkce = { code_challenge: s256(verifier), code_challenge_method: 'S256' };
    expect((await exchange({ code: await codeFor(pkce, PKCE_APP), code_verifier: verifier }, PKCE_APP)).status).toBe(200);
    expect((await exchange({ code: await codeFor(pkce, PKCE_APP), code_verifier: `${verifier}x` }, PKCE_APP)).body.error).toBe('invalid_grant');
    expect((await exchange({ code: await codeFor(pkce, PKCE_APP) }, PKCE_APP)).body.error).toBe('invalid_request');
  });

  it('an operator account cannot authorize: invalid_operator_user_id', async () => {
    const result = await exchange({ code: await codeFor({}, DEFAULT_APP, OPERATOR_USER_ID) });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_operator_user_id');
    expect((await admin<ErrorBody>(sim, 'POST', '/token', { user_id: OPERATOR_USER_ID })).body.error).toBe('invalid_operator_user_id');
  });
});

describe('refresh tokens', () => {
  it('every refresh returns a new pair; the used refresh token is then invalid_grant', async () => {
    const first = (await exchange({ code: await codeFor() })).body;
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(second.body.access_token).not.toBe(first.access_token);
    const reused = await refresh(first.refresh_token);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    expect((await refresh(second.body.refresh_token)).status).toBe(200);
  });

  it('two refreshes racing with the same token: exactly one wins', async () => {
    const pair = (await exchange({ code: await codeFor() })).body;
    const results = await Promise.all([refresh(pair.refresh_token), refresh(pair.refresh_token)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it('only the newest refresh token of a grant is valid, even if an older one was never used', async () => {
    const older = (await exchange({ code: await codeFor() })).body;
    const newer = sim.token();
    expect((await refresh(older.refresh_token)).body.error).toBe('invalid_grant');
    expect((await refresh(newer.refresh_token)).status).toBe(200);
  });

  it('the error body can carry error_description instead of message (configurable)', async () => {
    await admin(sim, 'PUT', '/config', { oauthErrorField: 'error_description' });
    const result = await refresh('TG-unknown');
    await admin(sim, 'PUT', '/config', { oauthErrorField: 'message' });
    expect(result.body.error).toBe('invalid_grant');
    expect(result.body.error_description).toContain('Error validating grant');
  });
});

describe('access tokens', () => {
  it('answers 401 when the token is missing, unknown, or sent in the query string', async () => {
    expect((await call<ErrorBody>(`${sim.url}/users/me`)).status).toBe(401);
    const unknown = await client(sim, 'APP_USR-0-000000-nope-1').get<ErrorBody>('/users/me');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ error: 'invalid_token', status: 401, cause: [] });
    expect((await call(`${sim.url}/users/me?access_token=${api.token}`)).status).toBe(401);
  });

  it('honours a configurable expires_in and answers 401 once the token expired', async () => {
    await admin(sim, 'PUT', '/config', { tokenTtlSeconds: 10_800 });
    const token = sim.token();
    await admin(sim, 'PUT', '/config', { tokenTtlSeconds: 21_600 });
    expect(token.expires_in).toBe(10_800);
    const caller = client(sim, token.access_token);
    expect((await caller.get('/users/me')).status).toBe(200);
    await admin(sim, 'POST', '/clock', { advance_seconds: 10_801 });
    expect((await caller.get<ErrorBody>('/users/me')).body.error).toBe('invalid_token');
  });

  it('revoking the app kills its access and refresh tokens', async () => {
    const pair = sim.token(241000202);
    const seller = client(sim, pair.access_token);
    const revoked = await seller.send<{ msg: string }>('DELETE', `/users/241000202/applications/${DEFAULT_APP.client_id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.msg).toBe('Autorización eliminada');
    expect((await seller.get('/users/me')).status).toBe(401);
    expect((await refresh(pair.refresh_token)).body.error).toBe('invalid_grant');
  });
});
