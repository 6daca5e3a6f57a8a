/**
 * Listing edits as the seller saves them: checked against the documented rules (with the category's
 * title limit), then recorded in the outbox with what they were based on. The local copy shows the
 * queued value as pending until Mercado Libre confirms it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { changedFields, editParts, readListingEdit, type BaseValues, type ListingEditPayload } from '../../shared/listing-edit-payload';
import type { ListingChanges, ListingEditField, ListingEditInput, PendingEdit } from '../../shared/listing-edits';
import type { MeliApi } from '../meli/endpoints';
import type { OutboxModule } from '../outbox/outbox-module';
import type { NewEntry } from '../outbox/outbox-store';
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

/** A change to a listing and any of its variations, queued as one entry and sent in one PUT. */
export interface ListingEdit {
  changes?: ListingChanges;
  variations?: { id: number; changes: ListingChanges }[];
}

/** One listing's (variationId null) or variation's change, as a bulk edit or a stock plan lists them. */
export interface TargetChange {
  itemId: string;
  variationId: number | null;
  userId: number;
  changes: ListingChanges;
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

  /** Queued listing edits of a listing not in conflict, oldest first, in the current payload shape. */
  function queuedEdits(itemId: string): ListingEditPayload[] {
    return deps.outbox.store
      .openFor([`item:${itemId}`])
      .filter((entry) => entry.kind === 'listing.edit' && entry.state !== 'conflict')
      .map((entry) => readListingEdit(entry.payload))
      .filter((payload): payload is ListingEditPayload => payload !== null);
  }

  /**
   * The outbox payload of a change to a listing and any of its variations (one entry, one PUT): what
   * it writes, and what each part is based on.
   */
  function payloadFor(listing: CachedListing, edit: ListingEdit): ListingEditPayload {
    // An edit queued after another one of the same field builds on it, not on the saved copy: once the
    // earlier one is sent, Mercado Libre has its value, and that is no conflict.
    const queuedParts = queuedEdits(listing.id).flatMap(editParts);
    const baseOf = (variationId: number | null, changes: ListingChanges): BaseValues => {
      const values: BaseValues = {};
      for (const field of changedFields(changes)) {
        const earlier = queuedParts.findLast((part) => part.variationId === variationId && part.changes[field] !== undefined);
        values[field] = earlier ? earlier.changes[field] : baseValue(deps.db, listing, variationId, field);
      }
      return values;
    };
    const changes = edit.changes ?? {};
    return {
      version: 2,
      itemId: listing.id,
      changes,
      base: { lastUpdated: listing.lastUpdated, values: baseOf(null, changes) },
      variations: (edit.variations ?? []).map((variation) => ({ id: variation.id, changes: variation.changes, base: baseOf(variation.id, variation.changes) })),
    };
  }

  /** The payload of an edit as the editor and the local API send it (the listing, or one variation). */
  function payloadOfInput(listing: CachedListing, input: ListingEditInput): ListingEditPayload {
    return payloadFor(listing, input.variationId === undefined ? { changes: input.changes } : { variations: [{ id: input.variationId, changes: input.changes }] });
  }

  /** Checks an edit against the rules (the category's title limit read when the title changes). */
  async function check(input: ListingEditInput): Promise<CachedListing> {
    const listing = cachedListing(deps.db, input.itemId);
    if (!listing) throw new AppError('not_found', 'That listing is not in the saved data. Nothing was queued.');
    const limit = input.changes.title === undefined ? DEFAULT_MAX_TITLE_LENGTH : await maxTitleLength(listing.userId, listing.categoryId);
    const issues = listingEditIssues(listing, input, limit);
    if (issues.length > 0) refuse(issues);
    return listing;
  }

  /** Checks and queues an edit; `alsoRecord` runs in the same transaction (a caller's local record). */
  async function edit(input: ListingEditInput, options: { batchId?: string; alsoRecord?: (listing: CachedListing) => void } = {}): Promise<{ outboxId: number }> {
    const listing = await check(input);
    const payload = payloadOfInput(listing, input);
    const entry = { userId: listing.userId, kind: 'listing.edit' as const, target: `item:${listing.id}`, payload, batchId: options.batchId ?? null };
    const [outboxId] = deps.outbox.enqueue([entry], options.alsoRecord ? () => options.alsoRecord?.(listing) : undefined);
    if (outboxId === undefined) throw new AppError('internal', 'The change could not be queued.');
    return { outboxId };
  }

  /**
   * Outbox entries for changes to many listings and variations (a bulk edit, a stock plan): one entry
   * per listing, its variations together, so each listing gets one PUT.
   */
  function entriesFor(targets: readonly TargetChange[], batchId: string): NewEntry[] {
    const byItem = new Map<string, { userId: number; edit: Required<ListingEdit> }>();
    for (const target of targets) {
      const group = byItem.get(target.itemId) ?? { userId: target.userId, edit: { changes: {}, variations: [] } };
      if (target.variationId === null) group.edit.changes = { ...group.edit.changes, ...target.changes };
      else {
        const known = group.edit.variations.find((variation) => variation.id === target.variationId);
        if (known) known.changes = { ...known.changes, ...target.changes };
        else group.edit.variations.push({ id: target.variationId, changes: target.changes });
      }
      byItem.set(target.itemId, group);
    }
    return [...byItem].map(([itemId, { userId, edit }]) => {
      const listing = cachedListing(deps.db, itemId);
      if (!listing) throw new AppError('not_found', `Listing ${itemId} is no longer in the saved data. Nothing was queued.`, { itemId });
      return { userId, kind: 'listing.edit' as const, target: `item:${itemId}`, batchId, payload: payloadFor(listing, edit) };
    });
  }

  /** Queued edits per listing id, oldest first, one marker per part (the listing, each variation). */
  function pendingFor(itemIds: readonly string[]): Map<string, PendingEdit[]> {
    const byItem = new Map<string, PendingEdit[]>();
    for (const entry of deps.outbox.store.openFor(itemIds.map((id) => `item:${id}`))) {
      const payload = entry.kind === 'listing.edit' ? readListingEdit(entry.payload) : null;
      if (!payload) continue;
      const list = byItem.get(payload.itemId) ?? [];
      for (const part of editParts(payload)) list.push({ outboxId: entry.id, state: entry.state, variationId: part.variationId, changes: part.changes });
      byItem.set(payload.itemId, list);
    }
    return byItem;
  }

  return { edit, check, pendingFor, payloadFor, entriesFor };
}
