// The sync engine against the simulator over real HTTP into a real SQLite file: the cache must equal
// the simulator's state after a full sync, after changes, under injected faults, and after a cancel.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import type { SyncProgress } from '../../shared/sync';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { cacheDifferences } from '../helpers/cache-consistency';
import { call, simRequests, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** A host signed in to the demo seller (token from the simulator's admin call), with a generous budget. */
async function signedIn(options: Parameters<typeof startSimHost>[0] = {}): Promise<SimHost> {
  const target = await startSimHost({ ...options });
  upsertAccount(target.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
  target.host.accounts.tokens.save(target.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
  return target;
}

const admin = (target: SimHost, path: string, body: unknown, method = 'POST') => target.sim.admin(path, { method, body });

describe('sync', () => {
  it('makes the cache equal the store after a first full sync, with progress', async () => {
    rig = await signedIn();
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
    const progress = rig.events.filter((entry) => entry.event === 'sync.progress').map((entry) => entry.payload as SyncProgress);
    expect(new Set(progress.map((entry) => entry.step))).toEqual(new Set(['orders', 'items', 'shipments', 'questions']));
    const ordersDone = progress.filter((entry) => entry.step === 'orders').at(-1);
    expect(ordersDone?.done).toBe(ordersDone?.total);
    const status = await call<{ online: boolean; accounts: Array<{ state: string; lastSyncAt: string | null; firstSyncDone: boolean }> }>(rig.host, 'sync.status');
    expect(status.online).toBe(true);
    expect(status.accounts[0]).toMatchObject({ state: 'idle', firstSyncDone: true });
    expect(status.accounts[0]?.lastSyncAt).not.toBeNull();
  });

  it('costs at most 4 calls when nothing changed, and picks up a sale (new order, lower stock)', async () => {
    rig = await signedIn();
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    await rig.sim.admin('/__sim/requests', { method: 'DELETE' });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const quiet = await simRequests(rig.sim, '/');
    expect(quiet.length, JSON.stringify(quiet.map((entry) => entry.path))).toBeLessThanOrEqual(4);

    const item = (rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? []).find((candidate) => candidate.status === 'active' && candidate.available_quantity > 2 && candidate.variations.length === 0 && candidate.shipping.logistic_type !== 'fulfillment');
    expect(item).toBeDefined();
    await admin(rig, '/__sim/sales', { seller_id: DEMO_SELLER_ID, item_id: item?.id, quantity: 2 });
    await admin(rig, '/__sim/questions', { seller_id: DEMO_SELLER_ID });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
  });

  it('ends equal to the store when 20% of answers are 429, 5xx or dropped connections', async () => {
    rig = await signedIn();
    await admin(rig, '/__sim/config', { faults: { serverErrorRate: 0.15, dropRate: 0.05 } }, 'PUT');
    await admin(rig, '/__sim/faults/next', { rate_limited: 10 });
    let attempts = 0;
    for (; attempts < 6; attempts += 1) {
      const outcome = await rig.host.sync.syncAccount(DEMO_SELLER_ID).then(() => 'ok', (error: unknown) => String(error));
      if (outcome === 'ok') break;
    }
    await admin(rig, '/__sim/config', { faults: { serverErrorRate: 0, dropRate: 0 } }, 'PUT');
    const log = await simRequests(rig.sim, '/');
    const failed = log.filter((entry) => entry.status >= 429 || entry.status === 0).length;
    console.log(`fault run: ${log.length} requests, ${failed} failed (${((100 * failed) / log.length).toFixed(0)}%), ${attempts + 1} sync attempt(s)`);
    // 15% 5xx and 5% drops are configured, plus ten 429s; drops never reach the log.
    expect(failed / log.length).toBeGreaterThanOrEqual(0.15);
    expect(attempts).toBeLessThan(6);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
  });

  it('resumes after a cancel and ends equal to the store, with nothing duplicated', async () => {
    rig = await signedIn();
    const unsubscribe = rig.host.events.subscribe((event, payload) => {
      if (event === 'sync.progress' && (payload as SyncProgress).step === 'items' && (payload as SyncProgress).done >= 20) rig?.host.sync.cancel(DEMO_SELLER_ID);
    });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    unsubscribe();
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID).length).toBeGreaterThan(0);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
    const duplicates = rig.host.db.prepare('SELECT count(*) - count(DISTINCT order_id || \'-\' || line) AS n FROM order_items').get() as { n: number };
    expect(duplicates.n).toBe(0);
  });

  it('serves the Orders, Listings and Questions queries from the cache', async () => {
    rig = await signedIn();
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const orders = await call<{ total: number; rows: Array<{ id: number }> }>(rig.host, 'orders.query', { limit: 5 });
    expect(orders.total).toBe(rig.sim.state.world.ordersBySeller.get(DEMO_SELLER_ID)?.length);
    const detail = await call<{ order: { id: number }; lines: unknown[]; shipment: unknown }>(rig.host, 'orders.get', { id: orders.rows[0]?.id });
    expect(detail.order.id).toBe(orders.rows[0]?.id);
    expect(detail.lines.length).toBeGreaterThan(0);
    const listings = await call<{ total: number }>(rig.host, 'listings.query', {});
    expect(listings.total).toBe(rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.length);
    const questions = await call<{ unanswered: number; rows: Array<{ status: string }> }>(rig.host, 'questions.query', {});
    expect(questions.rows[0]?.status).toBe(questions.unanswered > 0 ? 'UNANSWERED' : questions.rows[0]?.status);
    await expect(call(rig.host, 'orders.get', { id: 1 })).rejects.toThrow(/not_found/);
  });

  it("reads a listing's description when it is opened, and serves the saved copy offline", async () => {
    rig = await signedIn();
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const item = rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.[0];
    expect(item).toBeDefined();
    const online = await call<{ plainText: string; fromCache: boolean }>(rig.host, 'listings.description', { itemId: item?.id });
    expect(online).toMatchObject({ plainText: item?.description.plain_text, fromCache: false });
    await rig.sim.close();
    rig.sim.close = async () => undefined;
    const offline = await call<{ plainText: string; fromCache: boolean }>(rig.host, 'listings.description', { itemId: item?.id });
    expect(offline).toMatchObject({ plainText: item?.description.plain_text, fromCache: true });
    await expect(call(rig.host, 'listings.description', { itemId: 'not an id' })).rejects.toThrow(/invalid_input/);
  });
});
