/**
 * Sends a listing edit to Mercado Libre: one PUT /items/{id} with only the changed fields (a variation
 * edit lists every existing variation id, so none is deleted; a SKU keeps every other attribute), and
 * the description with its own PUT. Before sending, the listing read moments ago (20 per multiget)
 * tells whether the change is already there, still applies, or clashes with a change made elsewhere.
 */
import type { Database } from 'better-sqlite3';
import type { ListingChanges, ListingEditField } from '../../shared/listing-edits';
import type { ConflictField } from '../../shared/outbox';
import { meliErrorDetails } from '../meli/errors';
import type { MeliApi } from '../meli/endpoints';
import type { ItemUpdate } from '../meli/endpoints/items';
import type { Item } from '../meli/schemas';
import type { Comparison, Executor } from '../outbox/executor';
import type { StoredEntry } from '../outbox/outbox-store';
import { skuOf, upsertItems } from './items-store';

export interface ListingEditPayload {
  itemId: string;
  variationId: number | null;
  changes: ListingChanges;
  /** What the seller saw when saving: the listing's last_updated and each changed field's value. */
  base: { lastUpdated: string | null; values: Partial<Record<ListingEditField, unknown>> };
}

export interface RemoteListing {
  item: Item;
  /** Read only when the edit changes the description. */
  description?: string;
}

type Variation = NonNullable<Item['variations']>[number];
type Attribute = NonNullable<Item['attributes']>[number];

/** The value Mercado Libre has now for one field of the edit. */
export function remoteValue(remote: RemoteListing, variationId: number | null, field: ListingEditField): unknown {
  const { item } = remote;
  const variation = variationId === null ? null : (item.variations ?? []).find((candidate) => candidate.id === variationId);
  if (variationId !== null && !variation) return undefined;
  switch (field) {
    case 'title':
      return item.title;
    case 'status':
      return item.status;
    case 'description':
      return remote.description;
    case 'price':
      return variation ? variation.price : item.price;
    case 'availableQuantity':
      return variation ? variation.available_quantity : item.available_quantity;
    case 'sku':
      return variation ? skuOf(variation) : skuOf(item);
  }
}

const same = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);

function changedFields(changes: ListingChanges): ListingEditField[] {
  return (Object.keys(changes) as ListingEditField[]).filter((field) => changes[field] !== undefined);
}

export function compareListing(payload: ListingEditPayload, remote: RemoteListing): Comparison {
  const fields = changedFields(payload.changes);
  const conflicts: ConflictField[] = [];
  let allApplied = true;
  for (const field of fields) {
    const mine = payload.changes[field];
    const theirs = remoteValue(remote, payload.variationId, field);
    if (same(theirs, mine)) continue;
    allApplied = false;
    const base = payload.base.values[field];
    if (base !== undefined && !same(theirs, base)) conflicts.push({ field, base, mine, theirs: theirs ?? null });
  }
  if (allApplied) return { outcome: 'applied' };
  return conflicts.length > 0 ? { outcome: 'conflict', fields: conflicts } : { outcome: 'send' };
}

/** SELLER_SKU replaced (or added) in a whole attribute list, every other attribute kept as it is. */
function withSku(attributes: Attribute[] | undefined, sku: string): ItemUpdate['attributes'] {
  const kept = (attributes ?? [])
    .filter((attribute) => attribute.id !== 'SELLER_SKU')
    .map((attribute) => ({ id: attribute.id, value_id: attribute.value_id ?? null, value_name: attribute.value_name ?? null }));
  return [...kept, { id: 'SELLER_SKU', value_name: sku }];
}

function variationUpdate(variation: Variation, changes: ListingChanges): { id: number } & Record<string, unknown> {
  const update: { id: number } & Record<string, unknown> = { id: variation.id };
  if (changes.price !== undefined) update.price = changes.price;
  if (changes.availableQuantity !== undefined) update.available_quantity = changes.availableQuantity;
  if (changes.sku !== undefined) {
    update.seller_custom_field = changes.sku;
    update.attributes = withSku(variation.attributes, changes.sku);
  }
  return update;
}

/** The PUT /items/{id} body for the edit, built on the listing as Mercado Libre has it now. */
export function itemUpdateFor(payload: ListingEditPayload, item: Item): ItemUpdate | null {
  const { changes } = payload;
  const body: ItemUpdate = {};
  if (payload.variationId !== null) {
    const target = payload.variationId;
    if (changes.price === undefined && changes.availableQuantity === undefined && changes.sku === undefined) return null;
    // Every existing variation is listed: an omitted id would delete it.
    body.variations = (item.variations ?? []).map((variation) => (variation.id === target ? variationUpdate(variation, changes) : { id: variation.id }));
    return body;
  }
  if (changes.title !== undefined) body.title = changes.title;
  if (changes.price !== undefined) body.price = changes.price;
  if (changes.availableQuantity !== undefined) body.available_quantity = changes.availableQuantity;
  if (changes.status !== undefined) body.status = changes.status;
  if (changes.sku !== undefined) {
    body.seller_custom_field = changes.sku;
    body.attributes = withSku(item.attributes, changes.sku);
  }
  return Object.keys(body).length > 0 ? body : null;
}

export interface ListingEditExecutorDeps {
  db: Database;
  api: () => MeliApi;
}

export function createListingEditExecutor(deps: ListingEditExecutorDeps): Executor<ListingEditPayload, RemoteListing> {
  const saveDescription = deps.db.prepare(
    `INSERT INTO item_descriptions (item_id, plain_text, last_updated, fetched_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(item_id) DO UPDATE SET plain_text = excluded.plain_text, last_updated = excluded.last_updated, fetched_at = excluded.fetched_at`,
  );

  async function put(userId: number, payload: ListingEditPayload, item: Item): Promise<Item> {
    const body = itemUpdateFor(payload, item);
    if (body === null) return item;
    try {
      return await deps.api().items.update(userId, payload.itemId, body);
    } catch (error) {
      // 409: optimistic locking. Re-read and try once more with the fresh listing (its variations).
      if (meliErrorDetails(error)?.status !== 409) throw error;
      const fresh = await deps.api().items.get(userId, payload.itemId);
      const retry = itemUpdateFor(payload, fresh);
      return retry === null ? fresh : deps.api().items.update(userId, payload.itemId, retry);
    }
  }

  return {
    kind: 'listing.edit',
    readBatch: 20,
    async readRemote(userId, entries) {
      const ids = [...new Set(entries.map((entry) => entry.payload.itemId))];
      const results = await deps.api().items.read(userId, ids);
      const remotes = new Map<string, RemoteListing>();
      for (const result of results) if (result.ok) remotes.set(`item:${result.id}`, { item: result.item });
      for (const entry of entries) {
        const remote = remotes.get(entry.target);
        if (remote && entry.payload.changes.description !== undefined && remote.description === undefined) {
          remote.description = (await deps.api().items.description(userId, entry.payload.itemId)).plain_text ?? '';
        }
      }
      return remotes;
    },
    compare: (entry, remote) => compareListing(entry.payload, remote),
    async send(entry, remote) {
      const item = await put(entry.userId, entry.payload, remote.item);
      const text = entry.payload.changes.description;
      if (text === undefined) return { item };
      const description = await deps.api().items.updateDescription(entry.userId, entry.payload.itemId, text);
      return { item, description: description.plain_text ?? text };
    },
    applyLocal(entry: StoredEntry<ListingEditPayload>, remote) {
      upsertItems(deps.db, entry.userId, [remote.item]);
      if (remote.description !== undefined) saveDescription.run(entry.payload.itemId, remote.description, null, new Date().toISOString());
    },
    rebase(entry, remote) {
      const values: ListingEditPayload['base']['values'] = {};
      for (const field of changedFields(entry.payload.changes)) values[field] = remoteValue(remote, entry.payload.variationId, field);
      return { ...entry.payload, base: { lastUpdated: remote.item.last_updated ?? null, values } };
    },
  };
}
