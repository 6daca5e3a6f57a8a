// Builds a whole store from a seed: sellers and apps, then per seller listings, 90 days of sales
// (every order status, shipping mode and logistic type, some packs), questions and post-sale messages.
import { createRng, type Rng } from '../core/prng';
import type { Buyer, ItemRecord, OrderStatus, QuestionRecord, SellerRecord, SiteId } from '../model';
import { recordSale, type SaleLine } from '../sales';
import { World } from '../world';
import { ANSWERS, MESSAGES, QUESTIONS, languageOf } from './catalog';
import { generateItems } from './generate-items';
import { makeBuyer } from './people';
import { DEFAULT_APP, PKCE_APP, seedSellers } from './sellers';
import type { AppRecord } from '../model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type StoreSize = 'demo' | 'large';

interface SellerPlan { items: number; orders: number; questions: number }

const PLANS: Record<StoreSize, Record<SiteId, SellerPlan>> = {
  demo: { MLA: { items: 60, orders: 300, questions: 30 }, MLB: { items: 20, orders: 60, questions: 10 }, MLM: { items: 15, orders: 40, questions: 8 } },
  large: { MLA: { items: 10_000, orders: 50_000, questions: 2_000 }, MLB: { items: 300, orders: 1_000, questions: 50 }, MLM: { items: 200, orders: 600, questions: 40 } },
};

const ALL_STATUSES: OrderStatus[] = ['paid', 'confirmed', 'payment_required', 'payment_in_process', 'partially_paid', 'partially_refunded', 'pending_cancel', 'cancelled'];
const RECENT_ONLY: OrderStatus[] = ['confirmed', 'payment_required', 'payment_in_process', 'partially_paid'];
const STATUS_WEIGHTS: ReadonlyArray<readonly [OrderStatus, number]> = [['paid', 74], ['cancelled', 9], ['partially_refunded', 3], ['pending_cancel', 2], ['confirmed', 3], ['payment_required', 3], ['payment_in_process', 3], ['partially_paid', 3]];

export interface GenerateOptions {
  seed: number;
  size: StoreSize;
  now: number;
  apps?: AppRecord[];
}

export function generateWorld(options: GenerateOptions): World {
  const rng = createRng(options.seed);
  const world = new World(options.seed, options.now, { order: 0, pack: 0, shipment: 0, question: 0, payment: 0, variation: 0, buyer: 0, message: 0, note: 0 });
  for (const app of [DEFAULT_APP, PKCE_APP, ...(options.apps ?? [])]) world.apps.set(app.client_id, { ...app, redirect_uris: [...app.redirect_uris] });
  const sellers = seedSellers(options.now);
  sellers.forEach((seller) => world.sellers.set(seller.id, seller));
  sellers.filter((s) => s.operatorOf === null).forEach((seller, index) => {
    const plan = PLANS[options.size][seller.site_id];
    const items = generateItems(rng, world, seller.id, seller.site_id, index + 1, { count: plan.items });
    const buyers = Array.from({ length: Math.max(20, Math.round(plan.orders * 0.6)) }, () => {
      const buyer = makeBuyer(rng, seller.site_id, 300_000_000 + world.nextId('buyer') * 13);
      world.buyers.set(buyer.id, buyer);
      return buyer;
    });
    generateOrders(rng, world, seller, items, buyers, plan.orders);
    generateQuestions(rng, world, seller, items, buyers, plan.questions);
  });
  return world;
}

function logisticKey(item: ItemRecord): string {
  return `${item.shipping.mode}:${item.shipping.logistic_type}`;
}

function orderAge(rng: Rng): number {
  // A store sells every day, a bit more lately: an eighth of the sales are from the last 36 hours.
  if (rng.chance(0.12)) return rng.int(5, 36 * 60) * 60_000;
  return Math.floor(Math.pow(rng.next(), 1.2) * 90 * DAY) + rng.int(0, HOUR);
}

function generateOrders(rng: Rng, world: World, seller: SellerRecord, items: ItemRecord[], buyers: Buyer[], count: number): void {
  // Every twelfth listing never sold: its title stays editable, as on Mercado Libre.
  const sellable = items.filter((_, index) => index % 12 !== 0);
  const byLogistic = new Map<string, ItemRecord[]>();
  for (const item of sellable) {
    const list = byLogistic.get(logisticKey(item));
    if (list) list.push(item);
    else byLogistic.set(logisticKey(item), [item]);
  }
  const coverage = [...byLogistic.values()].map((list) => list[0]).filter((item): item is ItemRecord => item !== undefined);
  // Plan sizes, dates and statuses in flat arrays first, then record sales oldest first (order ids
  // grow with time on Mercado Libre) without holding 50 000 intermediate objects.
  const sizes: number[] = [];
  for (let planned = 0; planned < count;) {
    const size = planned + 2 <= count && rng.chance(0.07) ? Math.min(rng.int(2, 3), count - planned) : 1;
    sizes.push(size);
    planned += size;
  }
  const dates = new Float64Array(sizes.length);
  const statuses: OrderStatus[] = [];
  for (let n = 0; n < sizes.length; n += 1) {
    const forced = n < ALL_STATUSES.length ? ALL_STATUSES[n] : undefined;
    let age = orderAge(rng);
    let status: OrderStatus = forced ?? rng.weighted(STATUS_WEIGHTS);
    if (RECENT_ONLY.includes(status)) {
      if (forced) age = rng.int(10, 20 * 60) * 60_000;
      else if (age > 3 * DAY) status = rng.chance(0.8) ? 'paid' : 'cancelled';
    }
    dates[n] = world.dataNow - age;
    statuses.push(status);
  }
  const order = Uint32Array.from(sizes.keys()).sort((a, b) => (dates[a] ?? 0) - (dates[b] ?? 0));
  let conversations = 0;
  for (let n = 0; n < order.length; n += 1) {
    const index = order[n] ?? 0;
    const status = statuses[index] ?? 'paid';
    const date = dates[index] ?? world.dataNow;
    const first = coverage[n] ?? rng.pick(sellable);
    const companions = byLogistic.get(logisticKey(first)) ?? [first];
    const lines: SaleLine[] = [];
    for (let k = 0; k < (sizes[index] ?? 1); k += 1) {
      const item = k === 0 ? first : rng.pick(companions);
      const variation = item.variations.length > 0 ? rng.pick(item.variations) : null;
      lines.push({ item, variation, quantity: rng.chance(0.85) ? 1 : rng.int(2, 3) });
    }
    const buyer = rng.pick(buyers);
    const orders = recordSale(world, { seller, buyer, lines, status, date, lowerStock: false, asOf: world.dataNow }, rng);
    const recorded = orders[0];
    if (!recorded || status === 'payment_required' || !rng.chance(0.35)) continue;
    conversations += 1;
    generateConversation(rng, world, seller, recorded.pack_id ?? recorded.id, recorded.id, buyer, date, conversations);
  }
}

function generateConversation(rng: Rng, world: World, seller: SellerRecord, packKey: number, orderId: number, buyer: Buyer, date: number, index: number): void {
  const lang = languageOf(seller.site_id);
  const count = rng.int(1, 4);
  let at = date + rng.int(10, 600) * 60_000;
  for (let i = 0; i < count; i += 1) {
    const fromBuyer = i % 2 === 0;
    const read = at + rng.int(5, 300) * 60_000;
    world.addMessage({
      id: `${rng.hex(8)}${world.nextId('message').toString(16).padStart(24, '0')}`,
      pack_key: packKey,
      order_id: orderId,
      seller_id: seller.id,
      from_id: fromBuyer ? buyer.id : seller.id,
      to_id: fromBuyer ? seller.id : buyer.id,
      text: rng.pick(fromBuyer ? MESSAGES[lang].buyer : MESSAGES[lang].seller),
      date: at,
      read: read < world.dataNow && rng.chance(0.8) ? read : null,
      site_id: seller.site_id,
    });
    at += rng.int(20, 1_440) * 60_000;
  }
  const old = world.dataNow - date > 30 * DAY;
  // Guarantee both kinds of blocked conversation exist in every store, whatever the seed.
  const byBuyer = index === 3 || rng.chance(0.03);
  const byTime = !byBuyer && (index === 5 || (old && rng.chance(0.25)));
  world.conversations.set(packKey, {
    status: byBuyer || byTime ? 'blocked' : 'active',
    substatus: byBuyer ? 'blocked_by_buyer' : byTime ? 'blocked_by_time' : null,
    status_date: byBuyer || byTime ? date + 3 * DAY : date,
  });
}

function generateQuestions(rng: Rng, world: World, seller: SellerRecord, items: ItemRecord[], buyers: Buyer[], count: number): void {
  const lang = languageOf(seller.site_id);
  const open = items.filter((item) => item.status === 'active' || item.status === 'paused');
  for (let n = 0; n < count; n += 1) {
    const item = rng.pick(open.length > 0 ? open : items);
    const date = world.dataNow - rng.int(5, 30 * 24 * 60) * 60_000;
    const status = n < 4 ? 'UNANSWERED' : rng.weighted([['UNANSWERED', 40], ['ANSWERED', 46], ['CLOSED_UNANSWERED', 4], ['UNDER_REVIEW', 4], ['BANNED', 3], ['DELETED', 3]] as const);
    const question: QuestionRecord = {
      id: 12_900_000_000 + world.nextId('question') * 3,
      item_id: item.id,
      seller_id: seller.id,
      from_id: rng.pick(buyers).id,
      text: rng.pick(QUESTIONS[lang]),
      status,
      date_created: date,
      answer: status === 'ANSWERED' ? { text: rng.pick(ANSWERS[lang]), status: 'ACTIVE', date_created: date + rng.int(5, 600) * 60_000 } : null,
    };
    world.questions.set(question.id, question);
  }
}
