// Orders: search with status and date filters (dates truncated to the hour), sort, limit ≤ 51 and
// an offset cap; a single order (206 + X-Content-Missing on demand); order notes (≤ 300 chars).
import { ApiError, fail, idParam, intParam, json, objectBody, requireAuth, route, type Ctx, type Route } from '../core/http';
import { takeFault } from '../faults';
import { isoAt, type OrderNote, type OrderRecord, type OrderStatus } from '../model';
import type { SimState } from '../state';
import { renderOrder, renderShipment } from '../views';

const STATUSES: OrderStatus[] = ['confirmed', 'payment_required', 'payment_in_process', 'partially_paid', 'paid', 'partially_refunded', 'pending_cancel', 'cancelled'];
const MAX_LIMIT = 51;
const HOUR = 3_600_000;
const NOTE_MAX = 300;
const DATE_FIELDS = { date_created: (o: OrderRecord) => o.date_created, date_last_updated: (o: OrderRecord) => o.date_last_updated, date_closed: (o: OrderRecord) => o.date_closed } as const;

function hourParam(ctx: Ctx, name: string): number | null {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return null;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) fail(400, 'bad_request', `Invalid date in ${name}: ${raw}`);
  // Mercado Libre ignores minutes and seconds in order date filters.
  return Math.floor(ms / HOUR) * HOUR;
}

function search(sim: SimState) {
  return (ctx: Ctx) => {
    const auth = requireAuth(ctx);
    const seller = ctx.query.get('seller');
    if (!seller) fail(400, 'bad_request', 'The seller param is required');
    if (seller !== String(auth.userId)) fail(403, 'forbidden', 'caller.id does not match seller');
    const statusParam = ctx.query.get('order.status');
    const statuses = statusParam ? statusParam.split(',') : null;
    if (statuses?.some((s) => !STATUSES.includes(s as OrderStatus))) fail(400, 'bad_request', `Invalid order.status: ${statusParam ?? ''}`);
    const limit = intParam(ctx, 'limit', MAX_LIMIT);
    if (limit > MAX_LIMIT) fail(400, 'bad_request', `Limit must be lower or equal than ${MAX_LIMIT}`);
    const offset = intParam(ctx, 'offset', 0);
    const cap = sim.config.ordersOffsetCap;
    if (cap !== null && offset > cap) fail(400, 'bad_request', `Offset must be lower or equal than ${cap}: split the search by date instead`);
    const sort = ctx.query.get('sort') ?? 'date_asc';
    if (sort !== 'date_asc' && sort !== 'date_desc') fail(400, 'bad_request', `Invalid sort: ${sort}`);
    const ranges = (Object.keys(DATE_FIELDS) as Array<keyof typeof DATE_FIELDS>).map((field) => ({
      get: DATE_FIELDS[field], from: hourParam(ctx, `order.${field}.from`), to: hourParam(ctx, `order.${field}.to`),
    })).filter((r) => r.from !== null || r.to !== null);
    // The list is kept in date order, so sorting is a direction, not a sort (50 000 orders stay fast).
    const list = sim.world.ordersBySeller.get(auth.userId) ?? [];
    const found = statuses === null && ranges.length === 0 ? list : list.filter((order) => {
      if (statuses && !statuses.includes(order.status)) return false;
      return ranges.every((r) => {
        const value = r.get(order);
        if (value === null) return false;
        return (r.from === null || value >= r.from) && (r.to === null || value <= r.to);
      });
    });
    const total = found.length;
    const page = sort === 'date_asc'
      ? found.slice(offset, offset + limit)
      : found.slice(Math.max(0, total - offset - limit), Math.max(0, total - offset)).reverse();
    const sellerRecord = sim.world.sellers.get(auth.userId);
    return json({
      query: null,
      display: 'complete',
      paging: { total, offset, limit },
      results: page.map((o) => renderOrder(o, sellerRecord)),
      sort: { id: sort, name: sort === 'date_asc' ? 'Date ascending' : 'Date descending' },
      available_sorts: [{ id: sort === 'date_asc' ? 'date_desc' : 'date_asc', name: sort === 'date_asc' ? 'Date descending' : 'Date ascending' }],
      filters: statuses ? [{ id: 'order.status', name: 'Order Status', type: 'text', values: statuses.map((s) => ({ id: s, name: s })) }] : [],
      available_filters: [{ id: 'order.status', name: 'Order Status', type: 'text', values: STATUSES.map((s) => ({ id: s, name: s })) }],
    });
  };
}

export function ownedOrder(sim: SimState, ctx: Ctx): OrderRecord {
  const auth = requireAuth(ctx);
  const id = idParam(ctx, 'id', 'invalid_order_id', 'order');
  const order = sim.world.orders.get(id);
  if (!order) fail(404, 'order_not_found', 'Order not found.');
  if (order.seller_id !== auth.userId && order.buyer.id !== auth.userId) fail(403, 'not_owned_order', 'The user has not access to the order.');
  return order;
}

function getOrder(sim: SimState) {
  return (ctx: Ctx) => {
    const order = ownedOrder(sim, ctx);
    const body = renderOrder(order, sim.world.sellers.get(order.seller_id));
    if (!takeFault(sim.pending, 'orderPartials', sim.config.faults.orderPartialRate, sim.world.rng)) return json(body);
    // A partial answer: some parts could not be read in time and are left out.
    const missing = sim.config.faults.partialFields.filter((field) => field in body);
    for (const field of missing) delete body[field];
    return json(body, 206, { 'x-content-missing': missing.join(',') });
  };
}

function noteText(ctx: Ctx): string {
  const body = objectBody(ctx);
  const note = body.note;
  if (typeof note !== 'string' || note.trim() === '') fail(400, 'bad_request', 'The note is required');
  if (note.length > NOTE_MAX) fail(400, 'bad_request', `The note must have at most ${NOTE_MAX} characters`);
  return note;
}

function renderNote(note: OrderNote, order: OrderRecord): Record<string, unknown> {
  return { id: note.id, note: note.note, date_created: isoAt(note.date_created, order.site_id), date_last_updated: isoAt(note.date_last_updated, order.site_id) };
}

function findNote(order: OrderRecord, ctx: Ctx): OrderNote {
  const note = order.notes.find((n) => n.id === ctx.params.note_id);
  if (!note) throw new ApiError(404, 'not_found', `Note ${ctx.params.note_id ?? ''} not found`);
  return note;
}

export function orderRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/orders/search', search(sim)),
    route('GET', '/orders/:id', getOrder(sim)),
    route('GET', '/orders/:id/shipments', (ctx) => {
      const order = ownedOrder(sim, ctx);
      const shipment = order.shipping_id === null ? undefined : sim.world.shipments.get(order.shipping_id);
      if (!shipment) fail(404, 'not_found', `Order ${order.id} has no shipment`);
      return json(renderShipment(shipment, sim.world.sellers.get(order.seller_id)));
    }),
    route('GET', '/orders/:id/notes', (ctx) => {
      const order = ownedOrder(sim, ctx);
      return json([{ order_id: String(order.id), results: order.notes.map((n) => renderNote(n, order)) }]);
    }),
    route('POST', '/orders/:id/notes', (ctx) => {
      const order = ownedOrder(sim, ctx);
      const text = noteText(ctx);
      const now = sim.world.now();
      const note: OrderNote = { id: `${order.id}${String(sim.world.nextId('note')).padStart(4, '0')}`, note: text, date_created: now, date_last_updated: now };
      order.notes.push(note);
      return json({ order_id: String(order.id), note: renderNote(note, order) }, 201);
    }),
    route('PUT', '/orders/:id/notes/:note_id', (ctx) => {
      const order = ownedOrder(sim, ctx);
      const note = findNote(order, ctx);
      note.note = noteText(ctx);
      note.date_last_updated = sim.world.now();
      return json({ order_id: String(order.id), note: renderNote(note, order) });
    }),
    route('DELETE', '/orders/:id/notes/:note_id', (ctx) => {
      const order = ownedOrder(sim, ctx);
      const note = findNote(order, ctx);
      order.notes = order.notes.filter((n) => n !== note);
      return json({ order_id: String(order.id), note_id: note.id, deleted: true });
    }),
  ];
}
