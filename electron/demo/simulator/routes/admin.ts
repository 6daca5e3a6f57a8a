// The /__sim/ admin API for tests, benchmarks and the demo store's sign-in: seeded sellers and apps,
// tokens without the browser page, run-time configuration and one-shot faults, the request log,
// the clock, explicit sales and questions, and reset to the seed. Never rate limited or logged.
import { z } from 'zod';
import { createQuestion, createSale, type Activity } from '../activity';
import { applyPatch, configPatchSchema } from '../config';
import { ApiError, json, route, type Ctx, type Route } from '../core/http';
import type { SimState } from '../state';
import { renderOrder, renderShipment } from '../views';
import { issueFor } from './auth';

function parse<T>(schema: z.ZodType<T>, ctx: Ctx): T {
  const text = ctx.rawBody.toString('utf8');
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new ApiError(400, 'bad_request', 'Malformed JSON body');
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ApiError(400, 'bad_request', 'Invalid admin request', result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return result.data;
}

const userBody = z.object({ user_id: z.coerce.number().int(), client_id: z.string().optional() });
const appBody = z.object({ client_id: z.string().optional(), client_secret: z.string().optional(), name: z.string().optional(), redirect_uris: z.array(z.string()).min(1), pkce: z.boolean().optional() });
const faultsBody = z.object({ server_error: z.number().int().min(0), drop: z.number().int().min(0), drop_after_write: z.number().int().min(0), item_conflict: z.number().int().min(0), order_partial: z.number().int().min(0), rate_limited: z.number().int().min(0) }).partial();
const saleBody = z.object({ seller_id: z.coerce.number().int(), item_id: z.string().optional(), variation_id: z.number().int().optional(), quantity: z.number().int().min(1).optional(), buyer_id: z.number().int().optional(), status: z.enum(['confirmed', 'payment_required', 'payment_in_process', 'partially_paid', 'paid', 'partially_refunded', 'pending_cancel', 'cancelled']).optional() });
const questionBody = z.object({ seller_id: z.coerce.number().int(), item_id: z.string().optional(), from_id: z.number().int().optional(), text: z.string().min(1).optional() });
const shipmentBody = z.object({ status: z.enum(['pending', 'handling', 'ready_to_ship', 'shipped', 'delivered', 'not_delivered', 'cancelled']), substatus: z.string().nullable().optional() });
const conversationBody = z.object({ status: z.enum(['active', 'blocked']), substatus: z.enum(['blocked_by_buyer', 'blocked_by_time']).nullable().optional() });

export interface AdminHooks {
  reset(seed: number): void;
  activity: Activity;
}

export function adminRoutes(sim: SimState, hooks: AdminHooks): Route[] {
  return [
    route('GET', '/__sim/sellers', () => json([...sim.world.sellers.values()].map((s) => ({ id: s.id, nickname: s.nickname, site_id: s.site_id, is_default: s.isDefault, operator_of: s.operatorOf })))),
    route('GET', '/__sim/apps', () => json([...sim.world.apps.values()])),
    route('POST', '/__sim/apps', (ctx) => {
      const body = parse(appBody, ctx);
      const clientId = body.client_id ?? String(5_830_172_946_700_000 + sim.world.apps.size);
      const app = { client_id: clientId, client_secret: body.client_secret ?? `sim-secret-${clientId}`, name: body.name ?? `App ${clientId}`, redirect_uris: body.redirect_uris, pkce: body.pkce ?? false };
      sim.world.apps.set(clientId, app);
      return json(app, 201);
    }),
    route('POST', '/__sim/token', (ctx) => {
      const body = parse(userBody, ctx);
      const clientId = body.client_id ?? [...sim.world.apps.keys()][0] ?? '';
      if (!sim.world.apps.has(clientId)) throw new ApiError(400, 'invalid_client', 'invalid client_id or client_secret');
      return json(issueFor(sim, body.user_id, clientId));
    }),
    route('GET', '/__sim/config', () => json({ config: sim.config, pending: sim.pending })),
    route('PUT', '/__sim/config', (ctx) => {
      sim.config = applyPatch(sim.config, parse(configPatchSchema, ctx));
      hooks.activity.sync();
      return json({ config: sim.config, pending: sim.pending });
    }),
    route('POST', '/__sim/faults/next', (ctx) => {
      const body = parse(faultsBody, ctx);
      sim.pending.serverErrors += body.server_error ?? 0;
      sim.pending.drops += body.drop ?? 0;
      sim.pending.dropsAfterWrite += body.drop_after_write ?? 0;
      sim.pending.itemConflicts += body.item_conflict ?? 0;
      sim.pending.orderPartials += body.order_partial ?? 0;
      sim.pending.rateLimited += body.rate_limited ?? 0;
      return json({ pending: sim.pending });
    }),
    route('GET', '/__sim/requests', (ctx) => {
      const prefix = ctx.query.get('path_prefix');
      const requests = prefix ? sim.log.filter((r) => r.path.startsWith(prefix)) : sim.log;
      return json({ total: requests.length, requests });
    }),
    route('DELETE', '/__sim/requests', () => {
      sim.log.length = 0;
      return json({ total: 0 });
    }),
    route('POST', '/__sim/reset', (ctx) => {
      const body = parse(z.object({ seed: z.number().int().optional() }), ctx);
      const seed = body.seed ?? sim.world.seed;
      hooks.reset(seed);
      hooks.activity.sync();
      return json({ seed, items: sim.world.items.size, orders: sim.world.orders.size });
    }),
    route('POST', '/__sim/tokens/revoke', (ctx) => {
      const body = parse(userBody, ctx);
      return json({ revoked_grants: sim.auth.revokeUser(body.user_id, body.client_id) });
    }),
    route('POST', '/__sim/tokens/expire', (ctx) => {
      const body = parse(z.object({ user_id: z.coerce.number().int().optional() }), ctx);
      return json({ expired_tokens: sim.auth.expireAccess(body.user_id ?? null, sim.world.now()) });
    }),
    route('POST', '/__sim/clock', (ctx) => {
      const body = parse(z.object({ advance_seconds: z.number().min(0) }), ctx);
      sim.world.advanceClock(body.advance_seconds * 1000);
      return json({ now: new Date(sim.world.now()).toISOString() });
    }),
    route('POST', '/__sim/sales', (ctx) => {
      const b = parse(saleBody, ctx);
      const orders = createSale(sim, { sellerId: b.seller_id, itemId: b.item_id, variationId: b.variation_id, quantity: b.quantity, status: b.status, buyerId: b.buyer_id });
      return json(orders.map((o) => renderOrder(o, sim.world.sellers.get(o.seller_id))), 201);
    }),
    route('POST', '/__sim/questions', (ctx) => {
      const b = parse(questionBody, ctx);
      const q = createQuestion(sim, { sellerId: b.seller_id, itemId: b.item_id, fromId: b.from_id, text: b.text });
      return json({ id: q.id, item_id: q.item_id, from: { id: q.from_id }, status: q.status, text: q.text }, 201);
    }),
    route('POST', '/__sim/activity/tick', () => {
      hooks.activity.tick();
      return json({ orders: sim.world.orders.size, questions: sim.world.questions.size });
    }),
    route('PUT', '/__sim/shipments/:id', (ctx) => {
      const shipment = sim.world.shipments.get(Number(ctx.params.id));
      if (!shipment) throw new ApiError(404, 'not_found', `Shipment ${ctx.params.id ?? ''} not found`);
      const body = parse(shipmentBody, ctx);
      shipment.status = body.status;
      shipment.substatus = body.substatus ?? null;
      shipment.last_updated = sim.world.now();
      return json(renderShipment(shipment, sim.world.sellers.get(shipment.seller_id)));
    }),
    route('PUT', '/__sim/conversations/:pack', (ctx) => {
      const body = parse(conversationBody, ctx);
      const conversation = { status: body.status, substatus: body.status === 'active' ? null : (body.substatus ?? 'blocked_by_buyer'), status_date: sim.world.now() };
      sim.world.conversations.set(Number(ctx.params.pack), conversation);
      return json(conversation);
    }),
    route('PUT', '/__sim/sellers/:id/recovery', (ctx) => {
      const seller = sim.world.sellers.get(Number(ctx.params.id));
      if (!seller) throw new ApiError(404, 'not_found', `Seller ${ctx.params.id ?? ''} not found`);
      const body = parse(z.object({ has_funds: z.boolean() }), ctx);
      seller.recovery = { ...seller.recovery, hasFunds: body.has_funds };
      return json({ seller_id: seller.id, has_funds: seller.recovery.hasFunds });
    }),
    route('GET', '/__sim/stats', () => json({
      seed: sim.world.seed, items: sim.world.items.size, orders: sim.world.orders.size, shipments: sim.world.shipments.size,
      questions: sim.world.questions.size, conversations: sim.world.messages.size, requests_logged: sim.log.length,
    })),
  ];
}
