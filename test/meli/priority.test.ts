// Priorities over real HTTP to the simulator: the seller's own call goes ahead of sync pages already
// queued, while both still share one budget and one concurrency cap.
import { afterAll, describe, expect, it } from 'vitest';
import { createMeliClient, type RequestInfo } from '../../electron/meli/client';
import { createMeliApi } from '../../electron/meli/endpoints';
import { DEMO_SELLER_ID, startSimulator } from '../../electron/demo/simulator/server';

const sim = await startSimulator({ seed: 7, marketActivity: false });
afterAll(() => sim.close());
const seller = DEMO_SELLER_ID;
const ids = (sim.state.world.itemsBySeller.get(seller) ?? []).slice(0, 9).map((item) => item.id);

describe('request priorities', () => {
  it('sends an interactive call before background calls queued earlier', async () => {
    const token = sim.token(seller).access_token;
    const attempts: RequestInfo[] = [];
    // One at a time, a few per second: background calls pile up in the queue.
    const client = createMeliClient({ apiUrl: sim.url, getAccessToken: async () => token, budget: { requestsPerSecond: 10, concurrency: 1 }, onRequest: (info) => attempts.push(info) });
    const api = createMeliApi(client);
    const [first, ...rest] = ids;
    const background = [api.background.items.get(seller, first ?? ''), ...rest.map((id) => api.background.items.get(seller, id))];
    // Once the first background call has been answered, the other seven are waiting their turn.
    await background[0];
    const description = api.items.description(seller, rest[rest.length - 1] ?? '');
    await Promise.all([...background, description]);

    const order = attempts.map((info) => `${info.priority} ${info.path}`);
    const interactiveAt = attempts.findIndex((info) => info.path.endsWith('/description'));
    // One background call may already have been taken from the queue when the seller's call came.
    expect(interactiveAt, order.join('\n')).toBeLessThanOrEqual(2);
    expect(attempts[interactiveAt]?.priority).toBe('interactive');
    expect(attempts.filter((info) => info.priority === 'background')).toHaveLength(ids.length);
    const lastBackground = attempts.filter((info) => info.priority === 'background').at(-1);
    expect(attempts[interactiveAt]?.queuedMs ?? Infinity).toBeLessThan(lastBackground?.queuedMs ?? 0);
    // The budget is shared: the simulator saw them one by one, in the order the client sent them.
    const log = (await (await fetch(`${sim.url}/__sim/requests?path_prefix=/items`, { headers: { 'x-sim-admin': sim.adminToken } })).json()) as { requests: Array<{ path: string }> };
    expect(log.requests.map((entry) => entry.path)).toEqual(attempts.map((info) => info.path));
  });

  it('keeps calls of one priority in the order they were made', async () => {
    const token = sim.token(seller).access_token;
    const paths: string[] = [];
    const client = createMeliClient({ apiUrl: sim.url, getAccessToken: async () => token, budget: { requestsPerSecond: 50, concurrency: 1 }, onRequest: (info) => paths.push(info.path) });
    const api = createMeliApi(client);
    await Promise.all(ids.map((id) => api.items.get(seller, id)));
    expect(paths).toEqual(ids.map((id) => `/items/${id}`));
  });
});
