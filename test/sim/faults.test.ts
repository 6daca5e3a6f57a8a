// Faults, limits and the admin API: latency, 429 per app and per seller with either documented
// body, 5xx, dropped connections, early token death, request log, reset, sellers, config at start.
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP, DEMO_SELLER_ID, OPERATOR_USER_ID, PKCE_APP, startSimulator } from '../../electron/demo/simulator/server';
import { admin, call, client, form, TEST_NOW, useSimulator, type ErrorBody, type ItemBody } from './helpers';

const { sim, api } = await useSimulator();

async function configure(patch: unknown): Promise<void> {
  expect((await admin(sim, 'PUT', '/config', patch)).status).toBe(200);
}

describe('latency and errors', () => {
  it('adds the configured latency to every API call', async () => {
    await configure({ latency: { minMs: 120, maxMs: 150 } });
    const started = performance.now();
    await api.get('/users/me');
    const elapsed = performance.now() - started;
    await configure({ latency: { minMs: 0, maxMs: 0 } });
    expect(elapsed).toBeGreaterThanOrEqual(115);
  });

  it('answers a configured share of 5xx with the standard error body', async () => {
    await configure({ faults: { serverErrorRate: 1 } });
    const failed = await api.get<ErrorBody>('/users/me');
    await configure({ faults: { serverErrorRate: 0 } });
    expect([500, 503]).toContain(failed.status);
    expect(failed.body).toMatchObject({ status: failed.status, cause: [] });
    expect(typeof failed.body.message).toBe('string');
    await admin(sim, 'POST', '/faults/next', { server_error: 1 });
    expect((await api.get('/users/me')).status).toBeGreaterThanOrEqual(500);
    expect((await api.get('/users/me')).status).toBe(200);
  });

  it('drops connections on demand', async () => {
    await admin(sim, 'POST', '/faults/next', { drop: 1 });
    await expect(fetch(`${sim.url}/users/me`, { headers: { authorization: `Bearer ${api.token}` } })).rejects.toThrow();
    expect((await api.get('/users/me')).status).toBe(200);
  });

  it('answers the standard error body for an unknown resource', async () => {
    const missing = await api.get<ErrorBody>('/no/such/thing');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: 'not_found', status: 404, cause: [] });
  });
});

describe('rate limits', () => {
  it('limits per app with the too_many_requests body and no Retry-After', async () => {
    await configure({ rateLimit: { perApp: { limit: 3, windowMs: 60_000 }, body: 'too_many_requests', retryAfterSeconds: null } });
    const statuses: number[] = [];
    let last = await api.get<ErrorBody>('/users/me');
    statuses.push(last.status);
    for (let i = 0; i < 3; i += 1) {
      last = await api.get<ErrorBody>('/users/me');
      statuses.push(last.status);
    }
    await configure({ rateLimit: { perApp: null } });
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last.body).toMatchObject({ message: 'Too Many Requests', error: 'too_many_requests', status: 429 });
    expect(last.headers.get('retry-after')).toBeNull();
  });

  it('limits per seller across apps with the local_rate_limited body and Retry-After', async () => {
    await configure({ rateLimit: { perSeller: { limit: 2, windowMs: 60_000 }, body: 'local_rate_limited', retryAfterSeconds: 3 } });
    const other = client(sim, sim.token(DEMO_SELLER_ID, PKCE_APP.client_id).access_token);
    const first = await api.get('/users/me');
    const second = await other.get('/users/me');
    const third = await other.get<ErrorBody>('/users/me');
    const elsewhere = await client(sim, sim.token(241000202).access_token).get('/users/me');
    await configure({ rateLimit: { perSeller: null } });
    expect([first.status, second.status, third.status, elsewhere.status]).toEqual([200, 200, 429, 200]);
    expect(third.body.error).toBe('local_rate_limited');
    expect(third.headers.get('retry-after')).toBe('3');
  });

  it('the token endpoint can answer local_rate_limited too', async () => {
    await admin(sim, 'POST', '/faults/next', { rate_limited: 1 });
    await configure({ rateLimit: { body: 'local_rate_limited' } });
    const result = await call<ErrorBody>(`${sim.url}/oauth/token`, form({ grant_type: 'refresh_token', client_id: DEFAULT_APP.client_id, client_secret: DEFAULT_APP.client_secret, refresh_token: 'x' }));
    expect(result.status).toBe(429);
    expect(result.body.error).toBe('local_rate_limited');
  });
});

describe('tokens through the admin API', () => {
  it('POST /__sim/token answers like /oauth/token', async () => {
    const token = await admin<{ access_token: string; token_type: string; user_id: number; refresh_token: string }>(sim, 'POST', '/token', { user_id: DEMO_SELLER_ID });
    expect(token.body).toMatchObject({ token_type: 'bearer', user_id: DEMO_SELLER_ID });
    expect((await client(sim, token.body.access_token).get('/users/me')).status).toBe(200);
  });

  it('early revocation (password change) kills access and refresh tokens', async () => {
    const pair = sim.token(241000303);
    await admin(sim, 'POST', '/tokens/revoke', { user_id: 241000303 });
    expect((await client(sim, pair.access_token).get('/users/me')).status).toBe(401);
    const refreshed = await call<ErrorBody>(`${sim.url}/oauth/token`, form({ grant_type: 'refresh_token', client_id: DEFAULT_APP.client_id, client_secret: DEFAULT_APP.client_secret, refresh_token: pair.refresh_token }));
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it('expiring access tokens early leaves the refresh token usable', async () => {
    const pair = sim.token(241000202);
    await admin(sim, 'POST', '/tokens/expire', { user_id: 241000202 });
    expect((await client(sim, pair.access_token).get('/users/me')).status).toBe(401);
    const refreshed = await call<{ access_token: string }>(`${sim.url}/oauth/token`, form({ grant_type: 'refresh_token', client_id: DEFAULT_APP.client_id, client_secret: DEFAULT_APP.client_secret, refresh_token: pair.refresh_token }));
    expect((await client(sim, refreshed.body.access_token).get('/users/me')).status).toBe(200);
  });
});

describe('admin', () => {
  it('lists the seeded sellers: the default demo seller and an operator account', async () => {
    const sellers = await admin<Array<{ id: number; site_id: string; is_default: boolean; operator_of: number | null }>>(sim, 'GET', '/sellers');
    expect(sellers.body.filter((s) => s.is_default).map((s) => s.id)).toEqual([DEMO_SELLER_ID]);
    expect(sellers.body.find((s) => s.id === OPERATOR_USER_ID)?.operator_of).toBe(DEMO_SELLER_ID);
    expect(new Set(sellers.body.map((s) => s.site_id))).toEqual(new Set(['MLA', 'MLB', 'MLM']));
  });

  it('logs method, path, query, status and time, and resets the log', async () => {
    await admin(sim, 'DELETE', '/requests');
    await api.get('/orders/search?seller=241000101&limit=5');
    await api.get('/orders/1');
    const log = await admin<{ total: number; requests: Array<{ method: string; path: string; query: Record<string, string>; status: number; ms: number; at: string }> }>(sim, 'GET', '/requests');
    expect(log.body.total).toBe(2);
    expect(log.body.requests[0]).toMatchObject({ method: 'GET', path: '/orders/search', query: { seller: '241000101', limit: '5' }, status: 200 });
    expect(log.body.requests[1]?.status).toBe(404);
    expect(log.body.requests[0]?.ms).toBeGreaterThanOrEqual(0);
    await admin(sim, 'DELETE', '/requests');
    expect((await admin<{ total: number }>(sim, 'GET', '/requests')).body.total).toBe(0);
  });

  it('reset returns the store to its seed', async () => {
    const id = sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((i) => i.status === 'active')?.id ?? '';
    const before = (await api.get<ItemBody>(`/items/${id}`)).body.price;
    await api.send('PUT', `/items/${id}`, { price: before + 1 });
    await admin(sim, 'POST', '/reset');
    const fresh = client(sim, sim.token().access_token);
    expect((await fresh.get<ItemBody>(`/items/${id}`)).body.price).toBe(before);
    expect((await api.get('/users/me')).status).toBe(401);
  });

  it('market activity creates sales and questions over time', async () => {
    const before = sim.state.world.orders.size;
    await configure({ marketActivity: { enabled: true, intervalMs: 20 } });
    for (let i = 0; i < 100 && sim.state.world.orders.size === before; i += 1) await new Promise((r) => setTimeout(r, 20));
    await configure({ marketActivity: { enabled: false } });
    expect(sim.state.world.orders.size).toBeGreaterThan(before);
  });
});

describe('start options', () => {
  it('takes faults and limits at start and is deterministic for a seed', async () => {
    const options = { seed: 42, now: TEST_NOW, rateLimit: { perApp: { limit: 1, windowMs: 60_000 } } };
    const [a, b] = await Promise.all([startSimulator(options), startSimulator(options)]);
    const c = await startSimulator({ seed: 43, now: TEST_NOW, latencyMs: { min: 60, max: 70 } });
    try {
      const read = async (s: typeof a) => (await client(s, s.token().access_token).get<{ results: unknown[] }>('/orders/search?seller=241000101&limit=51')).body;
      const first = await read(a);
      expect(first).toEqual(await read(b));
      expect((await client(a, a.token().access_token).get('/users/me')).status).toBe(429);
      const started = performance.now();
      expect(JSON.stringify(await read(c))).not.toBe(JSON.stringify(first));
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});
