/**
 * Bulk edits: a preview first (before → after for every listing or variation, and those left out with
 * the reason), kept for a while under an id; applying it queues every change in the outbox in one
 * transaction as one batch, whose progress can be read, stopped, or undone as a whole.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { BulkBatchStatus, BulkChange, BulkPreview, BulkPreviewRow, BulkSkipReason, ListingChanges } from '../../shared/listing-edits';
import { ListingsQuery } from '../../shared/listings';
import { editParts, readListingEdit } from '../../shared/listing-edit-payload';
import type { OutboxModule } from '../outbox/outbox-module';
import type { CachedListing } from './listing-edit-rules';
import { cachedListing, type createListingEdits } from './listing-edits';
import { queryListings } from './listings-query';

const PREVIEW_TTL_MS = 30 * 60_000;
const MAX_SELECTION = 5000;
// Previews are kept in memory until applied or expired; a script asking for many keeps only the latest.
const MAX_KEPT_PREVIEWS = 20;

// Whole units on the sites whose money has no cents; two decimals elsewhere.
const WHOLE_UNITS = new Set(['CLP', 'COP', 'PYG']);

/**
 * The id of the batch that undoes `batchId`: derived from it, so the outbox itself remembers that a
 * batch was undone (across restarts) and a second undo can be refused instead of queued again.
 */
export function undoBatchId(batchId: string): string {
  const hex = createHash('sha256').update(`undo:${batchId}`).digest('hex');
  // Shaped as a version-5 UUID (the contract's batch ids are UUIDs).
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function roundForSite(value: number, currencyId: string | null): number {
  const digits = currencyId !== null && WHOLE_UNITS.has(currencyId) ? 0 : 2;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

interface Target {
  variationId: number | null;
  variation: string | null;
  price: number | null;
  availableQuantity: number;
}

function targetsOf(db: Database, listing: CachedListing, change: BulkChange): Target[] {
  if (change.kind === 'status' || listing.variations.length === 0) {
    return [{ variationId: null, variation: null, price: listing.price, availableQuantity: listing.availableQuantity }];
  }
  const names = new Map(
    (db.prepare('SELECT variation_id, attributes_text FROM item_variations WHERE item_id = ?').all(listing.id) as { variation_id: number; attributes_text: string }[]).map(
      (row) => [row.variation_id, row.attributes_text],
    ),
  );
  return listing.variations.map((variation) => ({ variationId: variation.id, variation: names.get(variation.id) ?? null, price: variation.price, availableQuantity: variation.availableQuantity }));
}

function planRow(db: Database, listing: CachedListing, currencyId: string | null, target: Target, change: BulkChange): BulkPreviewRow {
  const base = { itemId: listing.id, variationId: target.variationId, userId: listing.userId, title: listing.title, variation: target.variation, currencyId };
  const skip = (field: BulkPreviewRow['field'], before: BulkPreviewRow['before'], reason: BulkSkipReason): BulkPreviewRow => ({ ...base, field, before, after: before, skipped: reason });
  if (change.kind === 'status') {
    if (listing.status === 'closed') return skip('status', listing.status, 'listing_closed');
    if (change.status === 'active' && listing.status === 'under_review') return skip('status', listing.status, 'under_review');
    if (listing.status === change.status) return skip('status', listing.status, 'no_change');
    return { ...base, field: 'status', before: listing.status, after: change.status, skipped: null };
  }
  if (change.kind === 'stock_set' || change.kind === 'stock_add') {
    const before = target.availableQuantity;
    if (listing.status === 'closed') return skip('availableQuantity', before, 'listing_closed');
    if (listing.logisticType === 'fulfillment') return skip('availableQuantity', before, 'fulfilment_stock');
    const after = change.kind === 'stock_set' ? change.quantity : Math.max(0, before + change.delta);
    if (after === before) return skip('availableQuantity', before, 'no_change');
    return { ...base, field: 'availableQuantity', before, after, skipped: null };
  }
  const before = target.price;
  if (listing.status === 'closed') return skip('price', before, 'listing_closed');
  if (before === null) return skip('price', before, 'no_price');
  const after = change.kind === 'price_set' ? roundForSite(change.price, currencyId) : roundForSite(before * (1 + change.percent / 100), currencyId);
  if (after === before || after <= 0) return skip('price', before, 'no_change');
  return { ...base, field: 'price', before, after, skipped: null };
}

function changesOf(row: BulkPreviewRow, value: BulkPreviewRow['after']): ListingChanges {
  if (row.field === 'status') return { status: value as 'active' | 'paused' };
  if (row.field === 'price') return { price: value as number };
  return { availableQuantity: value as number };
}

export interface BulkEditsDeps {
  db: Database;
  outbox: OutboxModule;
  edits: ReturnType<typeof createListingEdits>;
  now?: () => Date;
}

export function createBulkEdits(deps: BulkEditsDeps) {
  const now = deps.now ?? (() => new Date());
  const previews = new Map<string, BulkPreview & { expires: number }>();

  function selection(input: { itemIds?: string[] | undefined; query?: z.input<typeof ListingsQuery> | undefined }): string[] {
    if (input.itemIds) return [...new Set(input.itemIds)];
    const query = ListingsQuery.parse({ ...input.query, offset: 0, limit: 500 });
    const ids: string[] = [];
    for (let offset = 0; ids.length < MAX_SELECTION; offset += 500) {
      const page = queryListings(deps.db, { ...query, offset });
      ids.push(...page.rows.map((row) => row.id));
      if (page.rows.length < 500) break;
    }
    return ids.slice(0, MAX_SELECTION);
  }

  function preview(input: { itemIds?: string[] | undefined; query?: z.input<typeof ListingsQuery> | undefined; change: BulkChange }): BulkPreview {
    for (const [id, kept] of previews) if (kept.expires < now().getTime()) previews.delete(id);
    const rows: BulkPreviewRow[] = [];
    const currency = deps.db.prepare('SELECT currency_id FROM items WHERE id = ?').pluck();
    for (const itemId of selection(input)) {
      const listing = cachedListing(deps.db, itemId);
      if (!listing) throw new AppError('not_found', `Listing ${itemId} is not in the saved data. Nothing was queued.`, { itemId });
      const currencyId = (currency.get(itemId) as string | null | undefined) ?? null;
      for (const target of targetsOf(deps.db, listing, input.change)) rows.push(planRow(deps.db, listing, currencyId, target, input.change));
    }
    const expires = now().getTime() + PREVIEW_TTL_MS;
    const changing = rows.filter((row) => row.skipped === null).length;
    const plan: BulkPreview = { previewId: randomUUID(), change: input.change, rows, changing, skipping: rows.length - changing, expiresAt: new Date(expires).toISOString() };
    previews.set(plan.previewId, { ...plan, expires });
    // Maps keep insertion order: the oldest previews go first.
    for (const id of previews.keys()) {
      if (previews.size <= MAX_KEPT_PREVIEWS) break;
      previews.delete(id);
    }
    return plan;
  }

  function status(batchId: string): BulkBatchStatus {
    const entries = deps.outbox.store.list({ batchId, limit: 100_000 });
    if (entries.length === 0) throw new AppError('not_found', 'There is no such bulk edit.');
    const count = (...states: string[]) => entries.filter((entry) => states.includes(entry.state)).length;
    return {
      batchId,
      total: entries.length,
      pending: count('pending', 'sending', 'unclear'),
      done: count('done'),
      failed: count('failed'),
      conflict: count('conflict'),
      discarded: count('discarded'),
    };
  }

  function queue(rows: readonly { row: BulkPreviewRow; value: BulkPreviewRow['after'] }[], batchId: string = randomUUID()): { batchId: string; queued: number } {
    // One entry per row (a variation's change is its own entry): the batch's progress and summary
    // count the changes the seller previewed.
    const entries = rows.flatMap(({ row, value }) => deps.edits.entriesFor([{ itemId: row.itemId, variationId: row.variationId, userId: row.userId, changes: changesOf(row, value) }], batchId));
    deps.outbox.enqueue(entries);
    return { batchId, queued: entries.length };
  }

  return {
    preview,
    status,
    apply(previewId: string): { batchId: string; queued: number } {
      const plan = previews.get(previewId);
      if (!plan || plan.expires < now().getTime()) throw new AppError('not_found', 'That preview has expired or does not exist: preview the change again.');
      previews.delete(previewId);
      return queue(plan.rows.filter((row) => row.skipped === null).map((row) => ({ row, value: row.after })));
    },
    cancel(batchId: string): BulkBatchStatus {
      status(batchId);
      const waiting = deps.outbox.store.list({ batchId, states: ['pending', 'failed', 'conflict'], limit: 100_000 });
      for (const entry of waiting) deps.outbox.discard(entry.id);
      return status(batchId);
    },
    undo(batchId: string): { batchId: string | null; discarded: number; queued: number } {
      status(batchId);
      const undoId = undoBatchId(batchId);
      if (deps.outbox.store.list({ batchId: undoId, limit: 1 }).length > 0) {
        throw new AppError('conflict', 'This bulk edit was already undone. Nothing was queued.', { rule: 'already_undone', undoBatchId: undoId });
      }
      const entries = deps.outbox.store.list({ batchId, limit: 100_000 });
      let discarded = 0;
      const back: { row: BulkPreviewRow; value: BulkPreviewRow['after'] }[] = [];
      for (const entry of [...entries].reverse()) {
        if (entry.state === 'pending' || entry.state === 'failed' || entry.state === 'conflict') {
          deps.outbox.discard(entry.id);
          discarded += 1;
          continue;
        }
        const payload = readListingEdit(entry.payload);
        if (entry.state === 'discarded' || !payload) continue;
        // Sent, or being sent: the inverse change queues behind it for the same listing.
        for (const part of editParts(payload)) {
          const field = (['price', 'availableQuantity', 'status'] as const).find((candidate) => part.changes[candidate] !== undefined);
          const before = field === undefined ? undefined : part.base[field];
          if (field === undefined || before === undefined || before === null) continue;
          back.push({
            row: { itemId: payload.itemId, variationId: part.variationId, userId: entry.userId, title: '', variation: null, currencyId: null, field, before: null, after: null, skipped: null },
            value: before as BulkPreviewRow['after'],
          });
        }
      }
      if (back.length === 0) return { batchId: null, discarded, queued: 0 };
      const undone = queue(back, undoId);
      return { batchId: undone.batchId, discarded, queued: undone.queued };
    },
  };
}
