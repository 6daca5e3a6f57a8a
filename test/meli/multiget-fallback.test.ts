// The two multiget forms MELI-API.md says to support: when GET /items?ids= is refused as a form
// (400/404/410), /items/bulk?ids= is read instead and remembered for the client; real HTTP to the simulator.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createMeliClient } from '../../electron/meli/client';
import { createMeliApi } from '../../electron/meli/endpoints';
import { meliErrorDetails } from '../../electron/meli/errors';
import { DEMO_SELLER_ID, startSimulator } from '../../electron/demo/simulator/server';
import { json, startLoopback, type Loopback } from './loopback';

const sim = await startSimulator({ seed: 7, marketActivity: false });
let server: Loopback | null = null;
afterAll(async () => {
  await sim.close();
  await server?.close();
});
const seller = DEMO_SELLER_ID;
const ids = (sim.state.world.itemsBySeller.get(seller) ?? []).slice(0, 5).map((item) => item.id);

const admin = (method: string, path: string, body?: unknown) =>
  fetch(`${sim.url}/__sim${path}`, { method, headers: { 'content-type': 'application/json', 'x-sim-admin': sim.adminToken }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const paths = async () => ((await (await admin('GET', '/requests?path_prefix=/items')).json()) as { requests: Array<{ path: string; status: number }> }).requests.map((entry) => `${entry.status} ${entry.path}`);

function freshApi() {
  const token = sim.token(seller).access_token;
  return createMeliApi(createMeliClient({ apiUrl: sim.url, getAccessToken: async () => token, budget: { requestsPerSecond: 100, concurrency: 4 } }));
}

beforeEach(async () => {
  await admin('PUT', '/config', { multigetRefusal: null });
  await admin('DELETE', '/requests');
});

describe('multiget fallback', () => {
  it('uses GET /items?ids= while Mercado Libre serves it', async () => {
    const api = freshApi();
    const results = await api.items.read(seller, [...ids, 'MLA1']);
    expect(results.filter((entry) => entry.ok).map((entry) => entry.id)).toEqual(ids);
    expect(results.at(-1)).toMatchObject({ ok: false, id: 'MLA1', status: 404 });
    expect(await paths()).toEqual(['200 /items']);
  });

  for (const status of [400, 404, 410] as const) {
    it(`falls back to /items/bulk when the old form answers ${status}, and remembers it`, async () => {
      await admin('PUT', '/config', { multigetRefusal: status });
      const api = freshApi();
      const first = await api.items.read(seller, [...ids, 'MLA1']);
      expect(first.filter((entry) => entry.ok).map((entry) => entry.id)).toEqual(ids);
      expect(first.at(-1)).toMatchObject({ ok: false, id: 'MLA1', status: 404 });
      // The sync's view of the same client knows it too.
      await api.background.items.read(seller, ids);
      expect(api.items.multigetPath()).toBe('/items/bulk');
      expect(await paths()).toEqual([`${status} /items`, '200 /items/bulk', '200 /items/bulk']);
    });
  }

  it('goes back to the old form when /items/bulk is refused later, and reports the first refusal when both are', async () => {
    // A scripted server: which forms it serves is switched between calls.
    const serves = { old: false, bulk: true };
    server = await startLoopback((arrival, res) => {
      const open = arrival.path === '/items' ? serves.old : serves.bulk;
      if (!open) return json(res, arrival.path === '/items' ? 410 : 404, { error: 'not_found', message: 'gone', status: 410 });
      const field = arrival.path === '/items' ? 'code' : 'status_code';
      json(res, 200, (arrival.query.get('ids') ?? '').split(',').map((id) => ({ [field]: 200, body: { id, title: id } })));
    });
    const api = createMeliApi(createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-x', budget: { requestsPerSecond: 100, concurrency: 4 } }));
    expect(await api.items.read(seller, ['MLA1'])).toMatchObject([{ ok: true, id: 'MLA1' }]);
    expect(api.items.multigetPath()).toBe('/items/bulk');
    Object.assign(serves, { old: true, bulk: false });
    expect(await api.items.read(seller, ['MLA2'])).toMatchObject([{ ok: true, id: 'MLA2' }]);
    expect(api.items.multigetPath()).toBe('/items');
    Object.assign(serves, { old: false, bulk: false });
    const error = await api.items.read(seller, ['MLA3']).then(() => null, (caught: unknown) => caught);
    expect(meliErrorDetails(error)).toMatchObject({ status: 410, request: 'GET /items' });
    expect(api.items.multigetPath()).toBe('/items');
    expect(server.arrivals.map((arrival) => arrival.path)).toEqual(['/items', '/items/bulk', '/items/bulk', '/items', '/items', '/items/bulk']);
  });
});
