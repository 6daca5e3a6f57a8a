/** Orders as the UI sees them: the query the Orders screen sends and the rows it gets back. */
import { z } from 'zod';

export const ORDER_STATUSES = [
  'confirmed',
  'payment_required',
  'payment_in_process',
  'partially_paid',
  'paid',
  'partially_refunded',
  'pending_cancel',
  'cancelled',
] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);

/** Shipping filter: a shipment status, "label ready to print", or orders without a shipment. */
export const SHIPPING_FILTERS = [
  'label_ready',
  'pending',
  'handling',
  'ready_to_ship',
  'shipped',
  'delivered',
  'not_delivered',
  'cancelled',
  'no_shipment',
] as const;
export const ShippingFilter = z.enum(SHIPPING_FILTERS);

/**
 * The shipment substatus codes Mercado Libre sends (Mercado Envíos) that the screens word in the UI
 * language; a code outside this list is not shown rather than shown in English.
 */
export const SHIPMENT_SUBSTATUSES = [
  'ready_to_print',
  'printed',
  'in_warehouse',
  'out_for_delivery',
  'waiting_for_withdrawal',
  'waiting_for_label_generation',
  'in_packing_list',
  'in_pickup_list',
  'picked_up',
  'dropped_off',
  'authorized_by_carrier',
  'waiting_for_carrier_authorization',
  'in_hub',
  'in_transit',
  'soon_deliver',
  'delayed',
  'receiver_absent',
  'not_visited',
  'bad_address',
  'refused_delivery',
  'buyer_rescheduled',
  'damaged',
  'lost',
  'returning_to_sender',
  'returned',
  'invoice_pending',
] as const;
export type ShipmentSubstatus = (typeof SHIPMENT_SUBSTATUSES)[number];

export const ORDER_SORTS = ['date_desc', 'date_asc', 'total_desc', 'total_asc', 'buyer_asc', 'buyer_desc'] as const;
export const OrderSort = z.enum(ORDER_SORTS);

const isoDate = z.iso.datetime({ offset: true });

export const OrdersQuery = z
  .object({
    accountIds: z.array(z.number().int().positive()).max(50).optional(),
    statuses: z.array(OrderStatus).max(ORDER_STATUSES.length).optional(),
    shipping: z.array(ShippingFilter).max(SHIPPING_FILTERS.length).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    search: z.string().max(200).optional(),
    sort: OrderSort.default('date_desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type OrdersQuery = z.input<typeof OrdersQuery>;

export const OrderRow = z.object({
  id: z.number(),
  userId: z.number(),
  status: z.string(),
  dateCreated: z.string(),
  totalAmount: z.number().nullable(),
  currencyId: z.string().nullable(),
  buyerNickname: z.string().nullable(),
  buyerName: z.string().nullable(),
  itemTitles: z.string(),
  packId: z.number().nullable(),
  shippingId: z.number().nullable(),
  shippingStatus: z.string().nullable(),
  shippingSubstatus: z.string().nullable(),
  labelReady: z.boolean(),
  partial: z.boolean(),
});
export type OrderRow = z.infer<typeof OrderRow>;

export const OrdersPage = z.object({ total: z.number(), rows: z.array(OrderRow) });
export type OrdersPage = z.infer<typeof OrdersPage>;

/** At most this many new orders are listed in one `orders.new`; `total` still counts them all. */
export const NEW_ORDERS_LISTED = 10;

export const NewOrders = z.object({
  userId: z.number(),
  /** How many orders this sync step brought in (the notification says "5 new orders"). */
  total: z.number(),
  /** The first of them, oldest first, at most NEW_ORDERS_LISTED. */
  orders: z.array(OrderRow.pick({ id: true, dateCreated: true, totalAmount: true, currencyId: true, buyerNickname: true, itemTitles: true })),
});
export type NewOrders = z.infer<typeof NewOrders>;

const BODY_LINES = 3;

/**
 * The body of a new-orders notification, the same on the desktop and in the browser: what was sold and
 * for how much, one line per order (the first three), in the seller's number format. Plain text.
 */
export function newOrdersBody(found: NewOrders, locale: string): string {
  const money = (order: NewOrders['orders'][number]) =>
    order.totalAmount === null || order.currencyId === null
      ? ''
      : ` — ${new Intl.NumberFormat(locale, { style: 'currency', currency: order.currencyId }).format(order.totalAmount)}`;
  const lines = found.orders.slice(0, BODY_LINES).map((order) => `${order.itemTitles}${money(order)}`);
  return found.total > lines.length ? [...lines, '…'].join('\n') : lines.join('\n');
}

export const OrderLine = z.object({
  itemId: z.string().nullable(),
  variationId: z.number().nullable(),
  title: z.string(),
  sku: z.string().nullable(),
  quantity: z.number(),
  unitPrice: z.number().nullable(),
  currencyId: z.string().nullable(),
  variationText: z.string(),
});

export const OrderBuyer = z.object({ nickname: z.string().nullable(), name: z.string().nullable() });
export type OrderBuyer = z.infer<typeof OrderBuyer>;

export const OrderPayment = z.object({
  id: z.string().nullable(),
  status: z.string().nullable(),
  /** Mercado Libre's payment method id (account_money, visa, debvisa…), or its payment type. */
  method: z.string().nullable(),
  installments: z.number().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  date: z.string().nullable(),
});
export type OrderPayment = z.infer<typeof OrderPayment>;

/** One step of a shipment's history: `date_<status>` and when it happened (as Mercado Libre sent it). */
export const ShipmentEvent = z.object({ key: z.string(), date: z.string() });
export type ShipmentEvent = z.infer<typeof ShipmentEvent>;

export const ShipmentView = z.object({
  id: z.string().nullable(),
  status: z.string().nullable(),
  substatus: z.string().nullable(),
  mode: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  trackingMethod: z.string().nullable(),
  receiverName: z.string().nullable(),
  /** The receiver's address as lines: street, zip and city, state, comment. */
  address: z.array(z.string()),
  /** Oldest first, starting with the shipment's creation. */
  timeline: z.array(ShipmentEvent),
});
export type ShipmentView = z.infer<typeof ShipmentView>;

/** Read these orders' notes from Mercado Libre (unless read in the last few minutes). */
export const OrderNotesRefreshInput = z
  .object({
    orderIds: z.array(z.number().int().positive()).min(1).max(500),
    /** Read again even what was read a moment ago. */
    force: z.boolean().optional(),
  })
  .strict();
export const OrderNotesRefresh = z.object({
  /** Read from Mercado Libre now. */
  read: z.array(z.number()),
  /** Read a moment ago: the kept notes stand. */
  kept: z.array(z.number()),
  /** Could not be read (offline, refused): the notes kept before stand. */
  failed: z.array(z.object({ orderId: z.number(), code: z.string(), message: z.string() })),
});
export type OrderNotesRefresh = z.infer<typeof OrderNotesRefresh>;

export const OrderDetail = z.object({
  order: OrderRow,
  lines: z.array(OrderLine),
  /** Orders of the same cart (pack), this one included. */
  packOrderIds: z.array(z.number()),
  buyer: OrderBuyer,
  payments: z.array(OrderPayment),
  /** Notes the seller wrote on the order (as last read from Mercado Libre, see orders.notes.refresh). */
  notes: z.array(z.string()),
  /** When the notes were last read from Mercado Libre; null: never (the order's own copy, if any, is shown). */
  notesReadAt: z.string().nullable(),
  shipment: ShipmentView.nullable(),
  /** The order and its shipment exactly as Mercado Libre sent them, for a "show as received" view only. */
  raw: z.object({ order: z.unknown(), shipment: z.unknown().nullable() }),
});
export type OrderDetail = z.infer<typeof OrderDetail>;

/** Whether the shipment's Mercado Envios label was already printed (it can be downloaded again). */
export function labelPrinted(shipment: ShipmentView | null): boolean {
  return shipment?.mode === 'me2' && shipment.status === 'ready_to_ship' && shipment.substatus === 'printed';
}
