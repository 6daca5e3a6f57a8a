// Creating sales: orders (one per cart line, sharing a pack_id when several), their payments and one
// shipment per pack whose status follows the order's status and age. Used by the generator for
// history and by market activity / the admin API for live sales, which also lower stock.
import type { Rng } from './core/prng';
import { round2, saleFee } from './data/fees';
import type {
  Buyer, ItemRecord, OrderRecord, OrderStatus, Payment, SellerRecord, ShipmentRecord, ShipmentStatus, Variation,
} from './model';
import { applyStockStatus, type World } from './world';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SaleLine {
  item: ItemRecord;
  variation: Variation | null;
  quantity: number;
}

export interface SaleSpec {
  seller: SellerRecord;
  buyer: Buyer;
  lines: SaleLine[];
  status: OrderStatus;
  date: number;
  /** Live sales take stock away; generated history only counts sold units. */
  lowerStock: boolean;
  /** The moment shipment progress is judged from: the data's "now" for history, the clock for live sales. */
  asOf?: number;
}

const PAID_LIKE: OrderStatus[] = ['paid', 'partially_refunded', 'pending_cancel'];

function shipmentState(rng: Rng, status: OrderStatus, logistic: string, mode: string, ageMs: number): { status: ShipmentStatus; substatus: string | null } {
  if (status === 'cancelled') return { status: 'cancelled', substatus: null };
  if (!PAID_LIKE.includes(status)) return { status: 'pending', substatus: null };
  const me2 = mode === 'me2';
  if (ageMs < 36 * HOUR) {
    if (logistic === 'fulfillment') return { status: 'ready_to_ship', substatus: 'in_warehouse' };
    if (!me2) return { status: 'handling', substatus: null };
    if (ageMs < 2 * HOUR && rng.chance(0.15)) return { status: 'handling', substatus: 'waiting_for_label_generation' };
    return { status: 'ready_to_ship', substatus: rng.chance(0.7) ? 'ready_to_print' : 'printed' };
  }
  if (ageMs < 5 * DAY) return { status: 'shipped', substatus: rng.pick(['in_hub', 'in_transit', 'out_for_delivery']) };
  if (rng.chance(0.04)) return { status: 'not_delivered', substatus: 'returning_to_sender' };
  return { status: 'delivered', substatus: null };
}

function payments(world: World, rng: Rng, status: OrderStatus, total: number, date: number): Payment[] {
  if (status === 'payment_required') return [];
  const base = (paymentStatus: Payment['status'], detail: string, amount: number): Payment => ({
    id: 80_000_000_000 + world.nextId('payment'),
    status: paymentStatus,
    status_detail: detail,
    transaction_amount: amount,
    total_paid_amount: amount,
    installments: rng.pick([1, 1, 3, 6, 12]),
    payment_method_id: rng.pick(['visa', 'master', 'account_money', 'pix', 'debvisa']),
    payment_type: 'credit_card',
    date_created: date,
    date_approved: ['approved', 'refunded'].includes(paymentStatus) ? date + 60_000 : null,
  });
  switch (status) {
    case 'payment_in_process': return [base('in_process', 'pending_contingency', total)];
    case 'partially_paid': return [base('approved', 'accredited', round2(total / 2))];
    case 'cancelled': return [base('refunded', 'refunded', total)];
    case 'confirmed': return [base('pending', 'pending_waiting_payment', total)];
    case 'partially_refunded': return [base('approved', 'partially_refunded', total)];
    default: return [base('approved', 'accredited', total)];
  }
}

export function recordSale(world: World, spec: SaleSpec, rng: Rng = world.rng): OrderRecord[] {
  const { seller, buyer, lines, status, date } = spec;
  const packId = lines.length > 1 ? 2_000_005_000_000_000 + world.nextId('pack') : null;
  const first = lines[0];
  if (!first) throw new Error('a sale needs at least one line');
  const { mode, logistic_type } = first.item.shipping;
  const shipment: ShipmentRecord | null = mode === 'not_specified' ? null : {
    id: 43_000_000_000 + world.nextId('shipment'),
    site_id: seller.site_id,
    seller_id: seller.id,
    buyer_id: buyer.id,
    order_ids: [],
    pack_id: packId,
    mode,
    logistic_type,
    status: 'pending',
    substatus: null,
    tracking_number: null,
    tracking_method: mode === 'me2' ? (seller.site_id === 'MLB' ? 'Correios' : seller.site_id === 'MLA' ? 'OCA' : 'DHL') : null,
    date_created: date,
    last_updated: date,
    history: { ready_to_ship: null, shipped: null, delivered: null, cancelled: null },
    receiver_name: `${buyer.first_name} ${buyer.last_name}`,
    receiver_phone: `${buyer.phone.area_code} ${buyer.phone.number}`,
    receiver: buyer.address,
    items: [],
    cost: mode === 'me2' ? round2(first.item.price * 0.05) : 0,
    currency_id: first.item.currency_id,
  };
  const age = Math.max(0, (spec.asOf ?? world.now()) - date);
  if (shipment) {
    const state = shipmentState(rng, status, logistic_type, mode, age);
    shipment.status = state.status;
    shipment.substatus = state.substatus;
    const step = Math.min(age, 4 * DAY) / 4;
    if (['ready_to_ship', 'shipped', 'delivered', 'not_delivered'].includes(state.status)) shipment.history.ready_to_ship = date + step / 2;
    if (['shipped', 'delivered', 'not_delivered'].includes(state.status)) shipment.history.shipped = date + step;
    if (['delivered', 'not_delivered'].includes(state.status)) shipment.history.delivered = date + step * 3;
    if (state.status === 'cancelled') shipment.history.cancelled = date + step;
    if (shipment.history.ready_to_ship !== null && mode === 'me2') shipment.tracking_number = String(rng.int(10_000_000, 99_999_999)) + String(rng.int(1000, 9999));
    if (shipment.history.shipped !== null && mode !== 'me2') shipment.tracking_number = `TR${rng.int(100_000_000, 999_999_999)}`;
    const h = shipment.history;
    shipment.last_updated = Math.max(date, h.ready_to_ship ?? 0, h.shipped ?? 0, h.delivered ?? 0, h.cancelled ?? 0);
    world.shipments.set(shipment.id, shipment);
  }
  const orders: OrderRecord[] = [];
  for (const line of lines) {
    const unit = line.variation?.price ?? line.item.price;
    const total = round2(unit * line.quantity);
    const sku = line.variation?.seller_custom_field ?? line.item.seller_custom_field;
    const order: OrderRecord = {
      id: 2_000_009_000_000_000 + world.nextId('order'),
      site_id: seller.site_id,
      seller_id: seller.id,
      buyer,
      status,
      status_detail: status === 'cancelled' ? 'El comprador canceló la compra' : null,
      date_created: date,
      date_closed: status === 'payment_required' ? null : date + rng.int(20, 600) * 1000,
      date_last_updated: shipment ? Math.max(date, shipment.last_updated) : date,
      lines: [{
        item_id: line.item.id,
        title: line.item.title,
        category_id: line.item.category_id,
        variation_id: line.variation?.id ?? null,
        variation_attributes: line.variation?.attribute_combinations ?? [],
        seller_sku: sku,
        seller_custom_field: sku,
        quantity: line.quantity,
        unit_price: unit,
        sale_fee: saleFee(seller.site_id, line.item.listing_type_id, unit).amount,
        listing_type_id: line.item.listing_type_id,
      }],
      total_amount: total,
      paid_amount: status === 'partially_paid' ? round2(total / 2) : status === 'payment_required' ? 0 : total,
      currency_id: line.item.currency_id,
      payments: payments(world, rng, status, total, date),
      shipping_id: shipment?.id ?? null,
      pack_id: packId,
      tags: orderTags(status, shipment, packId !== null),
      feedback: { sale: null, purchase: shipment?.status === 'delivered' && rng.chance(0.5) ? { rating: 'positive' } : null },
      notes: [],
    };
    if (shipment) {
      shipment.order_ids.push(order.id);
      shipment.items.push({ id: line.item.id, description: line.item.title, quantity: line.quantity, variation_id: line.variation?.id ?? null });
    }
    if (status !== 'cancelled' && status !== 'payment_required') {
      line.item.sold_quantity += line.quantity;
      if (line.variation) line.variation.sold_quantity += line.quantity;
      if (spec.lowerStock) {
        const target = line.variation ?? line.item;
        target.available_quantity = Math.max(0, target.available_quantity - line.quantity);
        line.item.last_updated = Math.max(line.item.last_updated, date);
        applyStockStatus(line.item);
      }
    }
    world.addOrder(order);
    orders.push(order);
  }
  return orders;
}

function orderTags(status: OrderStatus, shipment: ShipmentRecord | null, packed: boolean): string[] {
  const tags: string[] = [];
  if (PAID_LIKE.includes(status)) tags.push('paid');
  if (status === 'pending_cancel' || status === 'cancelled') tags.push('not_paid');
  if (!shipment) tags.push('no_shipping');
  else tags.push(shipment.status === 'delivered' ? 'delivered' : 'not_delivered');
  if (packed) tags.push('pack_order');
  return tags;
}
