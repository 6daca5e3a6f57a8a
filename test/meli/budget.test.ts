// The per-app request budget, measured where it matters: at the server.
import { afterEach, describe, expect, it } from 'vitest';
import { createMeliClient } from '../../electron/meli/client';
import { json, startLoopback, type Loopback } from './loopback';

let server: Loopback | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

/** The most arrivals inside any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0; start < sorted.length; start += 1) {
    let end = start;
    while (end + 1 < sorted.length && (sorted[end + 1] ?? 0) - (sorted[start] ?? 0) < windowMs) end += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('request budget', () => {
  it('keeps requests per second and requests in flight under the caps, across accounts', async () => {
    server = await startLoopback((_a, res) => {
      setTimeout(() => json(res, 200, { ok: true }), 40);
    });
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async (userId) => `APP_USR-${userId}`, budget: { requestsPerSecond: 5, concurrency: 4 } });
    // Warm connections first: a cold one delays its first arrival (TLS to Mercado Libre even more), which
    // bunches arrivals the budget spaced out at the client. The margin in the client covers warm jitter.
    await Promise.all(Array.from({ length: 4 }, () => client.request({ userId: 1, method: 'GET', path: '/users/me' })));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    server.arrivals.length = 0;
    const started = Date.now();
    await Promise.all(Array.from({ length: 16 }, (_, index) => client.request({ userId: 1 + (index % 2), method: 'GET', path: `/items/MLA${index}` })));
    const elapsed = Date.now() - started;
    const times = server.arrivals.map((arrival) => arrival.at);
    const span = (Math.max(...times) - Math.min(...times)) / 1000;
    console.info(`budget 5/s: ${times.length} requests in ${(elapsed / 1000).toFixed(2)} s, ${((times.length - 1) / span).toFixed(2)} requests/s between first and last arrival, busiest second ${busiestWindow(times, 1000)}`);

    // The server shares this process's event loop, so arrival stamps wobble by some milliseconds.
    expect(busiestWindow(times, 950)).toBeLessThanOrEqual(5);
    expect((times.length - 1) / span).toBeLessThanOrEqual(5);
    // 16 requests at 5 per rolling second need at least three full seconds after the first burst.
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(server.maxInFlight()).toBeLessThanOrEqual(4);
  });

  it('caps concurrency when the budget per second is not the limit', async () => {
    server = await startLoopback((_a, res) => {
      setTimeout(() => json(res, 200, { ok: true }), 120);
    });
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-x', budget: { requestsPerSecond: 200, concurrency: 3 } });
    await Promise.all(Array.from({ length: 12 }, (_, index) => client.request({ userId: 1, method: 'GET', path: `/items/MLA${index}` })));
    expect(server.maxInFlight()).toBe(3);
    expect(client.stats(1).requests).toBe(12);
  });
});
