// Renders records as the API's JSON: ISO dates with the site offset, ids as the docs show them,
// and the fields MELI-API.md lists for items, orders, shipments and questions.
import { permalink } from './data/generate-items';
import { SITES, isoAt, isoOrNull, type ItemRecord, type OrderRecord, type QuestionRecord, type SellerRecord, type ShipmentRecord } from './model';

export function renderItem(item: ItemRecord): Record<string, unknown> {
  const site = item.site_id;
  const thumb = item.pictures[0];
  return {
    id: item.id,
    site_id: site,
    title: item.title,
    subtitle: null,
    seller_id: item.seller_id,
    category_id: item.category_id,
    official_store_id: null,
    price: item.price,
    base_price: item.price,
    original_price: null,
    currency_id: item.currency_id,
    initial_quantity: item.initial_quantity,
    available_quantity: item.available_quantity,
    sold_quantity: item.sold_quantity,
    buying_mode: 'buy_it_now',
    listing_type_id: item.listing_type_id,
    condition: item.condition,
    permalink: permalink(item),
    thumbnail_id: thumb?.id ?? null,
    thumbnail: thumb ? thumb.url.replace('-O.jpg', '-I.jpg') : null,
    secure_thumbnail: thumb ? thumb.secure_url.replace('-O.jpg', '-I.jpg') : null,
    pictures: item.pictures,
    descriptions: [{ id: `${item.id}-${item.date_created % 1_000_000_000}` }],
    accepts_mercadopago: true,
    shipping: { ...item.shipping, methods: [], dimensions: null, store_pick_up: false },
    seller_custom_field: item.seller_custom_field,
    attributes: item.attributes,
    variations: item.variations.map((v) => ({
      id: v.id,
      price: v.price,
      attribute_combinations: v.attribute_combinations,
      available_quantity: v.available_quantity,
      sold_quantity: v.sold_quantity,
      seller_custom_field: v.seller_custom_field,
      picture_ids: v.picture_ids,
      attributes: v.attributes,
    })),
    status: item.status,
    sub_status: item.sub_status,
    tags: item.tags,
    warranty: null,
    catalog_listing: false,
    date_created: isoAt(item.date_created, site),
    last_updated: isoAt(item.last_updated, site),
  };
}

export function pickAttributes(body: Record<string, unknown>, attributes: string | null): Record<string, unknown> {
  if (!attributes) return body;
  const wanted = attributes.split(',').map((a) => a.trim()).filter(Boolean);
  return Object.fromEntries(wanted.filter((key) => key in body).map((key) => [key, body[key]]));
}

function address(a: ShipmentRecord['receiver'], site: ShipmentRecord['site_id']): Record<string, unknown> {
  const info = SITES[site];
  return {
    address_line: a.address_line,
    street_name: a.street_name,
    street_number: a.street_number,
    zip_code: a.zip_code,
    city: { id: null, name: a.city },
    state: { id: a.state_id, name: a.state_name },
    country: { id: info.countryId, name: info.countryName },
    comment: null,
    latitude: null,
    longitude: null,
  };
}

export function renderOrder(order: OrderRecord, seller: SellerRecord | undefined): Record<string, unknown> {
  const site = order.site_id;
  const hideBuyer = order.status === 'payment_required';
  return {
    id: order.id,
    status: order.status,
    status_detail: order.status_detail,
    date_created: isoAt(order.date_created, site),
    date_closed: isoOrNull(order.date_closed, site),
    last_updated: isoAt(order.date_last_updated, site),
    date_last_updated: isoAt(order.date_last_updated, site),
    expiration_date: isoAt(order.date_created + 28 * 86_400_000, site),
    order_items: order.lines.map((line) => ({
      item: { id: line.item_id, title: line.title, category_id: line.category_id, variation_id: line.variation_id, variation_attributes: line.variation_attributes, seller_sku: line.seller_sku, seller_custom_field: line.seller_custom_field, warranty: null, condition: 'new' },
      quantity: line.quantity,
      unit_price: line.unit_price,
      full_unit_price: line.unit_price,
      currency_id: order.currency_id,
      sale_fee: line.sale_fee,
      listing_type_id: line.listing_type_id,
    })),
    total_amount: order.total_amount,
    paid_amount: order.paid_amount,
    currency_id: order.currency_id,
    // Orders waiting for payment do not show the counterpart's data (documented mandatory MP flow).
    buyer: hideBuyer ? { id: order.buyer.id } : { id: order.buyer.id, nickname: order.buyer.nickname, first_name: order.buyer.first_name, last_name: order.buyer.last_name },
    seller: { id: order.seller_id, nickname: seller?.nickname ?? null },
    payments: order.payments.map((p) => ({
      id: p.id, order_id: order.id, payer_id: order.buyer.id, status: p.status, status_detail: p.status_detail, transaction_amount: p.transaction_amount,
      total_paid_amount: p.total_paid_amount, currency_id: order.currency_id, installments: p.installments, payment_method_id: p.payment_method_id,
      payment_type: p.payment_type, date_created: isoAt(p.date_created, site), date_approved: isoOrNull(p.date_approved, site), site_id: site,
    })),
    shipping: { id: order.shipping_id },
    pack_id: order.pack_id,
    tags: order.tags,
    feedback: order.feedback,
    context: { channel: 'marketplace', site, flows: [] },
  };
}

export function renderShipment(s: ShipmentRecord, seller: SellerRecord | undefined): Record<string, unknown> {
  const site = s.site_id;
  return {
    id: s.id,
    order_id: s.order_ids[0] ?? null,
    order_ids: s.order_ids,
    pack_id: s.pack_id,
    site_id: site,
    mode: s.mode,
    logistic_type: s.logistic_type,
    logistic: { mode: s.mode, type: s.logistic_type },
    status: s.status,
    substatus: s.substatus,
    tracking_number: s.tracking_number,
    tracking_method: s.tracking_method,
    date_created: isoAt(s.date_created, site),
    last_updated: isoAt(s.last_updated, site),
    status_history: {
      date_ready_to_ship: isoOrNull(s.history.ready_to_ship, site),
      date_shipped: isoOrNull(s.history.shipped, site),
      date_delivered: isoOrNull(s.history.delivered, site),
      date_cancelled: isoOrNull(s.history.cancelled, site),
    },
    sender_id: s.seller_id,
    receiver_id: s.buyer_id,
    sender_address: seller ? address(seller.address, site) : null,
    receiver_address: { ...address(s.receiver, site), receiver_name: s.receiver_name, receiver_phone: s.receiver_phone },
    shipping_items: s.items.map((i) => ({ id: i.id, description: i.description, quantity: i.quantity, variation_id: i.variation_id, dimensions: '15x15x10,500' })),
    shipping_option: { id: s.id % 1_000_000, name: s.mode === 'me2' ? 'Normal a domicilio' : 'Envío a acordar', currency_id: s.currency_id, cost: s.cost },
    order_cost: s.cost,
  };
}

export function renderQuestion(q: QuestionRecord, site: SellerRecord['site_id']): Record<string, unknown> {
  return {
    id: q.id,
    item_id: q.item_id,
    seller_id: q.seller_id,
    status: q.status,
    text: q.text,
    tags: [],
    date_created: isoAt(q.date_created, site),
    hold: false,
    deleted_from_listing: q.status === 'DELETED',
    answer: q.answer ? { text: q.answer.text, status: q.answer.status, date_created: isoAt(q.answer.date_created, site) } : null,
    from: { id: q.from_id },
  };
}
