// The access token travels only in the Authorization header and never in an error; every request is counted per account.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeliClient, type RequestInfo } from '../../electron/meli/client';
import { drop, fakeClock, json, startLoopback, type Loopback } from './loopback';

const TOKENS: Record<number, string> = { 11: 'APP_USR-5550001-secret-token-of-eleven', 22: 'APP_USR-5550002-secret-token-of-twenty-two' };
let server: Loopback | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

function everyRendering(error: unknown): string {
  const record = error as Record<string, unknown>;
  return [JSON.stringify(error), String(error), inspect(error, { depth: 10 }), (error as Error).stack ?? '', JSON.stringify(record.details)].join('\n');
}

describe('access tokens', () => {
  it('are sent as a bearer header, never in the query string', async () => {
    server = await startLoopback((_a, res) => json(res, 200, { id: 11, nickname: 'TIENDA' }));
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async (userId) => TOKENS[userId] ?? '' });
    await client.request({ userId: 11, method: 'GET', path: '/users/me', query: { attributes: 'id' } });
    await client.request({ userId: null, method: 'GET', path: '/categories/MLA1055' });
    const [withAccount, publicCall] = server.arrivals;
    expect(withAccount?.headers.authorization).toBe(`Bearer ${TOKENS[11]}`);
    expect(withAccount?.query.toString()).toBe('attributes=id');
    expect(publicCall?.headers.authorization).toBeUndefined();
  });

  it('never appear in errors, their JSON, their stack or the request log', async () => {
    const infos: RequestInfo[] = [];
    server = await startLoopback((arrival, res) => {
      if (arrival.path === '/echo') {
        // A server that echoes the header back must not get it into our error either.
        return json(res, 400, { error: 'bad_request', message: `bad header ${arrival.headers.authorization ?? ''}`, status: 400 });
      }
      if (arrival.path === '/drop') return drop(res);
      if (arrival.path === '/slow') return undefined;
      if (arrival.path === '/label') return json(res, 401, { error: 'invalid_token', message: 'invalid access token', status: 401 });
      json(res, 500, { error: 'internal_error', status: 500 });
    });
    const clock = fakeClock();
    const client = createMeliClient({
      apiUrl: server.url,
      getAccessToken: async (userId) => TOKENS[userId] ?? '',
      onUnauthorized: async () => undefined,
      onRequest: (info) => infos.push(info),
      sleep: clock.sleep,
      now: clock.now,
      timeoutMs: 100,
      retry: { maxAttempts: 2 },
    });
    const calls = [
      client.request({ userId: 11, method: 'POST', path: '/echo', body: { a: 1 } }),
      client.request({ userId: 11, method: 'PUT', path: '/drop', body: { a: 1 } }),
      client.request({ userId: 11, method: 'GET', path: '/slow' }),
      client.request({ userId: 11, method: 'GET', path: '/label', expect: 'bytes' }),
      client.request({ userId: 11, method: 'DELETE', path: '/server-error' }),
    ];
    const errors = await Promise.all(calls.map((call) => call.then(() => null, (error: unknown) => error)));
    expect(errors.every((error) => error instanceof Error)).toBe(true);
    for (const error of errors) {
      const text = everyRendering(error);
      expect(text).not.toContain(TOKENS[11]);
      expect(text).not.toMatch(/authorization/i);
    }
    expect(JSON.stringify(errors[0])).toContain('bad header Bearer [redacted]');
    expect(infos.length).toBeGreaterThan(5);
    expect(JSON.stringify(infos)).not.toContain(TOKENS[11]);
  });
});

describe('request counter', () => {
  it('counts requests, retries and 429s per account, as the server saw them', async () => {
    const seen = new Map<string, number>();
    server = await startLoopback((arrival, res) => {
      const who = arrival.headers.authorization ?? 'public';
      const count = (seen.get(who) ?? 0) + 1;
      seen.set(who, count);
      // Every account's second and fourth request is rate limited.
      if (count === 2 || count === 4) return json(res, 429, { error: 'local_rate_limited', status: 429 });
      json(res, 200, { ok: true });
    });
    const clock = fakeClock();
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async (userId) => TOKENS[userId] ?? '', sleep: clock.sleep, now: clock.now });
    for (let i = 0; i < 3; i += 1) await client.request({ userId: 11, method: 'GET', path: `/items/MLA${i}` });
    await client.request({ userId: 22, method: 'GET', path: '/users/me' });
    await client.request({ userId: null, method: 'GET', path: '/categories/MLA5' });

    expect(client.stats(11)).toMatchObject({ requests: 5, retries: 2, rateLimited: 2, failures: 0 });
    expect(client.stats(22)).toMatchObject({ requests: 1, retries: 0, rateLimited: 0 });
    const all = client.stats();
    expect(all.total.requests).toBe(server.arrivals.length);
    expect(Object.keys(all.byAccount).sort()).toEqual(['11', '22', 'public']);
    expect(all.total.backoffMs).toBe(clock.sleeps.reduce((sum, ms) => sum + ms, 0));
    client.resetStats();
    expect(client.stats().total.requests).toBe(0);
  });
});

describe('query strings', () => {
  it('refuse to carry an access token', async () => {
    server = await startLoopback((_a, res) => json(res, 200, {}));
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-q' });
    await expect(client.request({ userId: 1, method: 'GET', path: '/users/me', query: { access_token: 'APP_USR-q' } })).rejects.toMatchObject({ code: 'internal' });
    expect(server.arrivals).toHaveLength(0);
  });
});
