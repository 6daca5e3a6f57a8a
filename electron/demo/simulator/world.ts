// The store's live state: every record, the indexes routes search by, id counters, the simulated
// clock, and the state changes several routes share (a sale lowers stock, stock 0 pauses an item).
import { createRng, type Rng } from './core/prng';
import type {
  AppRecord, Buyer, Conversation, ItemRecord, MessageRecord, OrderRecord, QuestionRecord, SellerRecord, ShipmentRecord,
} from './model';

export interface Counters {
  order: number;
  pack: number;
  shipment: number;
  question: number;
  payment: number;
  variation: number;
  buyer: number;
  message: number;
  note: number;
}

export class World {
  readonly sellers = new Map<number, SellerRecord>();
  readonly apps = new Map<string, AppRecord>();
  readonly items = new Map<string, ItemRecord>();
  readonly itemsBySeller = new Map<number, ItemRecord[]>();
  readonly orders = new Map<number, OrderRecord>();
  /** Each seller's orders in creation order (ids grow with time, as on Mercado Libre). */
  readonly ordersBySeller = new Map<number, OrderRecord[]>();
  readonly shipments = new Map<number, ShipmentRecord>();
  readonly questions = new Map<number, QuestionRecord>();
  readonly messages = new Map<number, MessageRecord[]>();
  readonly conversations = new Map<number, Conversation>();
  readonly blacklists = new Map<number, Set<number>>();
  readonly buyers = new Map<number, Buyer>();
  /** The live random stream (market activity, faults); generation uses its own. */
  readonly rng: Rng;
  private clockOffsetMs = 0;
  private readonly orderStats = new Map<number, { total: number; canceled: number }>();

  constructor(
    readonly seed: number,
    readonly dataNow: number,
    readonly counters: Counters,
  ) {
    this.rng = createRng(seed ^ 0x5eed);
  }

  /** Real time plus whatever the admin clock advanced: token, code and scroll expiry use it. */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  addItem(item: ItemRecord): void {
    this.items.set(item.id, item);
    const list = this.itemsBySeller.get(item.seller_id) ?? [];
    list.push(item);
    this.itemsBySeller.set(item.seller_id, list);
  }

  /** Keeps each seller's list in date_created order, so searches page through it without sorting. */
  addOrder(order: OrderRecord): void {
    this.orders.set(order.id, order);
    const list = this.ordersBySeller.get(order.seller_id) ?? [];
    let at = list.length;
    while (at > 0 && (list[at - 1]?.date_created ?? 0) > order.date_created) at -= 1;
    if (at === list.length) list.push(order);
    else list.splice(at, 0, order);
    this.ordersBySeller.set(order.seller_id, list);
    this.orderStats.delete(order.seller_id);
  }

  /** Transaction counts for /users: cached, since orders only ever get added. */
  statsOf(sellerId: number): { total: number; canceled: number } {
    const cached = this.orderStats.get(sellerId);
    if (cached) return cached;
    const list = this.ordersBySeller.get(sellerId) ?? [];
    let canceled = 0;
    for (const order of list) if (order.status === 'cancelled') canceled += 1;
    const stats = { total: list.length, canceled };
    this.orderStats.set(sellerId, stats);
    return stats;
  }

  addMessage(message: MessageRecord): void {
    const list = this.messages.get(message.pack_key) ?? [];
    list.push(message);
    this.messages.set(message.pack_key, list);
  }

  nextId(kind: keyof Counters): number {
    this.counters[kind] += 1;
    return this.counters[kind];
  }
}

/** Stock rules shared by item edits and sales: 0 pauses as out_of_stock, stock back reactivates it. */
export function applyStockStatus(item: ItemRecord): void {
  if (item.variations.length > 0) item.available_quantity = item.variations.reduce((sum, v) => sum + v.available_quantity, 0);
  const outOfStock = item.sub_status.includes('out_of_stock');
  if (item.available_quantity === 0 && item.status === 'active') {
    item.status = 'paused';
    item.sub_status = ['out_of_stock'];
  } else if (item.available_quantity > 0 && item.status === 'paused' && outOfStock) {
    item.status = 'active';
    item.sub_status = item.sub_status.filter((s) => s !== 'out_of_stock');
  }
}
