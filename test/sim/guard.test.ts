// The simulator's door, over real HTTP on loopback: only its own loopback Host is answered (a DNS
// rebinding page sends its own name), the /__sim/ admin API wants this run's token, no browser Origin
// and JSON bodies, and the app's demo store serves no admin API at all.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startDemoStore } from '../../electron/demo/demo-store';
import { DEFAULT_APP, DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { useSimulator, type ErrorBody } from './helpers';

interface RawReply {
  status: number;
  type: string;
  text: string;
}

/** node:http rather than fetch, which will not send a Host header of the caller's choosing. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const errorOf = (reply: RawReply): ErrorBody => JSON.parse(reply.text) as ErrorBody;

describe('simulator guard', async () => {
  const { sim, api } = await useSimulator();
  const bearer = { authorization: `Bearer ${sim.adminToken}` };
  const authPage = `/authorization?response_type=code&client_id=${DEFAULT_APP.client_id}&redirect_uri=${encodeURIComponent(DEFAULT_APP.redirect_uris[0] ?? '')}&state=s`;

  it('refuses every request whose Host is not its own loopback address, without a secret in the answer', async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['/__sim/apps', { ...bearer }],
      [`/users/${DEMO_SELLER_ID}`, { authorization: `Bearer ${api.token}` }],
      [authPage, {}],
    ];
    for (const host of ['evil.example', `evil.example:${sim.port}`, '127.0.0.1', `127.0.0.1:${sim.port + 1}`]) {
      for (const [path, headers] of cases) {
        const reply = await raw(`${sim.url}${path}`, { headers: { ...headers, host } });
        expect(reply.status, `${host} ${path}`).toBe(403);
        expect(reply.type).toContain('application/json');
        expect(errorOf(reply)).toMatchObject({ error: 'forbidden_host', status: 403 });
        expect(reply.text).not.toContain(DEFAULT_APP.client_secret);
        expect(reply.text).not.toContain('client_secret');
      }
    }
    const minted = await raw(`${sim.url}/__sim/token`, { method: 'POST', headers: { ...bearer, host: 'evil.example', 'content-type': 'application/json' }, body: JSON.stringify({ user_id: DEMO_SELLER_ID }) });
    expect(minted.status).toBe(403);
    expect(minted.text).not.toContain('access_token');
  });

  it('answers its own address as 127.0.0.1:PORT or localhost:PORT', async () => {
    for (const host of [`127.0.0.1:${sim.port}`, `localhost:${sim.port}`]) {
      expect((await raw(`${sim.url}/__sim/sellers`, { headers: { ...bearer, host } })).status, host).toBe(200);
      expect((await raw(`${sim.url}/users/me`, { headers: { authorization: `Bearer ${api.token}`, host } })).status, host).toBe(200);
    }
  });

  it('refuses admin calls without the token of this run (401)', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong' }, { 'x-sim-admin': `${sim.adminToken}x` }, { authorization: `Bearer ${api.token}` }];
    for (const headers of attempts) {
      const reply = await raw(`${sim.url}/__sim/apps`, { headers });
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(errorOf(reply)).toMatchObject({ error: 'unauthorized', status: 401 });
      expect(reply.text).not.toContain(DEFAULT_APP.client_secret);
    }
    const minted = await raw(`${sim.url}/__sim/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user_id: DEMO_SELLER_ID }) });
    expect(minted.status).toBe(401);
    expect(minted.text).not.toContain('access_token');
  });

  it('answers admin calls carrying the token, as a bearer or in x-sim-admin', async () => {
    const apps = await raw(`${sim.url}/__sim/apps`, { headers: bearer });
    expect(apps.status).toBe(200);
    expect(apps.text).toContain(DEFAULT_APP.client_id);
    expect((await raw(`${sim.url}/__sim/sellers`, { headers: { 'x-sim-admin': sim.adminToken } })).status).toBe(200);
    expect(await sim.admin('/__sim/token', { method: 'POST', body: { user_id: DEMO_SELLER_ID } })).toMatchObject({ user_id: DEMO_SELLER_ID });
  });

  it('refuses admin calls from a browser page (any Origin), even with the token', async () => {
    for (const origin of ['https://evil.example', 'null', sim.url]) {
      const reply = await raw(`${sim.url}/__sim/apps`, { headers: { ...bearer, origin } });
      expect(reply.status, origin).toBe(403);
      expect(errorOf(reply)).toMatchObject({ error: 'forbidden_origin', status: 403 });
      expect(reply.text).not.toContain(DEFAULT_APP.client_secret);
    }
  });

  it('takes admin bodies only as application/json (415), so a cross-site form cannot reset or fault it', async () => {
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await raw(`${sim.url}/__sim/faults/next`, { method: 'POST', headers: { ...bearer, 'content-type': type }, body: '{"server_error": 5}' });
      expect(reply.status, type).toBe(415);
      expect(errorOf(reply)).toMatchObject({ error: 'unsupported_media_type', status: 415 });
    }
    const untyped = await raw(`${sim.url}/__sim/reset`, { method: 'POST', headers: bearer, body: '{"seed": 3}' });
    expect(untyped.status).toBe(415);
    // Nothing was queued or reset: the API answers, and the token issued before still works.
    expect((await api.get('/users/me')).status).toBe(200);
    expect(await sim.admin('/__sim/config')).toMatchObject({ pending: { serverErrors: 0 } });
    expect((await raw(`${sim.url}/__sim/activity/tick`, { method: 'POST', headers: bearer })).status).toBe(200);
  });
});

describe('the demo store', () => {
  it('serves no /__sim/ admin API: 404 with or without a token, no secret, no token minted', async () => {
    const store = await startDemoStore({ marketActivity: false });
    try {
      for (const [method, path] of [['GET', '/__sim/apps'], ['GET', '/__sim/sellers'], ['POST', '/__sim/token'], ['POST', '/__sim/reset']] as const) {
        const reply = await raw(`${store.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? JSON.stringify({ user_id: DEMO_SELLER_ID }) : undefined });
        expect(reply.status, path).toBe(404);
        expect(reply.text).not.toContain(store.app.clientSecret);
        expect(reply.text).not.toContain('access_token');
      }
      // What the app needs still answers: the authorization page for the demo app.
      const page = await raw(`${store.url}/authorization?response_type=code&client_id=${store.app.clientId}&redirect_uri=${encodeURIComponent(store.app.redirectUri)}&state=s&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256`);
      expect(page.status).toBe(200);
      expect(page.type).toContain('text/html');
      const rebound = await raw(`${store.url}/users/me`, { headers: { host: 'evil.example' } });
      expect(rebound.status).toBe(403);
    } finally {
      await store.close();
    }
  });
});
