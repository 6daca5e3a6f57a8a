// Editing listings with Mercado Libre's rules: title only without sales, lowercase status values,
// closed is final, stock 0 pauses as out_of_stock and stock back reactivates, tags and attributes
// replace the whole list, variations listed by id (an omitted id deletes it), no stock pushed to
// fulfilment items, listing type changes once, and an optional 409 optimistic-locking conflict.
import { CATEGORIES } from '../data/catalog';
import { LISTING_TYPES } from '../data/fees';
import { ApiError, fail, isRecord, json, objectBody, requireAuth, route, type Ctx, type Route } from '../core/http';
import { takeFault } from '../faults';
import type { Attribute, ItemRecord, Variation } from '../model';
import type { SimState } from '../state';
import { renderItem } from '../views';
import { applyStockStatus } from '../world';
import { findItem, renderDescription } from './items';

let causeSeq = 100;

function invalid(code: string, field: string, message: string): never {
  causeSeq += 1;
  throw new ApiError(400, 'validation_error', 'Validation error', [{ department: 'items', cause_id: causeSeq, type: 'error', code, references: [field], message }]);
}

function ownedItem(sim: SimState, ctx: Ctx): ItemRecord {
  const auth = requireAuth(ctx);
  const item = findItem(sim, ctx.params.id);
  if (item.seller_id !== auth.userId) fail(403, 'forbidden', `The caller is not the owner of item ${item.id}`);
  return item;
}

function quantity(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) invalid('item.available_quantity.invalid', field, `${field} must be a non-negative integer`);
  return value;
}

function price(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) invalid('item.price.invalid', field, `${field} must be a positive number`);
  return value;
}

function attributes(value: unknown, field: string): Attribute[] {
  if (!Array.isArray(value)) invalid('item.attributes.invalid', field, `${field} must be a list`);
  return value.map((entry) => {
    if (!isRecord(entry) || typeof entry.id !== 'string') invalid('item.attributes.invalid', field, 'every attribute needs an id');
    const name = typeof entry.name === 'string' ? entry.name : entry.id;
    return { id: entry.id, name, value_id: typeof entry.value_id === 'string' ? entry.value_id : null, value_name: typeof entry.value_name === 'string' ? entry.value_name : null };
  });
}

function refuseFulfillmentStock(item: ItemRecord): void {
  if (item.shipping.logistic_type === 'fulfillment') invalid('item.available_quantity.not_modifiable', 'available_quantity', 'The stock of fulfillment items is managed by Mercado Libre');
}

function updateVariation(item: ItemRecord, variation: Variation, entry: Record<string, unknown>, field: string): void {
  if ('available_quantity' in entry) {
    const next = quantity(entry.available_quantity, `${field}.available_quantity`);
    if (next !== variation.available_quantity) refuseFulfillmentStock(item);
    variation.available_quantity = next;
  }
  if ('price' in entry) variation.price = price(entry.price, `${field}.price`);
  if ('seller_custom_field' in entry) variation.seller_custom_field = typeof entry.seller_custom_field === 'string' ? entry.seller_custom_field : null;
  if ('attributes' in entry) variation.attributes = attributes(entry.attributes, `${field}.attributes`);
  if ('picture_ids' in entry && Array.isArray(entry.picture_ids)) variation.picture_ids = entry.picture_ids.filter((p): p is string => typeof p === 'string');
}

/** The documented list semantics: every variation to keep is listed by id; the rest are deleted. */
function applyVariations(sim: SimState, item: ItemRecord, value: unknown): void {
  if (!Array.isArray(value)) invalid('item.variations.invalid', 'variations', 'variations must be a list');
  const next: Variation[] = [];
  value.forEach((entry, index) => {
    const field = `variations[${index}]`;
    if (!isRecord(entry)) invalid('item.variations.invalid', field, 'every variation must be an object');
    if ('id' in entry) {
      const existing = item.variations.find((v) => v.id === Number(entry.id));
      if (!existing) invalid('item.variations.id.invalid', `${field}.id`, `Variation ${String(entry.id)} does not belong to item ${item.id}`);
      updateVariation(item, existing, entry, field);
      next.push(existing);
      return;
    }
    if (!Array.isArray(entry.attribute_combinations) || entry.attribute_combinations.length === 0) invalid('item.variations.attribute_combinations.invalid', `${field}.attribute_combinations`, 'a new variation needs attribute_combinations');
    const created: Variation = {
      id: 180_000_000_000 + sim.world.nextId('variation'),
      attribute_combinations: attributes(entry.attribute_combinations, `${field}.attribute_combinations`),
      available_quantity: 0, sold_quantity: 0, price: item.price, seller_custom_field: null, attributes: [], picture_ids: [],
    };
    updateVariation(item, created, entry, field);
    if (created.available_quantity > 0) refuseFulfillmentStock(item);
    next.push(created);
  });
  item.variations = next;
}

function applyStatus(item: ItemRecord, value: unknown): void {
  if (value !== 'active' && value !== 'paused' && value !== 'closed') invalid('item.status.invalid', 'status', 'status must be one of active, paused, closed (lowercase)');
  if (item.status === 'under_review') invalid('item.status.not_modifiable', 'status', 'The item is under review');
  if (value === item.status) return;
  if (value === 'closed') {
    item.status = 'closed';
    item.sub_status = [];
  } else if (value === 'paused') {
    item.status = 'paused';
    item.sub_status = [];
  } else {
    if (item.available_quantity === 0) invalid('item.status.active.no_stock', 'status', 'An item without stock cannot be activated');
    item.status = 'active';
    item.sub_status = [];
  }
}

function applyChanges(sim: SimState, item: ItemRecord, body: Record<string, unknown>): void {
  if (item.status === 'closed') invalid('item.status.closed', 'status', 'The item is closed: closed is a final status');
  if ('title' in body && body.title !== item.title) {
    if (typeof body.title !== 'string' || body.title.trim() === '') invalid('item.title.invalid', 'title', 'title must be a non-empty string');
    if (item.sold_quantity > 0) invalid('item.title.not_modifiable', 'title', 'The title cannot be modified: the item has sales');
    const max = CATEGORIES.find((c) => c.ids[item.site_id] === item.category_id)?.maxTitleLength ?? 60;
    if (body.title.length > max) invalid('item.title.length.invalid', 'title', `The title must have at most ${max} characters`);
    item.title = body.title;
  }
  if ('category_id' in body && body.category_id !== item.category_id) invalid('item.category_id.not_modifiable', 'category_id', 'The category cannot be modified');
  if ('listing_type_id' in body && body.listing_type_id !== item.listing_type_id) {
    if (!LISTING_TYPES[item.site_id].some((t) => t.id === body.listing_type_id)) invalid('item.listing_type_id.invalid', 'listing_type_id', 'Unknown listing type');
    if (item.listingTypeChanges >= 1) invalid('item.listing_type_id.not_modifiable', 'listing_type_id', 'The listing type can be changed only once');
    item.listing_type_id = String(body.listing_type_id);
    item.listingTypeChanges += 1;
  }
  if ('price' in body) {
    item.price = price(body.price, 'price');
    for (const v of item.variations) v.price = item.price;
  }
  if ('seller_custom_field' in body) item.seller_custom_field = typeof body.seller_custom_field === 'string' ? body.seller_custom_field : null;
  if ('attributes' in body) item.attributes = attributes(body.attributes, 'attributes');
  if ('tags' in body) {
    if (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string')) invalid('item.tags.invalid', 'tags', 'tags must be a list of strings');
    item.tags = body.tags.filter((t): t is string => typeof t === 'string');
  }
  if ('shipping' in body) {
    const shipping = body.shipping;
    if (!isRecord(shipping)) invalid('item.shipping.invalid', 'shipping', 'shipping must be an object');
    if ('logistic_type' in shipping && shipping.logistic_type !== item.shipping.logistic_type) invalid('item.shipping.logistic_type.not_modifiable', 'shipping.logistic_type', 'The logistic type is set by Mercado Libre');
    if ('mode' in shipping && shipping.mode !== item.shipping.mode && item.sold_quantity > 0) invalid('item.shipping.mode.not_modifiable', 'shipping.mode', 'The shipping mode cannot change once the item has sales');
    if (typeof shipping.free_shipping === 'boolean') item.shipping.free_shipping = shipping.free_shipping;
    if (typeof shipping.local_pick_up === 'boolean') item.shipping.local_pick_up = shipping.local_pick_up;
  }
  if ('variations' in body) applyVariations(sim, item, body.variations);
  if ('available_quantity' in body) {
    const next = quantity(body.available_quantity, 'available_quantity');
    if (next !== item.available_quantity) refuseFulfillmentStock(item);
    if (item.variations.length > 0) invalid('item.available_quantity.variations', 'available_quantity', 'The item has variations: set available_quantity on each variation');
    item.available_quantity = next;
  }
  applyStockStatus(item);
  if ('status' in body) applyStatus(item, body.status);
}

/** Applies a PUT atomically: a rejected edit leaves the listing exactly as it was. */
function edit(sim: SimState, ctx: Ctx, change: (draft: ItemRecord, body: Record<string, unknown>) => void): ItemRecord {
  const item = ownedItem(sim, ctx);
  const body = objectBody(ctx);
  if (takeFault(sim.pending, 'itemConflicts', sim.config.faults.itemConflictRate, sim.world.rng)) {
    throw new ApiError(409, 'conflict', `Conflict updating item ${item.id}: it was modified by another request, read it again and retry`);
  }
  const draft = structuredClone(item);
  change(draft, body);
  draft.last_updated = Math.max(sim.world.now(), item.last_updated + 1);
  Object.assign(item, draft);
  return item;
}

export function itemUpdateRoutes(sim: SimState): Route[] {
  return [
    route('PUT', '/items/:id', (ctx) => json(renderItem(edit(sim, ctx, (draft, body) => applyChanges(sim, draft, body))))),
    route('PUT', '/items/:id/variations/:vid', (ctx) => {
      const item = edit(sim, ctx, (draft, body) => {
        if (draft.status === 'closed') invalid('item.status.closed', 'status', 'The item is closed: closed is a final status');
        const variation = draft.variations.find((v) => String(v.id) === ctx.params.vid);
        if (!variation) fail(404, 'not_found', `Variation ${ctx.params.vid ?? ''} not found in item ${draft.id}`);
        updateVariation(draft, variation, body, 'variation');
        applyStockStatus(draft);
      });
      const variation = item.variations.find((v) => String(v.id) === ctx.params.vid);
      return json(variation ?? null);
    }),
    route('PUT', '/items/:id/description', (ctx) => {
      if (ctx.query.get('api_version') !== '2') fail(400, 'bad_request', 'Use PUT /items/{id}/description?api_version=2');
      const item = edit(sim, ctx, (draft, body) => {
        if (typeof body.plain_text !== 'string') invalid('item.description.plain_text.invalid', 'plain_text', 'plain_text is required');
        if (body.plain_text.length > 50_000) invalid('item.description.length.invalid', 'plain_text', 'The description must have at most 50000 characters');
        draft.description = { ...draft.description, plain_text: body.plain_text, last_updated: sim.world.now() };
      });
      return json(renderDescription(item));
    }),
  ];
}
