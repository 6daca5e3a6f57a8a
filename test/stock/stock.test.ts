// Stock by SKU against the simulator: one stock shared by listings on two accounts, sales lowering it
// once per order line, cancellations restoring it once, kits, fulfilment left alone, and plans applied
// through the outbox.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { StockList, StockLogEntry, StockPlan, StockRow } from '../../shared/stock';
import { call } from '../helpers/sim-host';
import { itemsOf, plainOf, putsTo, settle, twoStoreRig, type StockRig } from './stock-rig';

let rig: StockRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const rowOf = async (target: StockRig, sku: string) => (await call<StockList>(target.host, 'stock.list', { query: sku })).rows.find((row) => row.sku === sku);

// Plans for the shared SKU only: the seeded stores have other SKUs whose listings disagree.
async function planAndApply(target: StockRig): Promise<StockPlan> {
  const plan = await call<StockPlan>(target.host, 'stock.plan', { skus: [target.sku] });
  await call(target.host, 'stock.apply', { planId: plan.planId });
  await settle(target);
  return plan;
}

async function sell(target: StockRig, sellerId: number, itemId: string, quantity = 1): Promise<number> {
  const orders = (await target.sim.admin('/__sim/sales', { method: 'POST', body: { seller_id: sellerId, item_id: itemId, quantity, status: 'paid' } })) as { id: number }[];
  const order = orders[0];
  if (!order) throw new Error('no order made');
  return order.id;
}

describe('stock by SKU', () => {
  it('keeps two listings on two accounts in step: a sale on one lowers the other once, a cancellation restores it', async () => {
    rig = await twoStoreRig();
    const { sku, first, second } = rig;
    const found = await rowOf(rig, sku);
    expect(found?.links.map((link) => link.userId).sort()).toEqual([DEMO_SELLER_ID, second.seller_id].sort());
    // It joined the inventory with what the first store showed (synced first).
    expect(found?.onHand).toBe(first.available_quantity);

    await call<StockRow>(rig.host, 'stock.set', { sku, onHand: 10 });
    const plan = await planAndApply(rig);
    expect(plan.changes.map((change) => change.itemId).sort()).toEqual([first.id, second.id].sort());
    expect([first.available_quantity, second.available_quantity]).toEqual([10, 10]);

    const orderId = await sell(rig, DEMO_SELLER_ID, first.id);
    expect(first.available_quantity).toBe(9);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect((await rowOf(rig, sku))?.onHand).toBe(9);
    const putsToFirst = putsTo(rig, first.id);
    const afterSale = await planAndApply(rig);
    expect(afterSale.changes).toEqual([expect.objectContaining({ itemId: second.id, before: 10, after: 9, userId: second.seller_id })]);
    expect(second.available_quantity).toBe(9);
    expect(putsTo(rig, first.id)).toBe(putsToFirst);

    // The same order seen again (a full sync reads it once more) lowers nothing.
    await rig.host.sync.syncAccount(DEMO_SELLER_ID, { forceFull: true });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect((await rowOf(rig, sku))?.onHand).toBe(9);
    expect((await call<StockPlan>(rig.host, 'stock.plan', { skus: [sku] })).changes).toEqual([]);

    const order = rig.sim.state.world.orders.get(orderId);
    if (!order) throw new Error('order lost');
    order.status = 'cancelled';
    order.date_last_updated = rig.sim.state.world.now();
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect((await rowOf(rig, sku))?.onHand).toBe(10);
    await planAndApply(rig);
    expect([first.available_quantity, second.available_quantity]).toEqual([10, 10]);

    const log = await call<StockLogEntry[]>(rig.host, 'stock.log', {});
    expect(log.filter((entry) => entry.kind === 'sale' && entry.sku === sku)).toHaveLength(1);
    expect(log.filter((entry) => entry.kind === 'cancellation' && entry.sku === sku)).toHaveLength(1);
  });

  it('a kit consumes two units per sale and shows whole kits; the buffer and a maximum hold units back', async () => {
    rig = await twoStoreRig();
    const { sku, first } = rig;
    const kit = plainOf(rig, DEMO_SELLER_ID).find((item) => item.id !== first.id && item.sold_quantity >= 0);
    if (!kit) throw new Error('no second plain listing');
    await call(rig.host, 'stock.link', { sku, itemId: kit.id, units: 2 });
    await call(rig.host, 'stock.set', { sku, onHand: 9, buffer: 0 });
    const plan = await planAndApply(rig);
    expect(plan.changes.find((change) => change.itemId === kit.id)).toMatchObject({ after: 4, reason: 'kit' });
    expect(kit.available_quantity).toBe(4);

    await sell(rig, DEMO_SELLER_ID, kit.id);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect((await rowOf(rig, sku))?.onHand).toBe(7);

    await call(rig.host, 'stock.set', { sku, buffer: 2 });
    await call(rig.host, 'stock.cap', { itemId: rig.second.id, maxQuantity: 3 });
    await planAndApply(rig);
    expect(first.available_quantity).toBe(5);
    expect(rig.second.available_quantity).toBe(3);
    expect(kit.available_quantity).toBe(2);
  });

  it('never writes a fulfilment listing, and its sales do not lower the stock held here', async () => {
    rig = await twoStoreRig();
    const { sku } = rig;
    const fulfilment = itemsOf(rig, DEMO_SELLER_ID).find((item) => item.shipping.logistic_type === 'fulfillment' && item.status === 'active' && item.variations.length === 0 && item.available_quantity > 0);
    if (!fulfilment) throw new Error('no fulfilment listing');
    await call(rig.host, 'stock.link', { sku, itemId: fulfilment.id, units: 1 });
    await call(rig.host, 'stock.set', { sku, onHand: 50 });
    const plan = await planAndApply(rig);
    expect(plan.fulfilment).toBe(1);
    expect(plan.changes.map((change) => change.itemId)).not.toContain(fulfilment.id);
    const row = await rowOf(rig, sku);
    expect(row?.heldElsewhere).toBe(fulfilment.available_quantity);
    expect(row?.links.find((link) => link.itemId === fulfilment.id)).toMatchObject({ fulfilment: true, target: null });

    await sell(rig, DEMO_SELLER_ID, fulfilment.id);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect((await rowOf(rig, sku))?.onHand).toBe(50);
    await planAndApply(rig);
    expect(putsTo(rig, fulfilment.id)).toBe(0);
  });

  it('lists listings without a SKU and refuses bad input with a clear error', async () => {
    rig = await twoStoreRig();
    const bare = plainOf(rig, DEMO_SELLER_ID)[3];
    if (!bare) throw new Error('no listing');
    bare.seller_custom_field = null;
    bare.attributes = bare.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU');
    bare.last_updated = rig.sim.state.world.now();
    await rig.host.sync.syncAccount(DEMO_SELLER_ID, { forceFull: true });
    const list = await call<StockList>(rig.host, 'stock.list', {});
    expect(list.unlinked.map((entry) => entry.itemId)).toContain(bare.id);

    const refused = [
      await rig.host.dispatch('stock.set', { sku: 'NO-SUCH-SKU', onHand: 3 }),
      await rig.host.dispatch('stock.set', { sku: rig.sku, onHand: -1 }),
      await rig.host.dispatch('stock.link', { sku: rig.sku, itemId: 'MLA999999999', units: 2 }),
      await rig.host.dispatch('stock.apply', { planId: '00000000-0000-4000-8000-000000000000' }),
    ];
    expect(refused.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['not_found', 'invalid_input', 'not_found', 'not_found']);
  });

  it('applies automatically after a sync when switched on for the SKU, and logs it', async () => {
    rig = await twoStoreRig();
    const { sku, first, second } = rig;
    await call(rig.host, 'stock.set', { sku, onHand: 6, autoApply: true });
    await planAndApply(rig);
    await sell(rig, DEMO_SELLER_ID, first.id, 2);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    // The automatic apply runs once the sync has ended.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await settle(rig);
    expect(second.available_quantity).toBe(4);
    const log = await call<StockLogEntry[]>(rig.host, 'stock.log', {});
    expect(log.find((entry) => entry.kind === 'auto_apply' && entry.itemId === second.id)).toMatchObject({ before: 6, after: 4 });
  });

  it('waits for the end of a sync to apply automatically, while the Stock screen shows the sale at once', async () => {
    rig = await twoStoreRig();
    const target = rig;
    const { sku, first, second } = target;
    await call(target.host, 'stock.set', { sku, onHand: 6, autoApply: true });
    await planAndApply(target);
    await sell(target, DEMO_SELLER_ID, first.id, 2);
    // Once the orders and listings are stored, the rest of the sync answers slowly: its commits pause
    // far longer than the inventory waits for a pause outside a sync.
    const slowRest = target.host.events.on('sync.progress', ({ step }) => {
      if (step === 'shipments') target.sim.state.config = { ...target.sim.state.config, latency: { minMs: 1000, maxMs: 1000, spikeRate: 0, spikeMs: 0 } };
    });
    let running = true;
    const sync = target.host.sync.syncAccount(DEMO_SELLER_ID).finally(() => {
      running = false;
    });
    while (!target.events.some(({ event, payload }) => event === 'sync.progress' && (payload as { step: string }).step === 'shipments')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(running).toBe(true);
    expect((await rowOf(target, sku))?.onHand).toBe(4);
    expect(await call<StockLogEntry[]>(target.host, 'stock.log', { kinds: ['auto_apply'] })).toEqual([]);

    await sync;
    slowRest();
    target.sim.state.config = { ...target.sim.state.config, latency: { minMs: 0, maxMs: 0, spikeRate: 0, spikeMs: 0 } };
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await settle(target);
    expect(second.available_quantity).toBe(4);
    expect(await call<StockLogEntry[]>(target.host, 'stock.log', { kinds: ['auto_apply'] })).toEqual([expect.objectContaining({ itemId: second.id, before: 6, after: 4 })]);
  });
});
