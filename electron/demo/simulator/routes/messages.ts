// Post-sale messages: a pack's conversation (newer /messages/packs/{pack}/sellers/{seller} form and
// the documented /messages/orders/{order} form), reading marks buyer messages read, sending
// (≤ 350 chars) and conversations blocked by the buyer or by time.
import { randomBytes } from 'node:crypto';
import { ApiError, fail, intParam, isRecord, json, objectBody, requireAuth, route, type Ctx, type Route } from '../core/http';
import { isoAt, isoOrNull, type Conversation, type MessageRecord, type OrderRecord } from '../model';
import type { SimState } from '../state';

const MAX_TEXT = 350;

function conversationOrders(sim: SimState, ctx: Ctx, key: number): OrderRecord[] {
  const auth = requireAuth(ctx);
  const direct = sim.world.orders.get(key);
  const orders = direct ? [direct] : (sim.world.ordersBySeller.get(auth.userId) ?? []).filter((o) => o.pack_id === key);
  if (orders.length === 0) {
    const elsewhere = [...sim.world.orders.values()].some((o) => o.pack_id === key);
    if (elsewhere) fail(403, 'forbidden', `User access token invalid for resource ${key}`);
    fail(404, 'not_found', `Pack ${key} not found`);
  }
  if (orders.some((o) => o.seller_id !== auth.userId)) fail(403, 'forbidden', `User access token invalid for resource ${key}`);
  return orders;
}

function packKeyOf(order: OrderRecord): number {
  return order.pack_id ?? order.id;
}

function conversationOf(sim: SimState, key: number, fallbackDate: number): Conversation {
  return sim.world.conversations.get(key) ?? { status: 'active', substatus: null, status_date: fallbackDate };
}

function renderNew(m: MessageRecord, clientId: string): Record<string, unknown> {
  return {
    id: m.id,
    site_id: m.site_id,
    client_id: Number(clientId),
    from: { user_id: m.from_id },
    to: { user_id: m.to_id },
    status: 'available',
    text: m.text,
    message_date: { received: isoAt(m.date, m.site_id), available: isoAt(m.date, m.site_id), notified: isoAt(m.date, m.site_id), created: isoAt(m.date, m.site_id), read: isoOrNull(m.read, m.site_id) },
    message_moderation: { status: 'clean', reason: null, source: 'online', moderation_date: isoAt(m.date, m.site_id) },
    message_attachments: null,
    message_resources: [{ id: String(m.pack_key), name: 'packs' }, { id: String(m.seller_id), name: 'sellers' }],
  };
}

function renderOld(m: MessageRecord): Record<string, unknown> {
  const email = (id: number) => `user.${id.toString(36)}+2-${m.id.slice(0, 12)}@mail.mercadolibre.com`;
  return {
    _id: m.id, message_id: m.id,
    date_received: isoAt(m.date, m.site_id), date: isoAt(m.date, m.site_id), date_available: isoAt(m.date, m.site_id), date_notified: isoAt(m.date, m.site_id), date_read: isoOrNull(m.read, m.site_id),
    from: { user_id: String(m.from_id), email: email(m.from_id), name: null },
    to: [{ user_id: String(m.to_id), email: email(m.to_id) }],
    subject: null, text: { plain: m.text }, attachments: [], attachments_validations: null, headers: null,
    site_id: m.site_id, resource: 'orders', resource_id: String(m.order_id), status: 'available', moderation_status: 'non_moderated', moderation: { status: 'non_moderated' },
  };
}

function markRead(sim: SimState, messages: MessageRecord[], sellerId: number): void {
  const now = sim.world.now();
  for (const m of messages) if (m.to_id === sellerId && m.read === null) m.read = now;
}

function page(ctx: Ctx, list: MessageRecord[]): { limit: number; offset: number; slice: MessageRecord[] } {
  const limit = intParam(ctx, 'limit', 10);
  if (limit < 1) fail(400, 'bad_request', 'The limit param must be greater than 0');
  const offset = intParam(ctx, 'offset', 0);
  return { limit, offset, slice: list.slice(offset, offset + limit) };
}

function getPack(sim: SimState) {
  return (ctx: Ctx) => {
    const auth = requireAuth(ctx);
    if (ctx.params.seller !== String(auth.userId)) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
    if (ctx.query.get('tag') !== 'post_sale') fail(400, 'bad_request', 'The tag param is required: tag=post_sale');
    const key = Number(ctx.params.pack);
    const orders = conversationOrders(sim, ctx, key);
    const first = orders[0] as OrderRecord;
    const all = sim.world.messages.get(packKeyOf(first)) ?? [];
    const { limit, offset, slice } = page(ctx, all);
    const body = {
      paging: { limit, offset, total: all.length },
      conversation_status: (() => {
        const c = conversationOf(sim, packKeyOf(first), first.date_created);
        return { path: `/packs/${packKeyOf(first)}/seller/${auth.userId}`, status: c.status, substatus: c.substatus, status_date: isoAt(c.status_date, first.site_id), status_update_allowed: false, claim_id: null, shipping_id: first.shipping_id };
      })(),
      messages: slice.map((m) => renderNew(m, auth.appId)),
      seller_max_message_length: MAX_TEXT,
      buyer_max_message_length: 3500,
    };
    if (ctx.query.get('mark_as_read') !== 'false') markRead(sim, slice, auth.userId);
    return json(body);
  };
}

function send(sim: SimState) {
  return (ctx: Ctx) => {
    const auth = requireAuth(ctx);
    if (ctx.params.seller !== String(auth.userId)) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
    const orders = conversationOrders(sim, ctx, Number(ctx.params.pack));
    const first = orders[0] as OrderRecord;
    const body = objectBody(ctx);
    const from = isRecord(body.from) ? Number(body.from.user_id) : NaN;
    const to = isRecord(body.to) ? Number(body.to.user_id) : NaN;
    if (!isRecord(body.from)) fail(400, 'bad_request', "The field 'from' is required");
    if (!isRecord(body.to)) fail(400, 'bad_request', "The field 'to.user_id' is required");
    if (from !== auth.userId) fail(403, 'forbidden', `Access denied for user ${String(from)} to order ${first.id}`);
    if (from === to) fail(400, 'bad_request', 'Sender and received must not be equals');
    if (to !== first.buyer.id) fail(403, 'forbidden', `Receiver does not belong to order ${first.id}`);
    const text = typeof body.text === 'string' ? body.text : isRecord(body.text) && typeof body.text.plain === 'string' ? body.text.plain : '';
    if (text.trim() === '') fail(400, 'bad_request', "The field 'text' is required");
    if (text.length > MAX_TEXT) fail(400, 'bad_request', `The message exceeds the maximum length of ${MAX_TEXT} characters`);
    const conversation = conversationOf(sim, packKeyOf(first), first.date_created);
    if (conversation.status === 'blocked') {
      const reason = conversation.substatus === 'blocked_by_time' ? 'has been blocked by time' : 'is blocked by buyer';
      throw new ApiError(403, 'forbidden', `You can not send the message because the conversation ${reason}.`, [{ code: conversation.substatus }]);
    }
    const message: MessageRecord = { id: randomBytes(16).toString('hex'), pack_key: packKeyOf(first), order_id: first.id, seller_id: auth.userId, from_id: auth.userId, to_id: first.buyer.id, text, date: sim.world.now(), read: null, site_id: first.site_id };
    sim.world.addMessage(message);
    return json(renderNew(message, auth.appId), 201);
  };
}

export function messageRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/messages/packs/:pack/sellers/:seller', getPack(sim)),
    route('POST', '/messages/packs/:pack/sellers/:seller', send(sim)),
    route('GET', '/messages/orders/:order', (ctx) => {
      const auth = requireAuth(ctx);
      const order = conversationOrders(sim, ctx, Number(ctx.params.order))[0] as OrderRecord;
      const all = (sim.world.messages.get(packKeyOf(order)) ?? []).filter((m) => m.order_id === order.id || order.pack_id !== null);
      const { limit, offset, slice } = page(ctx, all);
      const c = conversationOf(sim, packKeyOf(order), order.date_created);
      const body = { paging: { limit, offset, total: all.length }, results: slice.map(renderOld), conversation: { status: c.status, substatus: c.substatus, status_date: isoAt(c.status_date, order.site_id) } };
      markRead(sim, slice, auth.userId);
      return json(body);
    }),
    route('PUT', '/messages/mark_as_read/:ids', (ctx) => {
      const auth = requireAuth(ctx);
      const ids = (ctx.params.ids ?? '').split(',').filter(Boolean);
      if (ids.length === 0) fail(400, 'bad_request', 'Messages id empty or invalid.');
      const found = ids.map((id) => [...sim.world.messages.values()].flat().find((m) => m.id === id && m.seller_id === auth.userId));
      const missing = ids.find((_, i) => !found[i]);
      if (missing) fail(400, 'bad_request', `The specified message id: ${missing} does not exists`);
      const messages = found.filter((m): m is MessageRecord => m !== undefined);
      if (new Set(messages.map((m) => m.pack_key)).size > 1) fail(400, 'bad_request', 'Not allowed messages from multiple orders');
      markRead(sim, messages, auth.userId);
      return json({ message: 'Messages marked as read successfully', status: 200 });
    }),
    route('GET', '/messages/pending_read', (ctx) => {
      const auth = requireAuth(ctx);
      const results: Array<{ order_id: string; count: number }> = [];
      for (const list of sim.world.messages.values()) {
        const unread = list.filter((m) => m.to_id === auth.userId && m.read === null);
        const first = unread[0];
        if (first) results.push({ order_id: String(first.order_id), count: unread.length });
      }
      return json({ user_id: String(auth.userId), results });
    }),
  ];
}
