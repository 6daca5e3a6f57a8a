/**
 * Listings. A full pass lists every item id (offset pages, or a scan past 1000) and reads them 20 at
 * a time; it runs on the first sync and every few hours. Between full passes an incremental pass costs
 * one call when nothing changed: the first page of ids tells whether listings were added, and the
 * items named in freshly synced orders (a sale changes stock) are read again. Listings named in orders
 * that Mercado Libre does not know (404) or that belong to another seller are remembered in
 * `items.skipped` and not asked for again on every quiet check.
 */
import type { Database } from 'better-sqlite3';
import { knownItemIds, upsertItems } from '../listings/items-store';
import { MULTIGET_MAX_IDS, SEARCH_LIMIT_MAX } from '../meli/endpoints/items';
import { changedListings, restartChecks } from './items-check';
import { chunk, runPool } from './pool';
import type { StepContext } from './step-context';
import { readWatermark, writeWatermark } from './sync-state';

export const FULL_ITEMS_EVERY_MS = 6 * 3_600_000;
/** Offset paging of item search stops at 1000 results; past that, scan. */
const OFFSET_LIMIT = 1_000;

/** Every id of the seller's listings: offset pages up to 1000, a scan beyond. */
async function listAllIds(ctx: StepContext, firstPage: { ids: string[]; total: number }): Promise<string[]> {
  const { api, userId, signal } = ctx;
  if (firstPage.total <= OFFSET_LIMIT) {
    const ids = [...firstPage.ids];
    const offsets: number[] = [];
    for (let offset = SEARCH_LIMIT_MAX; offset < firstPage.total; offset += SEARCH_LIMIT_MAX) offsets.push(offset);
    const pages = new Map<number, string[]>();
    await runPool(offsets, ctx.concurrency, signal, async (offset) => {
      pages.set(offset, (await api.items.search(userId, { sellerId: userId, offset, limit: SEARCH_LIMIT_MAX })).ids);
    });
    for (const offset of offsets) ids.push(...(pages.get(offset) ?? []));
    return ids;
  }
  const ids: string[] = [];
  for await (const page of api.items.scan(userId, { sellerId: userId, limit: SEARCH_LIMIT_MAX })) {
    signal.throwIfAborted();
    ids.push(...page);
    ctx.progress('items', 0, firstPage.total);
    // The scan ends with an empty page; once every id is in, that last call can be spared.
    if (ids.length >= firstPage.total) break;
  }
  return ids;
}

type SkipReason = 'not_found' | 'other_seller';

/** Listings not to read again: id → why. */
export function skippedItems(db: Database, userId: number): Record<string, SkipReason> {
  const saved = readWatermark(db, userId, 'items.skipped');
  if (saved === null) return {};
  try {
    const parsed = JSON.parse(saved) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, SkipReason>) : {};
  } catch {
    // A damaged list only costs a few reads: start it again.
    return {};
  }
}

/** Adds to (or, with null, removes from) the skip list; runs inside the caller's transaction. */
function updateSkipped(db: Database, userId: number, changes: ReadonlyArray<[string, SkipReason | null]>): void {
  if (changes.length === 0) return;
  const skipped = skippedItems(db, userId);
  let changed = false;
  for (const [id, reason] of changes) {
    if ((skipped[id] ?? null) === reason) continue;
    changed = true;
    if (reason === null) delete skipped[id];
    else skipped[id] = reason;
  }
  // Most batches hold only the seller's own listings: nothing to write.
  if (!changed) return;
  writeWatermark(db, userId, 'items.skipped', JSON.stringify(skipped));
}

/** Reads items 20 per call and stores each batch in its own transaction. */
async function readItems(ctx: StepContext, ids: readonly string[]): Promise<void> {
  const { db, api, userId, signal } = ctx;
  let done = 0;
  ctx.progress('items', 0, ids.length);
  await runPool(chunk(ids, MULTIGET_MAX_IDS), ctx.concurrency, signal, async (batch) => {
    const results = await api.items.read(userId, batch);
    const found = results.flatMap((result) => (result.ok && (result.item.seller_id === undefined || result.item.seller_id === userId) ? [result.item] : []));
    // Another seller's listing (sold through a catalogue or shown in an order) is not ours to cache.
    const skip = results.flatMap((result): Array<[string, SkipReason | null]> => {
      if (result.ok) return result.item.seller_id !== undefined && result.item.seller_id !== userId ? [[result.id, 'other_seller']] : [[result.id, null]];
      return result.status === 404 ? [[result.id, 'not_found']] : [];
    });
    ctx.commit(['items'], () => {
      upsertItems(db, userId, found);
      updateSkipped(db, userId, skip);
    });
    done += batch.length;
    ctx.progress('items', done, ids.length);
  });
}

/** Items sold (or first seen) in orders stored after the item was last read. */
export function itemsToRefresh(db: Database, userId: number): string[] {
  return db
    .prepare(
      `SELECT DISTINCT oi.item_id FROM order_items oi
       JOIN orders o ON o.id = oi.order_id
       LEFT JOIN items i ON i.id = oi.item_id
       WHERE o.user_id = ? AND oi.item_id IS NOT NULL AND (i.id IS NULL OR o.synced_at > i.synced_at)`,
    )
    .pluck()
    .all(userId) as string[];
}

/** `checkAll`: compare every open listing with Mercado Libre ("Sync now"), not only the slice due. */
export async function syncItems(ctx: StepContext, options: { forceFull?: boolean; checkAll?: boolean } = {}): Promise<void> {
  const { db, api, userId } = ctx;
  const startedAt = ctx.now();
  const lastFull = readWatermark(db, userId, 'items.full_at');
  const full = options.forceFull || lastFull === null || startedAt.getTime() - Date.parse(lastFull) > FULL_ITEMS_EVERY_MS;
  const probe = await api.items.search(userId, { sellerId: userId, offset: 0, limit: SEARCH_LIMIT_MAX });
  const firstPage = { ids: probe.ids, total: probe.paging.total ?? probe.ids.length };

  if (full) {
    await readItems(ctx, await listAllIds(ctx, firstPage));
    db.transaction(() => {
      writeWatermark(db, userId, 'items.full_at', startedAt.toISOString());
      // The pass of light checks starts when the listings were read, not when the sync began (the
      // orders before them can take minutes): else the next quiet poll would owe a slice at once.
      restartChecks(db, userId, ctx.now());
    })();
    return;
  }
  const known = knownItemIds(db, userId);
  let unknown = firstPage.ids.filter((id) => !known.has(id));
  if (firstPage.total !== known.size || unknown.length > 0) {
    unknown = (await listAllIds(ctx, firstPage)).filter((id) => !known.has(id));
  }
  const skipped = skippedItems(db, userId);
  const changed = await changedListings(ctx, { all: options.checkAll ?? false });
  const refresh = [...new Set([...unknown, ...itemsToRefresh(db, userId).filter((id) => !(id in skipped)), ...changed])];
  if (refresh.length > 0) await readItems(ctx, refresh);
}
