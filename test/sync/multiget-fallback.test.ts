// The sync against a Mercado Libre that refuses GET /items?ids= (the form MELI-API.md says may be
// replaced by /items/bulk): listings are read through /items/bulk, and the refused form is not asked again.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { cacheDifferences } from '../helpers/cache-consistency';
import { simRequests, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('sync with /items/bulk only', () => {
  it('reads every listing through /items/bulk and ends equal to the store', async () => {
    rig = await startSimHost({ sim: { multigetRefusal: 410 } });
    upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    rig.host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
    const log = await simRequests(rig.sim, '/items');
    const refused = log.filter((entry) => entry.path === '/items');
    const bulk = log.filter((entry) => entry.path === '/items/bulk');
    const listings = rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.length ?? 0;
    expect(refused.every((entry) => entry.status === 410)).toBe(true);
    // Batches already in flight when the first refusal came may each have tried the old form once.
    expect(refused.length).toBeLessThanOrEqual(8);
    expect(bulk.length).toBe(Math.ceil(listings / 20));

    // The next sync goes straight to the form that works.
    await fetch(`${rig.sim.url}/__sim/requests`, { method: 'DELETE', headers: { 'x-sim-admin': rig.sim.adminToken } });
    await fetch(`${rig.sim.url}/__sim/sales`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sim-admin': rig.sim.adminToken }, body: JSON.stringify({ seller_id: DEMO_SELLER_ID }) });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect((await simRequests(rig.sim, '/items')).map((entry) => `${entry.status} ${entry.path}`)).toEqual(['200 /items/bulk']);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
  });
});
