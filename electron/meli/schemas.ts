/**
 * The shapes of Mercado Libre answers, as zod schemas that tolerate the documented variants: ids as
 * numbers or strings (normalized: numeric ids become numbers, item ids strings), optional fields
 * missing (206 partial orders), and unknown fields kept (loose objects), so a parsed value is also the
 * JSON worth storing. Only fields the app reads are named; everything else passes through untouched.
 */
import { z } from 'zod';

/** User, order, question, shipment ids: documented samples show both 123 and "123". */
export const NumericId = z.union([z.number().int(), z.string().trim().regex(/^\d+$/).transform(Number)]);
/** Item ids ("MLA123"); tolerate a bare number. */
export const StringId = z.union([z.string().min(1), z.number().int().transform(String)]);

const num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const optionalText = z.string().nullable().optional();

/**
 * Fields only shown to the seller (never used to decide anything): a shape we do not know yet reads as
 * missing instead of failing the whole answer.
 */
function shown<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}
const shownText = shown(z.union([z.string(), z.number().transform(String)]).nullable());
const shownNumber = shown(num.nullable());

export const Paging = z.looseObject({
  total: num.optional(),
  offset: num.optional(),
  limit: num.optional(),
});
export type Paging = z.infer<typeof Paging>;

export const User = z.looseObject({
  id: NumericId,
  nickname: z.string(),
  site_id: z.string().optional(),
  country_id: z.string().optional(),
  first_name: optionalText,
  last_name: optionalText,
  seller_reputation: z
    .looseObject({ level_id: optionalText, power_seller_status: optionalText })
    .nullable()
    .optional(),
  shipping_modes: z.array(z.string()).optional(),
});
export type User = z.infer<typeof User>;

const Attribute = z.looseObject({
  id: z.string(),
  name: optionalText,
  value_id: z.union([z.string(), z.number().transform(String)]).nullable().optional(),
  value_name: optionalText,
});

const Variation = z.looseObject({
  id: NumericId,
  attribute_combinations: z.array(Attribute).optional(),
  available_quantity: num.optional(),
  sold_quantity: num.optional(),
  price: num.nullable().optional(),
  seller_custom_field: optionalText,
  attributes: z.array(Attribute).optional(),
});

export const Item = z.looseObject({
  id: StringId,
  site_id: z.string().optional(),
  seller_id: NumericId.optional(),
  title: z.string().optional(),
  category_id: z.string().optional(),
  price: num.nullable().optional(),
  currency_id: z.string().optional(),
  available_quantity: num.optional(),
  sold_quantity: num.optional(),
  status: z.string().optional(),
  sub_status: z.array(z.string()).optional(),
  listing_type_id: z.string().optional(),
  condition: z.string().optional(),
  permalink: z.string().optional(),
  thumbnail: z.string().optional(),
  secure_thumbnail: z.string().optional(),
  pictures: z.array(z.looseObject({ id: z.string().optional() })).optional(),
  seller_custom_field: optionalText,
  attributes: z.array(Attribute).optional(),
  variations: z.array(Variation).optional(),
  shipping: z
    .looseObject({ mode: z.string().optional(), logistic_type: optionalText, free_shipping: z.boolean().optional() })
    .nullable()
    .optional(),
  tags: z.array(z.string()).optional(),
  last_updated: z.string().optional(),
  date_created: z.string().optional(),
});
export type Item = z.infer<typeof Item>;

/** A listing as its detail reads it from the saved copy: pictures and attributes, each read as missing when unknown. */
export const ItemForDetail = z.looseObject({
  pictures: shown(z.array(z.looseObject({ id: shownText, secure_url: shownText, url: shownText }))),
  attributes: shown(z.array(z.looseObject({ id: shownText, name: shownText, value_name: shownText }))),
  condition: shownText,
});

export const ItemSearch = z.looseObject({
  // A finished scan answers results: [] or null.
  results: z.array(StringId).nullable().optional(),
  paging: Paging.optional(),
  scroll_id: z.string().nullable().optional(),
});

/** One entry of /items?ids= ({code}) or /items/bulk?ids= ({status_code}). */
export const MultigetEntry = z.looseObject({
  code: num.optional(),
  status_code: num.optional(),
  body: z.unknown(),
});

export const Description = z.looseObject({
  plain_text: z.string().nullable().optional(),
  text: z.string().nullable().optional(),
  last_updated: z.string().optional(),
});
export type Description = z.infer<typeof Description>;

export const Category = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  settings: z
    .looseObject({ max_title_length: num.optional(), max_pictures_per_item: num.optional() })
    .optional(),
});
export type Category = z.infer<typeof Category>;

export const ListingPrice = z.looseObject({
  listing_type_id: z.string().optional(),
  sale_fee_amount: num,
  currency_id: z.string().optional(),
  sale_fee_details: z.looseObject({}).nullable().optional(),
});
export type ListingPrice = z.infer<typeof ListingPrice>;

const OrderItem = z.looseObject({
  item: z.looseObject({
    id: StringId,
    title: z.string().optional(),
    variation_id: NumericId.nullable().optional(),
    variation_attributes: z.array(Attribute).optional(),
    seller_sku: optionalText,
    seller_custom_field: optionalText,
  }),
  quantity: num,
  unit_price: num.nullable().optional(),
  currency_id: optionalText,
  sale_fee: num.nullable().optional(),
});

const OrderPayment = z.looseObject({
  id: NumericId.optional(),
  status: z.string().optional(),
  payment_method_id: shownText,
  payment_type: shownText,
  installments: shownNumber,
  transaction_amount: shownNumber,
  total_paid_amount: shownNumber,
  currency_id: shownText,
  date_approved: shownText,
  date_created: shownText,
});

export const Order = z.looseObject({
  id: NumericId,
  status: z.string().optional(),
  status_detail: z.unknown().optional(),
  date_created: z.string().optional(),
  date_closed: optionalText,
  date_last_updated: z.string().optional(),
  total_amount: num.optional(),
  paid_amount: num.nullable().optional(),
  currency_id: z.string().optional(),
  order_items: z.array(OrderItem).optional(),
  buyer: z.looseObject({ id: NumericId, nickname: z.string().optional(), first_name: optionalText, last_name: optionalText }).nullable().optional(),
  seller: z.looseObject({ id: NumericId }).nullable().optional(),
  payments: z.array(z.looseObject({ id: NumericId.optional(), status: z.string().optional() })).optional(),
  shipping: z.looseObject({ id: NumericId.nullable().optional() }).nullable().optional(),
  pack_id: NumericId.nullable().optional(),
  tags: z.array(z.string()).optional(),
});
export type Order = z.infer<typeof Order>;

/**
 * An order as the detail panel reads it from the saved copy: the fields only shown to the seller, each
 * read as missing when its shape is unknown (the saved JSON itself is never rewritten).
 */
export const OrderForDetail = Order.extend({
  order_items: shown(
    z.array(z.looseObject({ item: z.looseObject({ variation_attributes: shown(z.array(z.looseObject({ name: shownText, value_name: shownText }))) }) })),
  ),
  buyer: shown(z.looseObject({ nickname: shownText, first_name: shownText, last_name: shownText }).nullable()),
  payments: shown(z.array(OrderPayment)),
  // Seller's notes, when an answer carries them: documented both as text and as a list.
  notes: shown(
    z.union([z.string(), z.array(shown(z.union([z.string(), z.number().transform(String), z.looseObject({ note: shownText, text: shownText })]).nullable()))]).nullable(),
  ),
});
export type OrderForDetail = z.infer<typeof OrderForDetail>;

export const OrderSearch = z.looseObject({ results: z.array(Order), paging: Paging.optional() });

export const OrderNote = z.looseObject({
  id: z.union([z.string(), z.number().transform(String)]),
  note: z.string(),
  date_created: z.string().optional(),
  date_last_updated: z.string().optional(),
});
export type OrderNote = z.infer<typeof OrderNote>;

export const Question = z.looseObject({
  id: NumericId,
  item_id: StringId,
  seller_id: NumericId.optional(),
  status: z.string(),
  text: z.string(),
  date_created: z.string().optional(),
  from: z.looseObject({ id: NumericId }).nullable().optional(),
  answer: z.looseObject({ text: z.string(), status: z.string().optional(), date_created: z.string().optional() }).nullable().optional(),
});
export type Question = z.infer<typeof Question>;

/** GET /users/{seller}/questions_blacklist: `{users: [{id}], paging}`. */
export const QuestionBlacklist = z.looseObject({ users: z.array(z.looseObject({ id: NumericId })).default([]) });

export const QuestionSearch = z.looseObject({
  total: num.optional(),
  limit: num.optional(),
  questions: z.array(Question),
});

export const Shipment = z.looseObject({
  id: NumericId,
  status: z.string(),
  substatus: optionalText,
  mode: z.string().optional(),
  logistic_type: optionalText,
  // The newer format nests it: logistic: {type, mode}.
  logistic: z.looseObject({ type: optionalText, mode: optionalText }).nullable().optional(),
  tracking_number: optionalText,
  date_created: optionalText,
  last_updated: optionalText,
  receiver_address: z.looseObject({}).nullable().optional(),
  shipping_items: z.array(z.looseObject({})).optional(),
});
export type Shipment = z.infer<typeof Shipment>;

/** A shipment as the order detail reads it from the saved copy (see OrderForDetail). */
export const ShipmentForDetail = Shipment.extend({
  id: shown(NumericId),
  status: shownText,
  tracking_method: shownText,
  date_created: shownText,
  // An object of date_<status> fields (documented), or a list of {status, date} entries.
  status_history: shown(
    z.union([z.array(z.looseObject({ status: shownText, date: shownText })), z.record(z.string(), z.unknown())]).nullable(),
  ),
  receiver_address: shown(
    z
      .looseObject({
        address_line: shownText,
        zip_code: shownText,
        city: shown(z.looseObject({ name: shownText }).nullable()),
        state: shown(z.looseObject({ name: shownText }).nullable()),
        comment: shownText,
        receiver_name: shownText,
      })
      .nullable(),
  ),
});
export type ShipmentForDetail = z.infer<typeof ShipmentForDetail>;

const MessageUser = z.looseObject({ user_id: NumericId });

export const Message = z.looseObject({
  id: z.union([z.string(), z.number().transform(String)]).optional(),
  message_id: z.string().optional(),
  from: MessageUser.optional(),
  to: z.union([MessageUser, z.array(MessageUser)]).optional(),
  // Newer answers send a string, older ones {plain}.
  text: z.union([z.string(), z.looseObject({ plain: z.string() })]).optional(),
});
export type Message = z.infer<typeof Message>;

export const MessageList = z.looseObject({
  paging: Paging.optional(),
  messages: z.array(Message).optional(),
  results: z.array(Message).optional(),
  conversation_status: z.looseObject({ status: z.string().optional(), substatus: optionalText }).nullable().optional(),
});
