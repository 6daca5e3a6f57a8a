/**
 * The plan: every writable listing or variation whose Mercado Libre quantity (or the quantity already
 * queued for it) differs from what its SKUs allow, before → after with the reason. Applying it queues
 * the changes in the outbox as one batch, through the same listing edits the editor uses; the outbox
 * sends them, checks them again after a crash, and applies the confirmed listing to the cache.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { PlanChange, StockPlan } from '../../shared/stock';
import { editParts, readListingEdit } from '../../shared/listing-edit-payload';
import type { createListingEdits } from '../listings/listing-edits';
import type { OutboxModule } from '../outbox/outbox-module';
import { loadSkus, loadTargets, pausedBySeller, targetKey, targetQuantity, writable, type SkuRow, type Target } from './inventory';

const PLAN_TTL_MS = 30 * 60_000;
const CHUNK = 500;

/** The latest quantity queued (not yet confirmed) per listing or variation: a plan builds on it. */
export function queuedQuantities(outbox: OutboxModule, itemIds: readonly string[]): Map<string, number> {
  const queued = new Map<string, number>();
  const unique = [...new Set(itemIds)];
  for (let start = 0; start < unique.length; start += CHUNK) {
    for (const entry of outbox.store.openFor(unique.slice(start, start + CHUNK).map((id) => `item:${id}`))) {
      const payload = entry.kind === 'listing.edit' && entry.state !== 'conflict' ? readListingEdit(entry.payload) : null;
      for (const part of payload ? editParts(payload) : []) {
        const quantity = part.changes.availableQuantity;
        if (quantity !== undefined && payload) queued.set(targetKey(payload.itemId, part.variationId), quantity);
      }
    }
  }
  return queued;
}

function reasonOf(target: Target, skus: ReadonlyMap<string, SkuRow>, after: number): PlanChange['reason'] {
  if (after === 0) return 'out_of_stock';
  const uncapped = targetQuantity({ ...target, maxQuantity: null }, skus);
  if (target.maxQuantity !== null && uncapped !== null && uncapped > target.maxQuantity) return 'cap';
  if (target.links.some((link) => link.units > 1) || target.links.length > 1) return 'kit';
  if (target.links.some((link) => (skus.get(link.sku)?.buffer ?? 0) > 0)) return 'buffer';
  return 'sale_or_restock';
}

export interface ComputedPlan {
  changes: PlanChange[];
  fulfilment: number;
}

export function computePlan(db: Database, outbox: OutboxModule, options: { userId?: number | undefined; skus?: ReadonlySet<string> | undefined } = {}): ComputedPlan {
  const skus = loadSkus(db);
  const targets = loadTargets(db, options.userId).filter((target) => target.links.length > 0 && (!options.skus || target.links.some((link) => options.skus?.has(link.sku))));
  const queued = queuedQuantities(outbox, targets.map((target) => target.itemId));
  const changes: PlanChange[] = [];
  let fulfilment = 0;
  for (const target of targets) {
    if (target.fulfilment) fulfilment += 1;
    if (!writable(target)) continue;
    const after = targetQuantity(target, skus);
    if (after === null) continue;
    const before = queued.get(targetKey(target.itemId, target.variationId)) ?? target.current;
    if (before === after) continue;
    changes.push({
      itemId: target.itemId,
      variationId: target.variationId,
      userId: target.userId,
      title: target.title,
      variation: target.variation,
      skus: target.links.map((link) => link.sku),
      before,
      after,
      reason: reasonOf(target, skus, after),
      pausedBySeller: pausedBySeller(target),
    });
  }
  return { changes, fulfilment };
}

export interface PlansDeps {
  db: Database;
  outbox: OutboxModule;
  edits: ReturnType<typeof createListingEdits>;
  now?: () => Date;
}

export function createPlans(deps: PlansDeps) {
  const now = deps.now ?? (() => new Date());
  const plans = new Map<string, StockPlan & { expires: number }>();

  function plan(options: { userId?: number | undefined; skus?: readonly string[] | undefined } = {}): StockPlan {
    for (const [id, kept] of plans) if (kept.expires < now().getTime()) plans.delete(id);
    const computed = computePlan(deps.db, deps.outbox, { userId: options.userId, skus: options.skus ? new Set(options.skus) : undefined });
    const expires = now().getTime() + PLAN_TTL_MS;
    const result: StockPlan = {
      planId: randomUUID(),
      changes: computed.changes,
      listings: new Set(computed.changes.map((change) => change.itemId)).size,
      fulfilment: computed.fulfilment,
      expiresAt: new Date(expires).toISOString(),
    };
    plans.set(result.planId, { ...result, expires });
    return result;
  }

  /**
   * Queues the changes, one entry per listing (its variations together: one PUT), in one transaction
   * with a log row per listing or variation.
   */
  function queue(changes: readonly PlanChange[], automatic: boolean): { batchId: string | null; queued: number } {
    if (changes.length === 0) return { batchId: null, queued: 0 };
    const batchId = randomUUID();
    const at = now().toISOString();
    const entries = deps.edits.entriesFor(
      changes.map((change) => ({ itemId: change.itemId, variationId: change.variationId, userId: change.userId, changes: { availableQuantity: change.after } })),
      batchId,
    );
    const log = deps.db.prepare('INSERT INTO stock_log (at, kind, sku, item_id, variation_id, before, after, detail, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    deps.outbox.enqueue(entries, () => {
      for (const change of changes) {
        log.run(at, automatic ? 'auto_apply' : 'apply', change.skus.join(' '), change.itemId, change.variationId, change.before, change.after, change.reason, batchId);
      }
    });
    return { batchId, queued: entries.length };
  }

  return {
    plan,
    queue,
    apply(planId: string): { batchId: string | null; queued: number } {
      const kept = plans.get(planId);
      if (!kept || kept.expires < now().getTime()) throw new AppError('not_found', 'That plan has expired or was already applied: make the plan again.');
      plans.delete(planId);
      // What another plan (or an automatic apply) queued meanwhile is not queued twice.
      const fresh = new Map(computePlan(deps.db, deps.outbox).changes.map((change) => [targetKey(change.itemId, change.variationId), change]));
      return queue(
        kept.changes.filter((change) => fresh.get(targetKey(change.itemId, change.variationId))?.after === change.after),
        false,
      );
    },
  };
}
