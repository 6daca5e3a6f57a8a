/**
 * Sends a listing edit to Mercado Libre: one PUT /items/{id} with only the changed fields (a variation
 * edit lists every existing variation id, so none is deleted; a SKU keeps every other attribute), and
 * the description with its own PUT. Before sending, the listing read moments ago (20 per multiget)
 * tells whether the change is already there, still applies, or clashes with a change made elsewhere.
 */
import type { Database } from 'better-sqlite3';
import { changedFields, editParts, readListingEdit, type EditPart, type ListingEditPayload } from '../../shared/listing-edit-payload';
import type { ListingChanges, ListingEditField } from '../../shared/listing-edits';
import type { ConflictField } from '../../shared/outbox';
import { AppError } from '../../shared/errors';
import { meliErrorDetails } from '../meli/errors';
import type { MeliApi } from '../meli/endpoints';
import type { ItemUpdate } from '../meli/endpoints/items';
import type { Item } from '../meli/schemas';
import type { Comparison, Executor } from '../outbox/executor';
import type { StoredEntry } from '../outbox/outbox-store';
import { skuOf, upsertItems } from './items-store';

export type { ListingEditPayload } from '../../shared/listing-edit-payload';

export interface RemoteListing {
  item: Item;
  /** Read only when the edit changes the description. */
  description?: string;
}

type Variation = NonNullable<Item['variations']>[number];
type Attribute = NonNullable<Item['attributes']>[number];

/** The payload of an outbox entry in the current shape (entries of the first shape are read into it). */
export function listingEditOf(entry: StoredEntry): ListingEditPayload {
  const payload = readListingEdit(entry.payload);
  if (!payload) throw new AppError('internal', 'This change was saved in a form Mostrador cannot read.', { id: entry.id });
  return payload;
}

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

/** Each part (the listing, each variation) is checked on its own: a clash on one names that variation. */
export function compareListing(payload: ListingEditPayload, remote: RemoteListing): Comparison {
  const conflicts: ConflictField[] = [];
  let allApplied = true;
  for (const part of editParts(payload)) {
    for (const field of changedFields(part.changes)) {
      const mine = part.changes[field];
      const theirs = remoteValue(remote, part.variationId, field);
      if (same(theirs, mine)) continue;
      allApplied = false;
      const base = part.base[field];
      if (base !== undefined && !same(theirs, base)) conflicts.push({ field, variationId: part.variationId, base, mine, theirs: theirs ?? null });
    }
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

const VARIATION_FIELDS = ['price', 'availableQuantity', 'sku'] as const;

/** The PUT /items/{id} body for the edit, built on the listing as Mercado Libre has it now. */
export function itemUpdateFor(payload: ListingEditPayload, item: Item): ItemUpdate | null {
  const { changes } = payload;
  const body: ItemUpdate = {};
  if (changes.title !== undefined) body.title = changes.title;
  if (changes.price !== undefined) body.price = changes.price;
  if (changes.availableQuantity !== undefined) body.available_quantity = changes.availableQuantity;
  if (changes.status !== undefined) body.status = changes.status;
  if (changes.sku !== undefined) {
    body.seller_custom_field = changes.sku;
    body.attributes = withSku(item.attributes, changes.sku);
  }
  const edited = new Map(payload.variations.filter((variation) => VARIATION_FIELDS.some((field) => variation.changes[field] !== undefined)).map((variation) => [variation.id, variation.changes]));
  if (edited.size > 0) {
    // Every existing variation is listed: an omitted id would delete it.
    body.variations = (item.variations ?? []).map((variation) => {
      const wanted = edited.get(variation.id);
      return wanted ? variationUpdate(variation, wanted) : { id: variation.id };
    });
  }
  return Object.keys(body).length > 0 ? body : null;
}

function withoutFields(changes: ListingChanges, fields: ReadonlySet<string>): ListingChanges {
  return Object.fromEntries(Object.entries(changes).filter(([field]) => !fields.has(field))) as ListingChanges;
}

/**
 * Take theirs: the clashing fields are dropped (Mercado Libre's value stays); what did not clash — the
 * other variations of the listing, the other fields — is still sent. Null when nothing is left.
 */
export function withoutConflicts(payload: ListingEditPayload, conflicts: readonly ConflictField[]): ListingEditPayload | null {
  const clashing = (variationId: number | null) => new Set(conflicts.filter((conflict) => (conflict.variationId ?? null) === variationId).map((conflict) => conflict.field));
  const changes = withoutFields(payload.changes, clashing(null));
  const variations = payload.variations
    .map((variation) => ({ ...variation, changes: withoutFields(variation.changes, clashing(variation.id)) }))
    .filter((variation) => changedFields(variation.changes).length > 0);
  const rest: ListingEditPayload = { ...payload, changes, variations };
  return editParts(rest).length > 0 ? rest : null;
}

/** Keep mine: every part based on what Mercado Libre has now. */
function rebased(payload: ListingEditPayload, remote: RemoteListing): ListingEditPayload {
  const valuesOf = (part: Pick<EditPart, 'variationId' | 'changes'>) => Object.fromEntries(changedFields(part.changes).map((field) => [field, remoteValue(remote, part.variationId, field)]));
  return {
    ...payload,
    base: { lastUpdated: remote.item.last_updated ?? null, values: valuesOf({ variationId: null, changes: payload.changes }) },
    variations: payload.variations.map((variation) => ({ ...variation, base: valuesOf({ variationId: variation.id, changes: variation.changes }) })),
  };
}

export interface ListingEditExecutorDeps {
  db: Database;
  api: () => MeliApi;
}

export function createListingEditExecutor(deps: ListingEditExecutorDeps): Executor<unknown, RemoteListing> {
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
      const edits = entries.map(listingEditOf);
      const ids = [...new Set(edits.map((edit) => edit.itemId))];
      const results = await deps.api().items.read(userId, ids);
      const remotes = new Map<string, RemoteListing>();
      for (const result of results) if (result.ok) remotes.set(`item:${result.id}`, { item: result.item });
      for (const edit of edits) {
        const remote = remotes.get(`item:${edit.itemId}`);
        if (remote && edit.changes.description !== undefined && remote.description === undefined) {
          remote.description = (await deps.api().items.description(userId, edit.itemId)).plain_text ?? '';
        }
      }
      return remotes;
    },
    compare: (entry, remote) => compareListing(listingEditOf(entry), remote),
    async send(entry, remote) {
      const payload = listingEditOf(entry);
      const item = await put(entry.userId, payload, remote.item);
      const text = payload.changes.description;
      if (text === undefined) return { item };
      const description = await deps.api().items.updateDescription(entry.userId, payload.itemId, text);
      return { item, description: description.plain_text ?? text };
    },
    applyLocal(entry, remote) {
      upsertItems(deps.db, entry.userId, [remote.item]);
      if (remote.description !== undefined) saveDescription.run(remote.item.id, remote.description, null, new Date().toISOString());
    },
    rebase: (entry, remote) => rebased(listingEditOf(entry), remote),
    withoutConflicts: (entry, conflicts) => withoutConflicts(listingEditOf(entry), conflicts),
  };
}
