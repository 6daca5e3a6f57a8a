// Life in the store: new sales (which lower stock) and new questions, either on a timer ("market
// activity", off by default, unref'd so it never keeps a process alive) or on demand from the admin API.
import { ApiError } from './core/http';
import { QUESTIONS, languageOf } from './data/catalog';
import { makeBuyer } from './data/people';
import type { Buyer, ItemRecord, OrderRecord, OrderStatus, QuestionRecord, SellerRecord } from './model';
import { recordSale } from './sales';
import type { SimState } from './state';

export interface SaleRequest {
  sellerId: number;
  itemId?: string;
  variationId?: number;
  quantity?: number;
  status?: OrderStatus;
  buyerId?: number;
}

function buyerFor(sim: SimState, seller: SellerRecord, buyerId?: number): Buyer {
  const world = sim.world;
  if (buyerId !== undefined) {
    const known = world.buyers.get(buyerId);
    if (known) return known;
  }
  const pool = [...world.buyers.values()].filter((b) => b.site_id === seller.site_id);
  if (buyerId === undefined && pool.length > 0 && world.rng.chance(0.7)) return world.rng.pick(pool);
  const buyer = makeBuyer(world.rng, seller.site_id, buyerId ?? 300_000_000 + world.nextId('buyer') * 13);
  world.buyers.set(buyer.id, buyer);
  return buyer;
}

function sellerOf(sim: SimState, sellerId: number): SellerRecord {
  const seller = sim.world.sellers.get(sellerId);
  if (!seller || seller.operatorOf !== null) throw new ApiError(404, 'not_found', `Seller ${sellerId} not found`);
  return seller;
}

export function createSale(sim: SimState, request: SaleRequest): OrderRecord[] {
  const seller = sellerOf(sim, request.sellerId);
  const quantity = request.quantity ?? 1;
  const items = sim.world.itemsBySeller.get(seller.id) ?? [];
  const sellable = (i: { available_quantity: number }) => i.available_quantity >= quantity;
  const candidates = items.filter((i) => i.status === 'active' && sellable(i));
  const item: ItemRecord | undefined = request.itemId !== undefined
    ? items.find((i) => i.id === request.itemId)
    : candidates.length > 0 ? sim.world.rng.pick(candidates) : undefined;
  if (!item) throw new ApiError(400, 'bad_request', 'No item of this seller can be sold');
  if (item.status !== 'active') throw new ApiError(400, 'bad_request', `Item ${item.id} is ${item.status}: it cannot be bought`);
  const inStock = item.variations.filter(sellable);
  const variation = request.variationId !== undefined
    ? item.variations.find((v) => v.id === request.variationId) ?? null
    : inStock.length > 0 ? sim.world.rng.pick(inStock) : null;
  if (request.variationId !== undefined && !variation) throw new ApiError(400, 'bad_request', `Variation ${request.variationId} not found in ${item.id}`);
  if (item.variations.length > 0 && !variation) throw new ApiError(400, 'bad_request', `Not enough stock in ${item.id}`);
  if ((variation ?? item).available_quantity < quantity) throw new ApiError(400, 'bad_request', `Not enough stock in ${item.id}`);
  return recordSale(sim.world, { seller, buyer: buyerFor(sim, seller, request.buyerId), lines: [{ item, variation, quantity }], status: request.status ?? 'paid', date: sim.world.now(), lowerStock: true });
}

export function createQuestion(sim: SimState, request: { sellerId: number; itemId?: string; fromId?: number; text?: string }): QuestionRecord {
  const seller = sellerOf(sim, request.sellerId);
  const items = (sim.world.itemsBySeller.get(seller.id) ?? []).filter((i) => i.status === 'active');
  const item = request.itemId !== undefined ? items.find((i) => i.id === request.itemId) : items.length > 0 ? sim.world.rng.pick(items) : undefined;
  if (!item) throw new ApiError(400, 'bad_request', 'No active item to ask about');
  const from = request.fromId ?? buyerFor(sim, seller).id;
  if (sim.world.blacklists.get(seller.id)?.has(from)) throw new ApiError(403, 'forbidden', `User ${from} is blocked from asking this seller`);
  const question: QuestionRecord = {
    id: 12_900_000_000 + sim.world.nextId('question') * 3,
    item_id: item.id,
    seller_id: seller.id,
    from_id: from,
    text: request.text ?? sim.world.rng.pick(QUESTIONS[languageOf(seller.site_id)]),
    status: 'UNANSWERED',
    date_created: sim.world.now(),
    answer: null,
  };
  sim.world.questions.set(question.id, question);
  return question;
}

export interface Activity {
  /** Re-reads config.marketActivity and starts or stops the timer. */
  sync(): void;
  stop(): void;
  tick(): void;
}

export function startActivity(sim: SimState): Activity {
  let timer: NodeJS.Timeout | null = null;
  const tick = (): void => {
    const sellers = [...sim.world.sellers.values()].filter((s) => s.operatorOf === null);
    const seller = sim.world.rng.pick(sellers);
    try {
      createSale(sim, { sellerId: seller.id });
      if (sim.world.rng.chance(0.5)) createQuestion(sim, { sellerId: seller.id });
    } catch (error) {
      // A store with nothing left to sell simply stays quiet.
      if (!(error instanceof ApiError)) throw error;
    }
  };
  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  const sync = (): void => {
    stop();
    if (!sim.config.marketActivity.enabled) return;
    timer = setInterval(tick, sim.config.marketActivity.intervalMs);
    timer.unref();
  };
  sync();
  return { sync, stop, tick };
}
