// Giving listings and variations without a SKU one from the Stock screen: the SKU reaches Mercado
// Libre through the outbox (SELLER_SKU and seller_custom_field, every other attribute kept), the
// inventory links it at once, and the log shows the assignment and each change with its outbox state.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { ItemRecord } from '../../electron/demo/simulator/model';
import type { OutboxEntry } from '../../shared/outbox';
import type { StockList, StockLogEntry, StockPlan } from '../../shared/stock';
import { call } from '../helpers/sim-host';
import { itemsOf, plainOf, putsTo, settle, twoStoreRig, type StockRig } from './stock-rig';

let rig: StockRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const attributesBut = (attributes: ItemRecord['attributes']) => attributes.filter((attribute) => attribute.id !== 'SELLER_SKU').map((attribute) => [attribute.id, attribute.value_id, attribute.value_name]);
const skuAttribute = (attributes: ItemRecord['attributes']) => attributes.find((attribute) => attribute.id === 'SELLER_SKU')?.value_name ?? null;
const current = (target: StockRig, itemId: string) => itemsOf(target, DEMO_SELLER_ID).find((item) => item.id === itemId);

/** A plain listing of the first store whose SKU is removed on Mercado Libre, synced again. */
async function bareListing(target: StockRig): Promise<ItemRecord> {
  const bare = plainOf(target, DEMO_SELLER_ID).find((item) => item.id !== target.first.id && item.attributes.length > 1);
  if (!bare) throw new Error('no plain listing with attributes');
  bare.seller_custom_field = null;
  bare.attributes = bare.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU');
  bare.last_updated = target.sim.state.world.now();
  await target.host.sync.syncAccount(DEMO_SELLER_ID, { forceFull: true });
  return bare;
}

describe('SKU assignment', () => {
  it('assigns a new SKU to a listing without one: linked at once, written to Mercado Libre keeping every other attribute', async () => {
    rig = await twoStoreRig();
    const bare = await bareListing(rig);
    const others = attributesBut(bare.attributes);
    const before = await call<StockList>(rig.host, 'stock.list', {});
    expect(before.unlinked.map((entry) => entry.itemId)).toContain(bare.id);

    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'stock.assignSku', { itemId: bare.id, sku: 'MOCHILA-NUEVA-01' });
    // Linked before Mercado Libre confirms: it leaves the No SKU list and joins the inventory with what it shows.
    const linked = await call<StockList>(rig.host, 'stock.list', {});
    expect(linked.unlinked.map((entry) => entry.itemId)).not.toContain(bare.id);
    const row = linked.rows.find((candidate) => candidate.sku === 'MOCHILA-NUEVA-01');
    expect(row).toMatchObject({ onHand: bare.available_quantity, links: [expect.objectContaining({ itemId: bare.id, manual: false })] });
    expect(putsTo(rig, bare.id)).toBe(0);

    await settle(rig);
    const sent = current(rig, bare.id);
    expect(sent?.seller_custom_field).toBe('MOCHILA-NUEVA-01');
    expect(skuAttribute(sent?.attributes ?? [])).toBe('MOCHILA-NUEVA-01');
    expect(attributesBut(sent?.attributes ?? [])).toEqual(others);
    expect(putsTo(rig, bare.id)).toBe(1);
    const entry = (await call<OutboxEntry[]>(rig.host, 'outbox.list', {})).find((candidate) => candidate.id === outboxId);
    expect(entry?.state).toBe('done');

    // Still linked once confirmed (now by the listing's own SKU), and the assignment is in the log with its outbox state.
    const after = await call<StockList>(rig.host, 'stock.list', { query: 'MOCHILA-NUEVA-01' });
    expect(after.rows[0]?.links.map((link) => link.itemId)).toEqual([bare.id]);
    const log = await call<StockLogEntry[]>(rig.host, 'stock.log', { kinds: ['assign'] });
    expect(log[0]).toMatchObject({ kind: 'assign', sku: 'MOCHILA-NUEVA-01', itemId: bare.id, title: bare.title, detail: 'new_sku', outboxId, outboxState: 'done' });
  });

  it("assigns an existing SKU to one variation: only that variation's SKU changes, and the plan brings it in step", async () => {
    rig = await twoStoreRig();
    const item = itemsOf(rig, DEMO_SELLER_ID).find((candidate) => candidate.status === 'active' && candidate.shipping.logistic_type !== 'fulfillment' && candidate.variations.length >= 2);
    const [first, second] = item?.variations ?? [];
    if (!item || !first || !second) throw new Error('no listing with two variations');
    const listingAttributes = item.attributes.map((attribute) => [attribute.id, attribute.value_name]);
    const secondBefore = { sku: second.seller_custom_field, attributes: second.attributes };
    await call(rig.host, 'stock.set', { sku: rig.sku, onHand: 17 });
    await call(rig.host, 'stock.assignSku', { itemId: item.id, variationId: first.id, sku: rig.sku });
    const row = (await call<StockList>(rig.host, 'stock.list', { query: rig.sku })).rows.find((candidate) => candidate.sku === rig?.sku);
    expect(row?.onHand).toBe(17);
    expect(row?.links.find((link) => link.itemId === item.id)).toMatchObject({ variationId: first.id, target: 17 });

    await settle(rig);
    const sent = current(rig, item.id);
    const sentFirst = sent?.variations.find((variation) => variation.id === first.id);
    const sentSecond = sent?.variations.find((variation) => variation.id === second.id);
    expect(sentFirst?.seller_custom_field).toBe(rig.sku);
    expect(skuAttribute(sentFirst?.attributes ?? [])).toBe(rig.sku);
    expect({ sku: sentSecond?.seller_custom_field, attributes: sentSecond?.attributes }).toEqual(secondBefore);
    expect(sent?.attributes.map((attribute) => [attribute.id, attribute.value_name])).toEqual(listingAttributes);

    const plan = await call<StockPlan>(rig.host, 'stock.plan', { skus: [rig.sku] });
    expect(plan.changes.find((change) => change.itemId === item.id)).toMatchObject({ variationId: first.id, after: 17 });
  });

  it('refuses bad assignments with a typed error and queues nothing', async () => {
    rig = await twoStoreRig();
    const withVariations = itemsOf(rig, DEMO_SELLER_ID).find((candidate) => candidate.status === 'active' && candidate.variations.length > 0);
    const plain = plainOf(rig, DEMO_SELLER_ID)[0];
    if (!withVariations || !plain) throw new Error('demo store lacks a listing kind');
    const refused = [
      await rig.host.dispatch('stock.assignSku', { itemId: 'MLA999999999', sku: 'X-1' }),
      await rig.host.dispatch('stock.assignSku', { itemId: withVariations.id, sku: 'X-1' }),
      await rig.host.dispatch('stock.assignSku', { itemId: withVariations.id, variationId: 1, sku: 'X-1' }),
      await rig.host.dispatch('stock.assignSku', { itemId: plain.id, sku: '   ' }),
    ];
    expect(refused.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['not_found', 'invalid_input', 'invalid_input', 'invalid_input']);
    expect(await call(rig.host, 'outbox.list', {})).toEqual([]);
    expect((await call<StockList>(rig.host, 'stock.list', { query: 'X-1' })).rows).toEqual([]);
  });

  it('logs every applied change with its listing, reason and outbox state; automatic ones can be read apart', async () => {
    rig = await twoStoreRig();
    const { sku, first, second } = rig;
    await call(rig.host, 'stock.set', { sku, onHand: 8, autoApply: true });
    const plan = await call<StockPlan>(rig.host, 'stock.plan', { skus: [sku] });
    await call(rig.host, 'stock.apply', { planId: plan.planId });
    const queued = await call<StockLogEntry[]>(rig.host, 'stock.log', { kinds: ['apply'] });
    expect(queued.map((entry) => entry.outboxState)).toEqual(['pending', 'pending']);
    await settle(rig);
    await rig.sim.admin('/__sim/sales', { method: 'POST', body: { seller_id: DEMO_SELLER_ID, item_id: first.id, quantity: 3, status: 'paid' } });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await settle(rig);

    const automatic = await call<StockLogEntry[]>(rig.host, 'stock.log', { kinds: ['auto_apply'] });
    expect(automatic).toEqual([expect.objectContaining({ kind: 'auto_apply', sku, itemId: second.id, title: second.title, before: 8, after: 5, detail: 'sale_or_restock', outboxState: 'done' })]);
    const everything = await call<StockLogEntry[]>(rig.host, 'stock.log', {});
    expect(everything.find((entry) => entry.kind === 'sale' && entry.sku === sku)).toMatchObject({ itemId: first.id, before: 8, after: 5, outboxState: null, orderId: expect.any(Number) });
    expect((await call<StockLogEntry[]>(rig.host, 'stock.log', { kinds: ['apply'] })).map((entry) => entry.outboxState)).toEqual(['done', 'done']);
  });
});
