// One failing step does not stop the others: with the listings endpoint down, orders, shipments and
// questions are still read, and the sync's status names what failed; real HTTP to the simulator.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import type { SyncStatus } from '../../shared/sync';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { cacheDifferences } from '../helpers/cache-consistency';
import { call, simRequests, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const configure = (target: SimHost, body: unknown) =>
  fetch(`${target.sim.url}/__sim/config`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-sim-admin': target.sim.adminToken }, body: JSON.stringify(body) });

describe('independent sync steps', () => {
  it('reads orders, shipments and questions while listings fail, and names the failed step', async () => {
    rig = await startSimHost();
    upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    rig.host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    await configure(rig, { faults: { brokenPaths: [{ prefix: `/users/${DEMO_SELLER_ID}/items`, status: 500 }] } });

    await expect(rig.host.sync.syncAccount(DEMO_SELLER_ID)).rejects.toThrow();
    const differences = cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID);
    // Only listings are missing: every order, open shipment and unanswered question is in the cache.
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.filter((line) => !line.startsWith('item ')), differences.slice(0, 5).join('\n')).toEqual([]);
    expect((await simRequests(rig.sim, '/shipments/')).length).toBeGreaterThan(0);
    expect((await simRequests(rig.sim, '/questions/search')).length).toBeGreaterThan(0);
    const failed = await call<SyncStatus>(rig.host, 'sync.status');
    // The connection works: an endpoint refusing is no reason to say "offline".
    expect(failed.online).toBe(true);
    expect(failed.accounts[0]).toMatchObject({ state: 'error', problem: 'partial', failedSteps: ['items'] });
    expect(failed.accounts[0]?.message).toMatch(/Not synced: listings/);
    expect(failed.accounts[0]?.lastSyncAt).toBeNull();

    await configure(rig, { faults: { brokenPaths: [] } });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
    expect((await call<SyncStatus>(rig.host, 'sync.status')).accounts[0]).toMatchObject({ state: 'idle', failedSteps: [], message: null, problem: null });
  });

  it('still reads listings and questions when orders are refused', async () => {
    rig = await startSimHost();
    upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    rig.host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    await configure(rig, { faults: { brokenPaths: [{ prefix: '/orders/', status: 403 }] } });
    await expect(rig.host.sync.syncAccount(DEMO_SELLER_ID)).rejects.toThrow(/does not allow/);
    const listings = rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.length ?? 0;
    expect(rig.host.db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(listings);
    expect(rig.host.db.prepare('SELECT count(*) FROM questions').pluck().get()).toBeGreaterThan(0);
    expect(rig.host.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(0);
    expect(rig.host.sync.status().accounts[0]).toMatchObject({ state: 'error', failedSteps: ['orders'] });
  });
});
