// The per-app request budget, measured where it matters: at the server.
import { afterEach, describe, expect, it } from 'vitest';
import { createMeliClient, type RequestInfo } from '../../electron/meli/client';
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

describe("request budget: the sync's pace", () => {
  it("sends the sync's first half window at once, then paces its calls, so a seller's call does not wait for a burst to leave the window", async () => {
    server = await startLoopback((_a, res) => {
      setTimeout(() => json(res, 200, { ok: true }), 10);
    });
    const attempts: RequestInfo[] = [];
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-x', budget: { requestsPerSecond: 10, concurrency: 8 }, onRequest: (info) => attempts.push(info) });
    // Warm connections (a cold one delays its arrival), then let their places leave the window.
    await Promise.all(Array.from({ length: 8 }, () => client.request({ userId: 1, method: 'GET', path: '/users/me' })));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    server.arrivals.length = 0;
    attempts.length = 0;

    const sync = client.withPriority('background');
    const pages = Promise.all(Array.from({ length: 25 }, (_, index) => sync.request({ userId: 1, method: 'GET', path: `/items/MLA${index}` })));
    // Sent in bursts, the second burst would hold the whole window from about 1.0 s to 2.0 s.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await client.request({ userId: 1, method: 'GET', path: '/items/MLA1/description' });
    await pages;

    const times = server.arrivals.filter((arrival) => !arrival.path.endsWith('/description')).map((arrival) => arrival.at);
    expect(times).toHaveLength(25);
    expect((times[4] ?? 0) - (times[0] ?? 0)).toBeLessThan(60);
    // From the sixth on, paced: one per tenth of the window, at most three together to catch up.
    expect(busiestWindow(times.slice(5), 150)).toBeLessThanOrEqual(4);
    const seller = attempts.find((info) => info.priority === 'interactive');
    expect(seller?.queuedMs).toBeLessThan(150);
    expect(busiestWindow(times, 950)).toBeLessThanOrEqual(10);
  });
});

describe('request budget against a server that counts arrivals', () => {
  it('is never answered 429 when latency spikes bunch the arrivals', async () => {
    const { startSimulator, DEMO_SELLER_ID } = await import('../../electron/demo/simulator/server');
    // Latency before the count, as on a real network: 10–60 ms, and every fifth request 300 ms later.
    // A budget that stamps requests when they leave lets a late one land in a window already full.
    const sim = await startSimulator({ seed: 3, marketActivity: false });
    try {
      const admin = { 'content-type': 'application/json', 'x-sim-admin': sim.adminToken };
      const configured = await fetch(`${sim.url}/__sim/config`, {
        method: 'PUT',
        headers: admin,
        body: JSON.stringify({ latency: { minMs: 10, maxMs: 60, spikeRate: 0.2, spikeMs: 300 }, rateLimit: { perApp: { limit: 10, windowMs: 1000 }, perSeller: null, retryAfterSeconds: null } }),
      });
      expect(configured.ok).toBe(true);
      const token = sim.token(DEMO_SELLER_ID).access_token;
      const client = createMeliClient({ apiUrl: sim.url, getAccessToken: async () => token, budget: { requestsPerSecond: 10, concurrency: 8 }, retry: { maxAttempts: 1 } });
      const started = Date.now();
      const answers = await Promise.allSettled(Array.from({ length: 40 }, () => client.request({ userId: DEMO_SELLER_ID, method: 'GET', path: '/users/me' })));
      const elapsed = Date.now() - started;
      const stats = client.stats(DEMO_SELLER_ID);
      console.info(`budget 10/s with latency spikes: 40 requests in ${(elapsed / 1000).toFixed(2)} s, ${stats.rateLimited} answered 429`);
      expect(stats.rateLimited).toBe(0);
      expect(answers.filter((answer) => answer.status === 'rejected')).toHaveLength(0);
      // Still close to the rate: 40 at 10/s cannot take less than three windows, nor should it take six.
      expect(elapsed).toBeGreaterThanOrEqual(3000);
      expect(elapsed).toBeLessThan(6000);
    } finally {
      await sim.close();
    }
  });

  it('lets a cancelled call leave the queue without taking a place', async () => {
    server = await startLoopback((_a, res) => {
      setTimeout(() => json(res, 200, { ok: true }), 30);
    });
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-x', budget: { requestsPerSecond: 2, concurrency: 1 } });
    const controller = new AbortController();
    const first = client.request({ userId: 1, method: 'GET', path: '/a' });
    const cancelled = client.request({ userId: 1, method: 'GET', path: '/b', signal: controller.signal });
    controller.abort(new Error('stopped'));
    await expect(cancelled).rejects.toThrow('stopped');
    await first;
    await client.idle();
    expect(server.arrivals.map((arrival) => arrival.path)).toEqual(['/a']);
  });
});
