// Orders: search filters, sort, limits, hour-truncated dates, a single order (and its 206 partial
// form), notes, packs, and a live sale lowering stock.
import { describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { admin, useSimulator, type ErrorBody, type ItemBody } from './helpers';

const { sim, api } = await useSimulator();

interface Order {
  id: number;
  status: string;
  date_created: string;
  date_closed: string | null;
  date_last_updated: string;
  pack_id: number | null;
  shipping: { id: number | null };
  buyer: { id: number; nickname?: string };
  order_items: Array<{ item: { id: string; variation_id: number | null }; quantity: number }>;
  total_amount: number;
}
interface Search { results: Order[]; paging: { total: number; offset: number; limit: number } }

const base = `/orders/search?seller=${DEMO_SELLER_ID}`;

async function everyOrder(): Promise<Order[]> {
  const out: Order[] = [];
  for (let offset = 0; ; offset += 51) {
    const page = await api.get<Search>(`${base}&offset=${offset}&limit=51`);
    out.push(...page.body.results);
    if (offset + 51 >= page.body.paging.total) return out;
  }
}
const orders = await everyOrder();

describe('orders search', () => {
  it('holds about 300 orders across every status', () => {
    expect(orders).toHaveLength(300);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['confirmed', 'payment_required', 'payment_in_process', 'partially_paid', 'paid', 'partially_refunded', 'pending_cancel', 'cancelled']));
  });

  it('filters by order.status and refuses an unknown status', async () => {
    const cancelled = await api.get<Search>(`${base}&order.status=cancelled&limit=51`);
    expect(cancelled.body.paging.total).toBe(orders.filter((o) => o.status === 'cancelled').length);
    expect(cancelled.body.results.every((o) => o.status === 'cancelled')).toBe(true);
    expect((await api.get<ErrorBody>(`${base}&order.status=shipped`)).status).toBe(400);
  });

  it('refuses a limit above 51', async () => {
    const result = await api.get<ErrorBody>(`${base}&limit=52`);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'bad_request', status: 400, cause: [] });
  });

  it('refuses offsets past the cap, which is configurable (unverified on the real API)', async () => {
    expect((await api.get(`${base}&offset=10001`)).status).toBe(400);
    await admin(sim, 'PUT', '/config', { ordersOffsetCap: null });
    const uncapped = await api.get<Search>(`${base}&offset=10001`);
    await admin(sim, 'PUT', '/config', { ordersOffsetCap: 10_000 });
    expect(uncapped.status).toBe(200);
    expect(uncapped.body.results).toEqual([]);
  });

  it('sorts by date ascending by default and descending with sort=date_desc', async () => {
    const asc = (await api.get<Search>(`${base}&limit=10`)).body.results.map((o) => Date.parse(o.date_created));
    const desc = (await api.get<Search>(`${base}&limit=10&sort=date_desc`)).body.results.map((o) => Date.parse(o.date_created));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBeGreaterThan(asc[0] ?? Infinity);
  });

  it('truncates date filters to the hour: from=HH:59 still returns an order of HH:05', async () => {
    const order = orders.find((o) => new Date(o.date_created).getUTCMinutes() < 58);
    const created = new Date(order?.date_created ?? 0);
    const from = new Date(created);
    from.setUTCMinutes(59, 0, 0);
    const to = new Date(from.getTime() + 3_600_000);
    const result = await api.get<Search>(`${base}&order.date_created.from=${from.toISOString()}&order.date_created.to=${to.toISOString()}`);
    expect(result.body.results.map((o) => o.id)).toContain(order?.id);
  });

  it('filters by order.date_last_updated.from (the sync watermark)', async () => {
    const from = new Date(Date.parse(orders[orders.length - 1]?.date_last_updated ?? '') - 2 * 86_400_000);
    from.setUTCMinutes(0, 0, 0);
    const result = await api.get<Search>(`${base}&order.date_last_updated.from=${from.toISOString()}&limit=51`);
    const expected = orders.filter((o) => Date.parse(o.date_last_updated) >= from.getTime()).length;
    expect(result.body.paging.total).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(300);
  });

  it("refuses another seller's orders", async () => {
    expect((await api.get(`/orders/search?seller=241000202`)).status).toBe(403);
  });

  it('orders of a pack share the pack_id and one shipment', () => {
    const packs = new Map<number, Order[]>();
    for (const o of orders) if (o.pack_id !== null) packs.set(o.pack_id, [...(packs.get(o.pack_id) ?? []), o]);
    expect(packs.size).toBeGreaterThan(3);
    for (const members of packs.values()) {
      expect(members.length).toBeGreaterThan(1);
      expect(new Set(members.map((o) => o.shipping.id)).size).toBe(1);
    }
  });
});

describe('GET /orders/{id}', () => {
  it('answers the order, 404 order_not_found, 400 invalid_order_id', async () => {
    const order = orders[10];
    expect((await api.get<Order>(`/orders/${order?.id ?? 0}`)).body.id).toBe(order?.id);
    expect((await api.get<ErrorBody>('/orders/123')).body).toMatchObject({ status: 404, error: 'order_not_found' });
    expect((await api.get<ErrorBody>('/orders/abc')).body).toMatchObject({ status: 400, error: 'invalid_order_id' });
  });

  it("refuses another seller's order with not_owned_order", async () => {
    const foreign = sim.state.world.ordersBySeller.get(241000202)?.[0];
    expect((await api.get<ErrorBody>(`/orders/${foreign?.id ?? 0}`)).body).toMatchObject({ status: 403, error: 'not_owned_order' });
  });

  it('answers 206 with X-Content-Missing on demand, leaving out the missing parts', async () => {
    const order = orders.find((o) => o.status === 'paid');
    await admin(sim, 'POST', '/faults/next', { order_partial: 1 });
    const partial = await api.get<Partial<Order>>(`/orders/${order?.id ?? 0}`);
    expect(partial.status).toBe(206);
    expect(partial.headers.get('x-content-missing')).toBe('buyer');
    expect(partial.body.buyer).toBeUndefined();
    expect(partial.body.id).toBe(order?.id);
    expect((await api.get<Order>(`/orders/${order?.id ?? 0}`)).status).toBe(200);
  });
});

describe('order notes', () => {
  it('creates, lists, edits and deletes a note', async () => {
    const id = orders[5]?.id ?? 0;
    const created = await api.send<{ note: { id: string; note: string } }>('POST', `/orders/${id}/notes`, { note: 'Envolver para regalo' });
    expect(created.status).toBe(201);
    const noteId = created.body.note.id;
    const listed = await api.get<Array<{ order_id: string; results: Array<{ id: string; note: string }> }>>(`/orders/${id}/notes`);
    expect(listed.body[0]?.results).toEqual([expect.objectContaining({ id: noteId, note: 'Envolver para regalo' })]);
    expect((await api.send<{ note: { note: string } }>('PUT', `/orders/${id}/notes/${noteId}`, { note: 'Factura A' })).body.note.note).toBe('Factura A');
    expect((await api.send('DELETE', `/orders/${id}/notes/${noteId}`)).status).toBe(200);
    expect((await api.get<Array<{ results: unknown[] }>>(`/orders/${id}/notes`)).body[0]?.results).toEqual([]);
  });

  it('refuses a note longer than 300 characters', async () => {
    const id = orders[6]?.id ?? 0;
    expect((await api.send('POST', `/orders/${id}/notes`, { note: 'x'.repeat(300) })).status).toBe(201);
    expect((await api.send<ErrorBody>('POST', `/orders/${id}/notes`, { note: 'x'.repeat(301) })).status).toBe(400);
  });
});

describe('life', () => {
  it('a sale lowers stock, raises sold_quantity and shows up in the next sync', async () => {
    const search = await api.get<{ results: string[] }>(`/users/${DEMO_SELLER_ID}/items/search?status=active&limit=100`);
    const items = (await api.get<Array<{ body: ItemBody }>>(`/items?ids=${search.body.results.slice(0, 20).join(',')}`)).body.map((r) => r.body);
    const item = items.find((i) => i.variations.length === 0 && i.available_quantity >= 2);
    const watermark = new Date(Date.now() - 3_600_000).toISOString();
    const sale = await admin<Order[]>(sim, 'POST', '/sales', { seller_id: DEMO_SELLER_ID, item_id: item?.id, quantity: 2 });
    expect(sale.status).toBe(201);
    const after = (await api.get<ItemBody>(`/items/${item?.id ?? ''}`)).body;
    expect(after.available_quantity).toBe((item?.available_quantity ?? 0) - 2);
    expect(after.sold_quantity).toBe((item?.sold_quantity ?? 0) + 2);
    const synced = await api.get<Search>(`${base}&order.date_last_updated.from=${watermark}`);
    expect(synced.body.results.map((o) => o.id)).toContain(sale.body[0]?.id);
  });
});
