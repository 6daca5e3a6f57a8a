// `orders.new` against the simulator and a real SQLite file: silent on an account's first sync, one
// announcement per sync for the sales it brought in (counted, the list capped), never twice for the
// same order, and never for a sale that arrives already cancelled.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { NEW_ORDERS_LISTED, type NewOrders } from '../../shared/orders';
import type { SimHost } from '../helpers/sim-host';
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
