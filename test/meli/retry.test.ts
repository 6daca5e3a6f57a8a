// Retries and backoff of the Mercado Libre client, over real HTTP on loopback with a fake clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { createMeliClient, type MeliClientOptions } from '../../electron/meli/client';
import { meliErrorDetails } from '../../electron/meli/errors';
import { backoffCeiling, DEFAULT_RETRY } from '../../electron/meli/retry-policy';
import { drop, fakeClock, json, sequence, startLoopback, type Handler, type Loopback } from './loopback';

const TOKEN = 'APP_USR-1234567890-token-under-test';
let server: Loopback | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function setup(handler: Handler, overrides: Partial<MeliClientOptions> = {}) {
  server = await startLoopback(handler);
  const clock = fakeClock();
  const client = createMeliClient({
    apiUrl: server.url,
    getAccessToken: async () => TOKEN,
    budget: { requestsPerSecond: 1000, concurrency: 8 },
    sleep: clock.sleep,
    now: clock.now,
    random: sequence([0.5]),
    ...overrides,
  });
  return { client, clock, server };
}

/** Answers `failures` in turn, then 200. */
function failThenOk(failures: Handler[]): Handler {
  return (arrival, res) => {
    const fail = failures[arrival.index];
    if (fail) return fail(arrival, res);
    json(res, 200, { ok: true, attempt: arrival.index + 1 });
  };
}

const status503: Handler = (_a, res) => json(res, 503, { message: 'unavailable', error: 'service_unavailable', status: 503 });
const status500: Handler = (_a, res) => json(res, 500, { message: 'boom', error: 'internal_error', status: 500 });
const localRateLimited: Handler = (_a, res) => json(res, 429, { error: 'local_rate_limited', message: 'Local rate limited', status: 429 });
const tooManyRequests: Handler = (_a, res) => json(res, 429, { message: 'Too Many Requests', error: 'too_many_requests', status: 429 });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('backoff', () => {
  it('grows exponentially with full jitter and stays under the cap', async () => {
    const randoms = [0.999, 0.25, 0.999, 0.6, 0.999, 0.1, 0.999];
    const { client, clock } = await setup(failThenOk(Array(7).fill(status503)), {
      retry: { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 4000 },
      random: sequence(randoms),
    });
    const response = await client.request({ userId: 1, method: 'GET', path: '/items/MLA1' });
    expect(response.data).toMatchObject({ attempt: 8 });
    const ceilings = [500, 1000, 2000, 4000, 4000, 4000, 4000];
    expect(clock.sleeps).toEqual(ceilings.map((ceiling, index) => Math.floor(ceiling * (randoms[index] ?? 0))));
    // Jitter: the same attempt waits differently with different random draws; never over the cap.
    expect(clock.sleeps[3]).not.toBe(clock.sleeps[4]);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(4000);
  });

  it('uses the documented defaults: 7 attempts, 0.5 s doubling, capped at 20 s', () => {
    const ceilings = [1, 2, 3, 4, 5, 6].map((attempt) => backoffCeiling(attempt, DEFAULT_RETRY));
    expect(ceilings).toEqual([500, 1000, 2000, 4000, 8000, 16000]);
    expect(backoffCeiling(7, DEFAULT_RETRY)).toBe(20_000);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const start = Math.floor(Date.now() / 1000) * 1000;
    const clock = fakeClock(start);
    const { client } = await setup(
      failThenOk([
        (_a, res) => json(res, 429, { error: 'local_rate_limited', status: 429 }, { 'Retry-After': '3' }),
        (_a, res) => json(res, 503, { status: 503 }, { 'Retry-After': new Date(clock.now() + 7000).toUTCString() }),
      ]),
      { sleep: clock.sleep, now: clock.now },
    );
    await client.request({ userId: 1, method: 'GET', path: '/users/me' });
    expect(clock.sleeps).toEqual([3000, 7000]);
  });

  it('backs off on both documented 429 bodies when there is no Retry-After', async () => {
    const { client, clock } = await setup(failThenOk([localRateLimited, tooManyRequests]));
    await client.request({ userId: 1, method: 'GET', path: '/users/me' });
    expect(clock.sleeps).toEqual([250, 500]);
    expect(client.stats(1)).toMatchObject({ requests: 3, retries: 2, rateLimited: 2, failures: 0 });
  });

  it('gives up as rate_limited after the last attempt', async () => {
    const { client, server } = await setup(localRateLimited, { retry: { maxAttempts: 3 } });
    const error = await failure(client.request({ userId: 1, method: 'GET', path: '/users/me' }));
    expect(error.code).toBe('rate_limited');
    expect(meliErrorDetails(error)).toMatchObject({ status: 429, meliError: 'local_rate_limited', attempts: 3, unclear: false });
    expect(server.arrivals).toHaveLength(3);
  });

  it('does not sit out a Retry-After longer than the limit', async () => {
    const { client, server } = await setup((_a, res) => json(res, 429, { status: 429 }, { 'Retry-After': '3600' }));
    const error = await failure(client.request({ userId: 1, method: 'GET', path: '/users/me' }));
    expect(error.code).toBe('rate_limited');
    expect(meliErrorDetails(error)?.retryAfterMs).toBe(3_600_000);
    expect(server.arrivals).toHaveLength(1);
  });
});

describe('what is retried', () => {
  it('retries reads on 5xx and dropped connections', async () => {
    const { client, server } = await setup(failThenOk([status500, (_a, res) => drop(res), status503]));
    await client.request({ userId: 1, method: 'GET', path: '/orders/1' });
    expect(server.arrivals).toHaveLength(4);
  });

  it('does not repeat a write after a 5xx and flags it unclear', async () => {
    const { client, server } = await setup(failThenOk([status500]));
    const error = await failure(client.request({ userId: 1, method: 'PUT', path: '/items/MLA1', body: { price: 10 } }));
    expect(server.arrivals).toHaveLength(1);
    expect(error.code).toBe('offline');
    expect(meliErrorDetails(error)).toMatchObject({ status: 500, reason: 'server_error', unclear: true, request: 'PUT /items/MLA1' });
  });

  it('does not repeat a write whose connection dropped after sending', async () => {
    const { client, server } = await setup(failThenOk([(_a, res) => drop(res)]));
    const error = await failure(client.request({ userId: 1, method: 'POST', path: '/answers', body: { question_id: 1, text: 'Sí' } }));
    expect(server.arrivals).toHaveLength(1);
    expect(meliErrorDetails(error)).toMatchObject({ status: null, reason: 'connection_lost', unclear: true });
  });

  it('repeats a write refused with 429, which Mercado Libre did not process', async () => {
    const { client, server } = await setup(failThenOk([tooManyRequests, localRateLimited]));
    const response = await client.request({ userId: 1, method: 'POST', path: '/answers', body: { question_id: 1, text: 'Sí' } });
    expect(response.status).toBe(200);
    expect(server.arrivals.map((arrival) => arrival.body)).toEqual(Array(3).fill('{"question_id":1,"text":"Sí"}'));
  });

  it('repeats a write whose connection was refused, and says no connection after a few tries when it stays refused', async () => {
    const closed = await startLoopback((_a, res) => json(res, 200, {}));
    const url = closed.url;
    await closed.close();
    const clock = fakeClock();
    const client = createMeliClient({ apiUrl: url, getAccessToken: async () => TOKEN, sleep: clock.sleep, now: clock.now, retry: { maxAttempts: 4 } });
    const error = await failure(client.request({ userId: 1, method: 'DELETE', path: '/questions/5' }));
    expect(error.code).toBe('offline');
    // No connection at all gives up after NO_CONNECTION_MAX_ATTEMPTS, sooner than the general limit.
    expect(meliErrorDetails(error)).toMatchObject({ reason: 'no_connection', unclear: false, attempts: 3 });
    expect(client.stats(1)).toMatchObject({ requests: 3, retries: 2, failures: 1 });
  });

  it('times out a silent server, retrying reads', async () => {
    const { client, server } = await setup(() => undefined, { timeoutMs: 150, retry: { maxAttempts: 2 } });
    const error = await failure(client.request({ userId: 1, method: 'GET', path: '/users/me' }));
    expect(error.code).toBe('offline');
    expect(meliErrorDetails(error)).toMatchObject({ reason: 'timeout', status: null });
    expect(server.arrivals).toHaveLength(2);
  });

  it('maps refusals without retrying them', async () => {
    const answers: Record<string, [number, unknown]> = {
      '/a': [404, { message: 'Item not found', error: 'not_found', status: 404 }],
      '/b': [409, { message: 'conflict', error: 'optimistic_locking', status: 409 }],
      '/c': [403, { message: 'forbidden', error: 'forbidden', status: 403 }],
      '/d': [400, { error: 'not_unanswered_question', error_description: 'Question already answered', status: 400 }],
    };
    const { client, server } = await setup((arrival, res) => {
      const [status, body] = answers[arrival.path] ?? [500, {}];
      json(res, status, body);
    });
    const codes: string[] = [];
    for (const path of Object.keys(answers)) {
      const error = await failure(client.request({ userId: 1, method: 'POST', path }));
      codes.push(error.code);
      expect(meliErrorDetails(error)?.unclear).toBe(false);
    }
    expect(codes).toEqual(['not_found', 'conflict', 'forbidden', 'invalid_input']);
    const answered = await failure(client.request({ userId: 1, method: 'POST', path: '/d' }));
    expect(meliErrorDetails(answered)).toMatchObject({ meliError: 'not_unanswered_question', meliMessage: 'Question already answered' });
    expect(server.arrivals).toHaveLength(5);
  });
});

describe('rejected tokens', () => {
  it('asks the token manager once after a 401 and retries with the new token', async () => {
    let token = 'APP_USR-old';
    const asked: Array<[number, string]> = [];
    const { client, server } = await setup(
      (arrival, res) =>
        arrival.headers.authorization === 'Bearer APP_USR-new'
          ? json(res, 200, { id: 7 })
          : json(res, 401, { message: 'invalid access token', error: 'invalid_token', status: 401 }),
      {
        getAccessToken: async () => token,
        onUnauthorized: async (userId, rejected) => {
          asked.push([userId, rejected]);
          token = 'APP_USR-new';
        },
      },
    );
    const response = await client.request({ userId: 7, method: 'PUT', path: '/items/MLA1', body: {} });
    expect(response.data).toEqual({ id: 7 });
    expect(asked).toEqual([[7, 'APP_USR-old']]);
    expect(server.arrivals).toHaveLength(2);
  });

  it('says sign in again when the token is still refused', async () => {
    let calls = 0;
    const { client, server } = await setup((_a, res) => json(res, 401, { message: 'invalid access token', error: 'invalid_token', status: 401 }), {
      onUnauthorized: async () => {
        calls += 1;
      },
    });
    const error = await failure(client.request({ userId: 7, method: 'GET', path: '/users/me' }));
    expect(error.code).toBe('needs_sign_in');
    expect(calls).toBe(1);
    expect(server.arrivals).toHaveLength(2);
  });
});

describe('cancellation', () => {
  it('stops a call that is backing off, without another request', async () => {
    const controller = new AbortController();
    const { client, server } = await setup(status503, { sleep: () => new Promise<void>(() => undefined) });
    const call = client.request({ userId: 1, method: 'GET', path: '/orders/search', signal: controller.signal });
    await vi.waitFor(() => expect(server.arrivals).toHaveLength(1));
    controller.abort(new Error('sync cancelled'));
    await expect(call).rejects.toThrow('sync cancelled');
    expect(server.arrivals).toHaveLength(1);
  });

  it('stops a call in flight', async () => {
    const controller = new AbortController();
    const { client, server } = await setup(() => undefined);
    const call = client.request({ userId: 1, method: 'GET', path: '/orders/search', signal: controller.signal });
    await vi.waitFor(() => expect(server.arrivals).toHaveLength(1));
    controller.abort(new Error('sync cancelled'));
    await expect(call).rejects.toThrow('sync cancelled');
  });
});
