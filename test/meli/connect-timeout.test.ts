// A connection that cannot be made in time (here: a name lookup that never answers, as on a network
// that is down) fails as fast as a refused one, as "never reached", so even a write may be tried again.
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { createMeliClient } from '../../electron/meli/client';
import { meliErrorDetails } from '../../electron/meli/errors';
import { json, startLoopback, type Loopback } from './loopback';

let server: Loopback | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const hangingLookup = () => new Promise<never>(() => undefined);

describe('connect timeout', () => {
  it('gives up on a connection not made within the connect timeout, after three tries', async () => {
    server = await startLoopback((_arrival, res) => json(res, 200, { ok: true }));
    const client = createMeliClient({
      apiUrl: server.url.replace('127.0.0.1', 'unreachable.invalid'),
      getAccessToken: async () => 'APP_USR-x',
      connectTimeoutMs: 300,
      retry: { baseDelayMs: 10, maxDelayMs: 20 },
      lookup: hangingLookup,
    });
    const started = Date.now();
    const error = await client.request({ userId: 1, method: 'POST', path: '/answers', body: { text: 'hola' } }).then(() => null, (caught: unknown) => caught);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('offline');
    // Never reached: a write is safe to repeat, and nothing is unclear.
    expect(meliErrorDetails(error)).toMatchObject({ reason: 'no_connection', attempts: 3, unclear: false });
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(3000);
    expect(server.arrivals).toHaveLength(0);
  });

  it('does not cut a connection that was made, however slow the answer', async () => {
    server = await startLoopback((_arrival, res) => {
      setTimeout(() => json(res, 200, { ok: true }), 600);
    });
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-x', connectTimeoutMs: 200 });
    expect((await client.request({ userId: 1, method: 'GET', path: '/users/me' })).data).toEqual({ ok: true });
    expect(await client.reachable()).toBe(true);
  });

  it('calls a server that accepts and never answers unreachable within the probe timeout', async () => {
    server = await startLoopback(() => undefined);
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-x' });
    const started = Date.now();
    expect(await client.reachable(500)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);
    const refused = createMeliClient({ apiUrl: 'http://127.0.0.1:9', getAccessToken: async () => 'APP_USR-x' });
    expect(await refused.reachable(500)).toBe(false);
  });
});
