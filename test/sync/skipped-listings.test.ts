// Order lines naming listings the seller's cache cannot hold (deleted at Mercado Libre: 404; another
// seller's) are asked for once, remembered, and not asked again: a quiet check stays at four calls.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { skippedItems } from '../../electron/sync/items-step';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { cacheDifferences } from '../helpers/cache-consistency';
import { simRequests, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const clearLog = (target: SimHost) => fetch(`${target.sim.url}/__sim/requests`, { method: 'DELETE', headers: { 'x-sim-admin': target.sim.adminToken } });

/** A sale whose order line names `itemId`: made on one of the seller's listings, then renamed (its stock put back). */
async function saleNaming(target: SimHost, itemId: string): Promise<void> {
  const sold = (target.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? []).find((item) => item.status === 'active' && item.available_quantity > 1 && item.variations.length === 0);
  if (!sold) throw new Error('no listing to sell');
  const before = { available_quantity: sold.available_quantity, sold_quantity: sold.sold_quantity, status: sold.status, last_updated: sold.last_updated };
  const response = await fetch(`${target.sim.url}/__sim/sales`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sim-admin': target.sim.adminToken }, body: JSON.stringify({ seller_id: DEMO_SELLER_ID, item_id: sold.id }) });
  Object.assign(sold, before);
  const [order] = (await response.json()) as Array<{ id: number }>;
  const record = target.sim.state.world.orders.get(order?.id ?? 0);
  const line = record?.lines[0];
  if (!line) throw new Error('the sale made no order');
  line.item_id = itemId;
}

describe('listings named in orders but not cacheable', () => {
  it('remembers a 404 and another seller’s listing, and a quiet check then costs four calls', async () => {
    rig = await startSimHost();
    upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    rig.host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);

    const foreign = [...rig.sim.state.world.items.values()].find((item) => item.seller_id !== DEMO_SELLER_ID);
    expect(foreign).toBeDefined();
    await saleNaming(rig, 'MLA999999999');
    await saleNaming(rig, foreign?.id ?? '');
    await clearLog(rig);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const multigets = (await simRequests(rig.sim, '/items')).filter((entry) => entry.path === '/items');
    expect(multigets).toHaveLength(1);
    expect(skippedItems(rig.host.db, DEMO_SELLER_ID)).toEqual({ MLA999999999: 'not_found', [foreign?.id ?? '']: 'other_seller' });
    // Another seller's listing is not shown among this seller's listings.
    expect(rig.host.db.prepare('SELECT count(*) FROM items WHERE id = ?').pluck().get(foreign?.id)).toBe(0);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);

    await clearLog(rig);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const quiet = (await simRequests(rig.sim, '/')).map((entry) => `${entry.method} ${entry.path}`);
    expect(quiet).toEqual(['GET /orders/search', `GET /users/${DEMO_SELLER_ID}/items/search`, 'GET /questions/search', 'GET /questions/search']);
  });
});
