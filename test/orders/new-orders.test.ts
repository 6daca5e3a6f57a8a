// `orders.new` against the simulator and a real SQLite file: silent on an account's first sync, one
// announcement per sync for the sales it brought in (counted, the list capped), never twice for the
// same order, and never for a sale that arrives already cancelled.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { openDatabase } from '../../electron/db/database';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { Order } from '../../electron/meli/schemas';
import { createNewOrderWatch } from '../../electron/orders/new-orders';
import { upsertOrders } from '../../electron/orders/orders-store';
import { writeWatermark } from '../../electron/sync/sync-state';
import { NEW_ORDERS_LISTED, type NewOrders } from '../../shared/orders';
import type { SimHost } from '../helpers/sim-host';
import { tempDir } from '../helpers/temp-dir';
import { syncedRig } from '../outbox/outbox-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const announced = (target: SimHost) => target.events.filter((event) => event.event === 'orders.new').map((event) => event.payload as NewOrders);

async function sell(target: SimHost, body: Record<string, unknown> = {}): Promise<number> {
  const orders = (await target.sim.admin('/__sim/sales', { method: 'POST', body: { seller_id: DEMO_SELLER_ID, ...body } })) as Array<{ id: number }>;
  const [order] = orders;
  if (!order) throw new Error('the simulator made no order');
  return order.id;
}

describe('new orders', () => {
  it('says nothing on the first sync, then announces a new sale once', async () => {
    rig = await syncedRig();
    const cached = (await rig.host.dispatch('orders.query', { limit: 1 })) as { ok: true; value: { total: number } };
    expect(cached.value.total).toBeGreaterThan(10);
    expect(announced(rig)).toEqual([]);

    const sold = await sell(rig);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(announced(rig)).toEqual([{ userId: DEMO_SELLER_ID, total: 1, orders: [expect.objectContaining({ id: sold })] }]);

    // The same order read again (a second sync, Sync now) is no news.
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID, { checkAll: true });
    expect(announced(rig)).toHaveLength(1);
  });

  it('groups the sales of one sync into one announcement, lists the first ten, and leaves out cancelled ones', async () => {
    rig = await syncedRig();
    const sold: number[] = [];
    for (let n = 0; n < NEW_ORDERS_LISTED + 2; n += 1) sold.push(await sell(rig));
    const cancelled = await sell(rig, { status: 'cancelled' });
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const [found, ...more] = announced(rig);
    expect(more).toEqual([]);
    expect(found?.total).toBe(sold.length);
    expect(found?.orders.map((order) => order.id)).toEqual(sold.slice(0, NEW_ORDERS_LISTED));
    expect(found?.orders.map((order) => order.id)).not.toContain(cancelled);

    // One more sale after them (at the same simulated instant) is still new, and only it.
    const later = await sell(rig);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(announced(rig).map((event) => event.orders.map((order) => order.id))).toEqual([sold.slice(0, NEW_ORDERS_LISTED), [later]]);
  });
});

describe('new orders of several accounts', () => {
  const sale = (id: number, created: string) =>
    Order.parse({ id, status: 'paid', date_created: created, date_last_updated: created, total_amount: 100, currency_id: 'ARS', buyer: { id: 9, nickname: 'ANA' }, order_items: [{ item: { id: 'MLA1', title: `Mate ${id}` }, quantity: 1, unit_price: 100 }] });

  it('announces each account when its own sync ends, in UTC order whatever the offset, and not an order older than the newest saved', () => {
    const db = openDatabase(path.join(tempDir(), 'cache.sqlite'));
    const found: NewOrders[] = [];
    for (const userId of [1, 2]) {
      upsertAccount(db, { userId, nickname: `TIENDA${userId}`, siteId: 'MLA', raw: {} });
      writeWatermark(db, userId, 'sync.completed_at', '2026-12-01T00:00:00.000Z');
      upsertOrders(db, userId, [{ order: sale(userId * 100, '2026-12-01T10:00:00.000-03:00') }]);
    }
    const watch = createNewOrderWatch(db, (announced) => found.push(announced));
    watch.seed();

    // 16:30 at +01:00 is 12:30 in Buenos Aires, after the newest saved (10:00 there); 09:00 there is before it.
    upsertOrders(db, 1, [{ order: sale(101, '2026-12-01T16:30:00.000+01:00') }, { order: sale(102, '2026-12-01T09:00:00.000-03:00') }]);
    upsertOrders(db, 2, [{ order: sale(201, '2026-12-01T11:00:00.000-03:00') }]);
    watch.changed(1);
    watch.changed(2);
    watch.flush([1]);
    expect(found.map((event) => [event.userId, event.orders.map((order) => order.id)])).toEqual([[1, [101]]]);
    watch.flush([1]);
    watch.flush([2]);
    expect(found.map((event) => [event.userId, event.orders.map((order) => order.id)])).toEqual([[1, [101]], [2, [201]]]);
    db.close();
  });
});
