/**
 * Listings changed elsewhere (on Mercado Libre's site, or by another tool) between full passes. A
 * light multiget asks only for the fields any change moves (last_updated, price, stock, status) and
 * compares them with the cache; listings that differ are then read whole. Polling checks a slice each
 * time, so every open listing is checked once per cycle with the calls spread evenly over it; "Sync
 * now" checks them all. Closed listings are final and never checked.
 */
import type { Database } from 'better-sqlite3';
import { MULTIGET_MAX_IDS } from '../meli/endpoints/items';
import { chunk, runPool } from './pool';
import type { StepContext } from './step-context';
import { readWatermark, writeWatermark } from './sync-state';

/** With polls every 2 minutes, a change is seen within this plus one poll: under 30 minutes. */
export const CHECK_CYCLE_MS = 25 * 60_000;
export const LIGHT_ATTRIBUTES = ['id', 'last_updated', 'price', 'available_quantity', 'status'] as const;

interface CheckState {
  /** When the current pass over the listings began. */
  cycleAt: number;
  /** The last id checked in it (ids go in order), null at its start. */
  after: string | null;
  checked: number;
}

interface CachedRow {
  id: string;
  last_updated: string | null;
  price: number | null;
  available_quantity: number;
  status: string;
}

function readState(db: Database, userId: number): CheckState | null {
  const saved = readWatermark(db, userId, 'items.check');
  if (saved === null) return null;
  try {
    const state = JSON.parse(saved) as Partial<CheckState>;
    if (typeof state.cycleAt !== 'number' || typeof state.checked !== 'number') return null;
    return { cycleAt: state.cycleAt, after: typeof state.after === 'string' ? state.after : null, checked: state.checked };
  } catch {
    return null;
  }
}

/** A new pass starts now (after a full read every listing is fresh). Inside the caller's transaction. */
export function restartChecks(db: Database, userId: number, at: Date): void {
  writeWatermark(db, userId, 'items.check', JSON.stringify({ cycleAt: at.getTime(), after: null, checked: 0 } satisfies CheckState));
}

function openCount(db: Database, userId: number): number {
  return db.prepare("SELECT count(*) FROM items WHERE user_id = ? AND status != 'closed'").pluck().get(userId) as number;
}

function openIdsAfter(db: Database, userId: number, after: string | null, limit: number): string[] {
  return db.prepare("SELECT id FROM items WHERE user_id = ? AND status != 'closed' AND id > ? ORDER BY id LIMIT ?").pluck().all(userId, after ?? '', limit) as string[];
}

function differs(light: Record<string, unknown>, row: CachedRow): boolean {
  const lastUpdated = typeof light.last_updated === 'string' ? Date.parse(light.last_updated) : Number.NaN;
  const cached = row.last_updated === null ? Number.NaN : Date.parse(row.last_updated);
  if (!(lastUpdated === cached)) return true;
  if (light.price !== undefined && light.price !== null && Number(light.price) !== row.price) return true;
  if (light.available_quantity !== undefined && Number(light.available_quantity) !== row.available_quantity) return true;
  return typeof light.status === 'string' && light.status !== row.status;
}

/** Compares `ids` with Mercado Libre, 20 per call; returns those that changed there. */
async function compare(ctx: StepContext, ids: readonly string[], report: boolean): Promise<string[]> {
  const { db, api, userId } = ctx;
  const rowOf = db.prepare<[string], CachedRow>('SELECT id, last_updated, price, available_quantity, status FROM items WHERE id = ?');
  const changed: string[] = [];
  let done = 0;
  await runPool(chunk(ids, MULTIGET_MAX_IDS), ctx.concurrency, ctx.signal, async (batch) => {
    for (const result of await api.items.read(userId, batch, LIGHT_ATTRIBUTES)) {
      if (!result.ok) continue;
      const row = rowOf.get(result.id);
      if (row && differs(result.item, row)) changed.push(result.id);
    }
    done += batch.length;
    if (report) ctx.progress('items', done, ids.length);
  });
  return changed;
}

/** The listings changed at Mercado Libre among those due for a check (all of them when `all`). */
export async function changedListings(ctx: StepContext, options: { all: boolean }): Promise<string[]> {
  const { db, userId } = ctx;
  const now = ctx.now().getTime();
  const total = openCount(db, userId);
  const state = readState(db, userId);
  if (total === 0 || (state === null && !options.all)) {
    // Nothing cached yet, or a cache from before these checks: start counting from now.
    db.transaction(() => restartChecks(db, userId, ctx.now()))();
    return [];
  }
  if (options.all) {
    const changed = await compare(ctx, openIdsAfter(db, userId, null, total), true);
    db.transaction(() => restartChecks(db, userId, ctx.now()))();
    return changed;
  }
  const current = state as CheckState;
  const due = Math.min(total, Math.ceil((total * (now - current.cycleAt)) / CHECK_CYCLE_MS));
  const owed = due - current.checked;
  // Wait until a whole call's worth is due (or the pass must end): a call for 3 ids costs as much as one for 20.
  if (owed <= 0 || (owed < MULTIGET_MAX_IDS && due < total)) return [];
  const want = Math.ceil(owed / MULTIGET_MAX_IDS) * MULTIGET_MAX_IDS;
  const ids = openIdsAfter(db, userId, current.after, want);
  const changed = await compare(ctx, ids, false);
  const passDone = ids.length < want || current.checked + ids.length >= total;
  db.transaction(() => {
    if (passDone) restartChecks(db, userId, ctx.now());
    else writeWatermark(db, userId, 'items.check', JSON.stringify({ cycleAt: current.cycleAt, after: ids.at(-1) ?? current.after, checked: current.checked + ids.length } satisfies CheckState));
  })();
  return changed;
}
