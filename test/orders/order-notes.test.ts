// The seller's order notes, read from the simulator on demand and kept: shown by orders.get, printed on
// packing slips (escaped like all buyer-facing text), kept while Mercado Libre cannot be reached.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { DocumentInfo, PreviewOutput } from '../../shared/labels';
import type { OrderDetail, OrderNotesRefresh } from '../../shared/orders';
import { call, type SimHost } from '../helpers/sim-host';
import { labelsRig } from '../labels/labels-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const notesCalls = (current: SimHost) => current.sim.state.log.filter((entry) => entry.method === 'GET' && /^\/orders\/\d+\/notes$/.test(entry.path)).length;

function sellerOrders(current: SimHost) {
  return [...current.sim.state.world.orders.values()].filter((order) => order.seller_id === DEMO_SELLER_ID && order.lines.length > 0);
}

describe('order notes', () => {
  it('reads them on demand, keeps them, and asks again only after a while', async () => {
    const current = await labelsRig();
    rig = current;
    const [order, other] = sellerOrders(current);
    if (!order || !other) throw new Error('the demo store has too few orders');
    const at = current.sim.state.world.now();
    order.notes.push({ id: `${order.id}0001`, note: 'Envolver para regalo ^XA^FDpwn^FS', date_created: at, date_last_updated: at });

    const before = await call<OrderDetail>(current.host, 'orders.get', { id: order.id });
    expect(before).toMatchObject({ notes: [], notesReadAt: null });
    const calls = notesCalls(current);
    const read = await call<OrderNotesRefresh>(current.host, 'orders.notes.refresh', { orderIds: [order.id, other.id, order.id] });
    expect(read).toEqual({ read: expect.arrayContaining([order.id, other.id]) as number[], kept: [], failed: [] });
    expect(notesCalls(current) - calls).toBe(2);
    const detail = await call<OrderDetail>(current.host, 'orders.get', { id: order.id });
    expect(detail.notes).toEqual(['Envolver para regalo ^XA^FDpwn^FS']);
    expect(detail.notesReadAt).toEqual(expect.any(String));

    // Read a moment ago: not asked again.
    expect(await call<OrderNotesRefresh>(current.host, 'orders.notes.refresh', { orderIds: [order.id] })).toEqual({ read: [], kept: [order.id], failed: [] });
    expect(notesCalls(current) - calls).toBe(2);

    // The packing slip prints the note as text: its ^ never becomes a command.
    const doc = await call<DocumentInfo>(current.host, 'documents.create', { orderIds: [order.id], kind: 'packing_slip', format: 'zpl', size: '4x6in', dpi: 203 });
    const { zpl } = await call<PreviewOutput>(current.host, 'labels.preview', { documentId: doc.documentId });
    expect(zpl).toContain('Nota: Envolver para regalo _5EXA_5EFDpwn_5EFS');
    expect(zpl?.match(/\^XA/g)).toHaveLength(doc.pages);
  });

  it("keeps the notes it has while Mercado Libre cannot be reached, and says which orders it could not read", async () => {
    const current = await labelsRig();
    rig = current;
    const [order] = sellerOrders(current);
    if (!order) throw new Error('the demo store has no orders');
    const at = current.sim.state.world.now();
    order.notes.push({ id: `${order.id}0002`, note: 'Cliente pide factura A', date_created: at, date_last_updated: at });
    await call(current.host, 'orders.notes.refresh', { orderIds: [order.id] });
    // Mercado Libre out of reach: every connection dropped.
    current.sim.state.pending.drops = 1_000_000;
    const refresh = await call<OrderNotesRefresh>(current.host, 'orders.notes.refresh', { orderIds: [order.id], force: true });
    expect(refresh).toMatchObject({ read: [], kept: [], failed: [{ orderId: order.id, code: 'offline' }] });
    expect((await call<OrderDetail>(current.host, 'orders.get', { id: order.id })).notes).toEqual(['Cliente pide factura A']);
    // A packing slip does not wait long for notes it cannot read: it prints the kept one.
    const started = Date.now();
    const doc = await call<DocumentInfo>(current.host, 'documents.create', { orderIds: [order.id], kind: 'packing_slip', format: 'zpl', size: '4x6in', dpi: 203 });
    expect(Date.now() - started).toBeLessThan(8_000);
    const { zpl } = await call<PreviewOutput>(current.host, 'labels.preview', { documentId: doc.documentId });
    expect(zpl).toContain('Nota: Cliente pide factura A');
  });

  it('asks Mercado Libre once for an order two calls want at the same time', async () => {
    const current = await labelsRig();
    rig = current;
    const [order] = sellerOrders(current);
    if (!order) throw new Error('the demo store has no orders');
    const calls = notesCalls(current);
    const [first, second] = await Promise.all([
      call<OrderNotesRefresh>(current.host, 'orders.notes.refresh', { orderIds: [order.id], force: true }),
      call<OrderNotesRefresh>(current.host, 'orders.notes.refresh', { orderIds: [order.id], force: true }),
    ]);
    expect(first.read).toEqual([order.id]);
    expect(second.read).toEqual([order.id]);
    expect(notesCalls(current) - calls).toBe(1);
  });

  it('refuses an order not in the saved data with a 4xx and asks Mercado Libre nothing', async () => {
    const current = await labelsRig();
    rig = current;
    const calls = notesCalls(current);
    expect(await current.host.dispatch('orders.notes.refresh', { orderIds: [999_999_999] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await current.host.dispatch('orders.notes.refresh', { orderIds: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await current.host.dispatch('orders.notes.refresh', { orderIds: ['1; DROP TABLE orders'] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(notesCalls(current)).toBe(calls);
  });
});
