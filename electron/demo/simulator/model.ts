// The simulator's in-memory records. Dates are epoch milliseconds here and become the API's ISO
// strings (with the site's UTC offset) only when a route renders a record.
export type SiteId = 'MLA' | 'MLB' | 'MLM';

export interface Site {
  id: SiteId;
  countryId: 'AR' | 'BR' | 'MX';
  countryName: string;
  currency: 'ARS' | 'BRL' | 'MXN';
  offsetMinutes: number;
  authHost: string;
  permalinkHost: string;
}

export const SITES: Record<SiteId, Site> = {
  MLA: { id: 'MLA', countryId: 'AR', countryName: 'Argentina', currency: 'ARS', offsetMinutes: -180, authHost: 'auth.mercadolibre.com.ar', permalinkHost: 'articulo.mercadolibre.com.ar' },
  MLB: { id: 'MLB', countryId: 'BR', countryName: 'Brasil', currency: 'BRL', offsetMinutes: -180, authHost: 'auth.mercadolivre.com.br', permalinkHost: 'produto.mercadolivre.com.br' },
  MLM: { id: 'MLM', countryId: 'MX', countryName: 'México', currency: 'MXN', offsetMinutes: -360, authHost: 'auth.mercadolibre.com.mx', permalinkHost: 'articulo.mercadolibre.com.mx' },
};

/** Renders epoch ms as Mercado Libre does: local time of the site with its offset, milliseconds kept. */
export function isoAt(ms: number, site: SiteId): string {
  const offset = SITES[site].offsetMinutes;
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function isoOrNull(ms: number | null, site: SiteId): string | null {
  return ms === null ? null : isoAt(ms, site);
}

export interface Attribute {
  id: string;
  name: string;
  value_id: string | null;
  value_name: string | null;
}

export interface Address {
  address_line: string;
  street_name: string;
  street_number: string;
  zip_code: string;
  city: string;
  state_id: string;
  state_name: string;
}

export interface RecoveryState {
  status: 'AVAILABLE' | 'ACTIVE' | 'UNAVAILABLE' | 'FINISHED_BY_DATE' | 'FINISHED_BY_ISSUES' | 'FINISHED_BY_LEVEL' | 'FINISHED_BY_USER' | 'FINISHED';
  type: 'NEWBIE_GRNTEE' | 'RECOVERY_GRNTEE';
  guaranteeStatus: 'OFF' | 'ON' | 'RELEASED';
  guaranteeAmount: number;
  hasFunds: boolean;
  initDate: number | null;
  endDate: number | null;
  cancellationReason: string | null;
}

export interface SellerRecord {
  id: number;
  nickname: string;
  site_id: SiteId;
  first_name: string;
  last_name: string;
  email: string;
  /** Set on operator (collaborator) accounts: the seller they work for. They cannot authorize apps. */
  operatorOf: number | null;
  isDefault: boolean;
  registration_date: number;
  level_id: string | null;
  power_seller_status: string | null;
  shipping_modes: string[];
  address: Address;
  recovery: RecoveryState;
}

export interface AppRecord {
  client_id: string;
  client_secret: string;
  name: string;
  redirect_uris: string[];
  /** When on, the authorization request must carry an S256 code_challenge. */
  pkce: boolean;
}

export interface Variation {
  id: number;
  attribute_combinations: Attribute[];
  available_quantity: number;
  sold_quantity: number;
  price: number;
  seller_custom_field: string | null;
  attributes: Attribute[];
  picture_ids: string[];
}

export interface Picture {
  id: string;
  url: string;
  secure_url: string;
  size: string;
  max_size: string;
}

export type ShippingMode = 'me2' | 'me1' | 'custom' | 'not_specified';
export type LogisticType = 'drop_off' | 'xd_drop_off' | 'cross_docking' | 'self_service' | 'fulfillment' | 'default' | 'custom' | 'not_specified';

export interface ItemShipping {
  mode: ShippingMode;
  logistic_type: LogisticType;
  free_shipping: boolean;
  local_pick_up: boolean;
  tags: string[];
}

export interface ItemRecord {
  id: string;
  site_id: SiteId;
  seller_id: number;
  title: string;
  category_id: string;
  price: number;
  currency_id: string;
  initial_quantity: number;
  available_quantity: number;
  sold_quantity: number;
  status: 'active' | 'paused' | 'closed' | 'under_review' | 'inactive';
  sub_status: string[];
  listing_type_id: string;
  listingTypeChanges: number;
  condition: 'new' | 'used';
  pictures: Picture[];
  seller_custom_field: string | null;
  attributes: Attribute[];
  variations: Variation[];
  shipping: ItemShipping;
  tags: string[];
  date_created: number;
  last_updated: number;
  description: { plain_text: string; date_created: number; last_updated: number };
}

export interface Buyer {
  id: number;
  site_id: SiteId;
  nickname: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: { area_code: string; number: string };
  doc_type: string;
  doc_number: string;
  address: Address;
}

export interface OrderLine {
  item_id: string;
  title: string;
  category_id: string;
  variation_id: number | null;
  variation_attributes: Attribute[];
  seller_sku: string | null;
  seller_custom_field: string | null;
  quantity: number;
  unit_price: number;
  sale_fee: number;
  listing_type_id: string;
}

export type OrderStatus = 'confirmed' | 'payment_required' | 'payment_in_process' | 'partially_paid' | 'paid' | 'partially_refunded' | 'pending_cancel' | 'cancelled';

export interface Payment {
  id: number;
  status: 'approved' | 'pending' | 'in_process' | 'rejected' | 'refunded' | 'cancelled';
  status_detail: string;
  transaction_amount: number;
  total_paid_amount: number;
  installments: number;
  payment_method_id: string;
  payment_type: string;
  date_created: number;
  date_approved: number | null;
}

export interface OrderNote {
  id: string;
  note: string;
  date_created: number;
  date_last_updated: number;
}

export interface OrderRecord {
  id: number;
  site_id: SiteId;
  seller_id: number;
  buyer: Buyer;
  status: OrderStatus;
  status_detail: string | null;
  date_created: number;
  date_closed: number | null;
  date_last_updated: number;
  lines: OrderLine[];
  total_amount: number;
  paid_amount: number;
  currency_id: string;
  payments: Payment[];
  shipping_id: number | null;
  pack_id: number | null;
  tags: string[];
  feedback: { sale: null | { rating: string }; purchase: null | { rating: string } };
  notes: OrderNote[];
}

export type ShipmentStatus = 'pending' | 'handling' | 'ready_to_ship' | 'shipped' | 'delivered' | 'not_delivered' | 'cancelled';

export interface ShipmentRecord {
  id: number;
  site_id: SiteId;
  seller_id: number;
  buyer_id: number;
  order_ids: number[];
  pack_id: number | null;
  mode: ShippingMode;
  logistic_type: LogisticType;
  status: ShipmentStatus;
  substatus: string | null;
  tracking_number: string | null;
  tracking_method: string | null;
  date_created: number;
  last_updated: number;
  history: { ready_to_ship: number | null; shipped: number | null; delivered: number | null; cancelled: number | null };
  receiver_name: string;
  receiver_phone: string;
  receiver: Address;
  items: Array<{ id: string; description: string; quantity: number; variation_id: number | null }>;
  cost: number;
  currency_id: string;
}

export type QuestionStatus = 'UNANSWERED' | 'ANSWERED' | 'CLOSED_UNANSWERED' | 'UNDER_REVIEW' | 'BANNED' | 'DELETED' | 'DISABLED';

export interface QuestionRecord {
  id: number;
  item_id: string;
  seller_id: number;
  from_id: number;
  text: string;
  status: QuestionStatus;
  date_created: number;
  answer: null | { text: string; status: 'ACTIVE' | 'DISABLED'; date_created: number };
}

export interface MessageRecord {
  id: string;
  /** The pack id, or the order id when the sale is not part of a pack. */
  pack_key: number;
  order_id: number;
  seller_id: number;
  from_id: number;
  to_id: number;
  text: string;
  date: number;
  read: number | null;
  site_id: SiteId;
}

export interface Conversation {
  status: 'active' | 'blocked';
  substatus: null | 'blocked_by_buyer' | 'blocked_by_time';
  status_date: number;
}
