/**
 * Listing edits as the seller saves them: checked against the documented rules (with the category's
 * title limit), then recorded in the outbox with what they were based on. The local copy shows the
 * queued value as pending until Mercado Libre confirms it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { ListingChanges, ListingEditField, ListingEditInput, PendingEdit } from '../../shared/listing-edits';
import type { MeliApi } from '../meli/endpoints';
import type { StoredEntry } from '../outbox/outbox-store';
import type { OutboxModule } from '../outbox/outbox-module';
import type { ListingEditPayload } from './listing-edit-executor';
import { DEFAULT_MAX_TITLE_LENGTH, listingEditIssues, refuse, type CachedListing } from './listing-edit-rules';

interface ItemRow {
  id: string;
  user_id: number;
  title: string;
  status: string;
  price: number | null;
  available_quantity: number;
  sold_quantity: number;
  sku: string | null;
  logistic_type: string | null;
  category_id: string | null;
  last_updated: string | null;
}

export function cachedListing(db: Database, itemId: string): CachedListing | null {
  const row = db
    .prepare('SELECT id, user_id, title, status, price, available_quantity, sold_quantity, sku, logistic_type, category_id, last_updated FROM items WHERE id = ?')
    .get(itemId) as ItemRow | undefined;
  if (!row) return null;
  const variations = db
    .prepare('SELECT variation_id AS id, price, available_quantity AS availableQuantity, sku FROM item_variations WHERE item_id = ? ORDER BY variation_id')
    .all(itemId) as CachedListing['variations'];
  return {
    id: row.id,
    userId: row.user_id,
    title: row.title,
    status: row.status,
    price: row.price,
    availableQuantity: row.available_quantity,
    soldQuantity: row.sold_quantity,
    sku: row.sku,
    logisticType: row.logistic_type,
    categoryId: row.category_id,
    lastUpdated: row.last_updated,
    variations,
  };
}

function baseValue(db: Database, listing: CachedListing, variationId: number | null, field: ListingEditField): unknown {
  const variation = variationId === null ? null : listing.variations.find((candidate) => candidate.id === variationId);
  switch (field) {
    case 'title':
      return listing.title;
    case 'status':
      return listing.status;
    case 'price':
      return variation ? variation.price : listing.price;
    case 'availableQuantity':
      return variation ? variation.availableQuantity : listing.availableQuantity;
    case 'sku':
      return variation ? variation.sku : listing.sku;
    case 'description':
      // Known only when the description was read; otherwise no base, and no conflict can be claimed.
      return (db.prepare('SELECT plain_text FROM item_descriptions WHERE item_id = ?').pluck().get(listing.id) as string | undefined) ?? undefined;
  }
}

export interface ListingEditsDeps {
  db: Database;
  api: () => MeliApi;
  outbox: OutboxModule;
}

export function createListingEdits(deps: ListingEditsDeps) {
  const titleLimits = new Map<string, number>();

  /** The category's max_title_length, read once per category; the documented default when offline. */
  async function maxTitleLength(userId: number, categoryId: string | null): Promise<number> {
    if (categoryId === null) return DEFAULT_MAX_TITLE_LENGTH;
    const known = titleLimits.get(categoryId);
    if (known !== undefined) return known;
    try {
      const category = await deps.api().catalog.category(userId, categoryId);
      const limit = category.settings?.max_title_length ?? DEFAULT_MAX_TITLE_LENGTH;
      titleLimits.set(categoryId, limit);
      return limit;
    } catch {
      return DEFAULT_MAX_TITLE_LENGTH;
    }
  }

  /** The outbox payload of a change: what it writes, and what it is based on. */
  function payloadFor(listing: CachedListing, variationId: number | null, changes: ListingChanges): ListingEditPayload {
    // An edit queued after another one of the same field builds on it, not on the saved copy: once the
    // earlier one is sent, Mercado Libre has its value, and that is no conflict.
    const queued = (deps.outbox.store.openFor([`item:${listing.id}`]) as StoredEntry<ListingEditPayload>[]).filter(
      (entry) => entry.kind === 'listing.edit' && entry.state !== 'conflict' && entry.payload.variationId === variationId,
    );
    const values: ListingEditPayload['base']['values'] = {};
    for (const field of Object.keys(changes) as ListingEditField[]) {
      if (changes[field] === undefined) continue;
      const earlier = queued.findLast((entry) => entry.payload.changes[field] !== undefined);
      values[field] = earlier ? earlier.payload.changes[field] : baseValue(deps.db, listing, variationId, field);
    }
    return { itemId: listing.id, variationId, changes, base: { lastUpdated: listing.lastUpdated, values } };
  }

  async function edit(input: ListingEditInput): Promise<{ outboxId: number }> {
    const listing = cachedListing(deps.db, input.itemId);
    if (!listing) throw new AppError('not_found', 'That listing is not in the saved data. Nothing was queued.');
    const limit = input.changes.title === undefined ? DEFAULT_MAX_TITLE_LENGTH : await maxTitleLength(listing.userId, listing.categoryId);
    const issues = listingEditIssues(listing, input, limit);
    if (issues.length > 0) refuse(issues);
    const payload = payloadFor(listing, input.variationId ?? null, input.changes);
    const [outboxId] = deps.outbox.enqueue([{ userId: listing.userId, kind: 'listing.edit', target: `item:${listing.id}`, payload }]);
    if (outboxId === undefined) throw new AppError('internal', 'The change could not be queued.');
    return { outboxId };
  }

  /** Queued edits per listing id, oldest first, for the rows the Listings screen shows. */
  function pendingFor(itemIds: readonly string[]): Map<string, PendingEdit[]> {
    const byItem = new Map<string, PendingEdit[]>();
    for (const entry of deps.outbox.store.openFor(itemIds.map((id) => `item:${id}`)) as StoredEntry<ListingEditPayload>[]) {
      if (entry.kind !== 'listing.edit') continue;
      const list = byItem.get(entry.payload.itemId) ?? [];
      list.push({ outboxId: entry.id, state: entry.state, variationId: entry.payload.variationId, changes: entry.payload.changes });
      byItem.set(entry.payload.itemId, list);
    }
    return byItem;
  }

  return { edit, pendingFor, payloadFor };
}
