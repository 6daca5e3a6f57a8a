/**
 * Sales and cancellations: each order line the sync brings lowers the stock of its SKUs once (the
 * ledger remembers every line looked at, so the same order seen twice lowers once), and a cancelled
 * order gives back exactly what its lines took, once. Lines a listing had when the inventory first
 * saw it (already in the quantity its SKU joined with, or history), fulfilment sales (stock held
 * elsewhere) and lines without a SKU are remembered as left alone. A line whose listing is not cached
 * yet (the sync reads orders before listings) waits for it.
 */
import type { Database } from 'better-sqlite3';
import { targetKey, type Target } from './inventory';

// Mercado Libre takes the stock when the order is made; an unpaid order waiting for payment does not yet.
const NOT_YET = new Set(['payment_required', 'invalid']);

interface LineRow {
  order_id: number;
  line: number;
  item_id: string | null;
  variation_id: number | null;
  quantity: number;
  status: string;
  state: string | null;
}

export interface LedgerResult {
  /** SKUs whose on hand changed. */
  changed: Set<string>;
  sales: number;
  cancellations: number;
}

export function applyOrders(db: Database, targets: readonly Target[], now: string): LedgerResult {
  const byKey = new Map(targets.map((target) => [targetKey(target.itemId, target.variationId), target]));
  const cached = new Set(targets.map((target) => target.itemId));
  const lines = db
    .prepare(
      `SELECT oi.order_id, oi.line, oi.item_id, oi.variation_id, oi.quantity, o.status, s.state
         FROM order_items oi JOIN orders o ON o.id = oi.order_id
         LEFT JOIN stock_order_lines s ON s.order_id = oi.order_id AND s.line = oi.line
        WHERE s.state IS NULL OR (s.state = 'counted' AND o.status = 'cancelled')
        ORDER BY oi.order_id, oi.line`,
    )
    .all() as LineRow[];
  const mark = db.prepare('INSERT INTO stock_order_lines (order_id, line, state, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT (order_id, line) DO UPDATE SET state = excluded.state, seen_at = excluded.seen_at');
  const onHand = db.prepare('SELECT on_hand FROM stock_skus WHERE sku = ?').pluck();
  const setOnHand = db.prepare('UPDATE stock_skus SET on_hand = ?, updated_at = ? WHERE sku = ?');
  const log = db.prepare('INSERT INTO stock_log (at, kind, sku, item_id, variation_id, order_id, line, before, after, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const taken = db.prepare("SELECT sku, before - after AS units FROM stock_log WHERE order_id = ? AND line = ? AND kind = 'sale'");
  const result: LedgerResult = { changed: new Set(), sales: 0, cancellations: 0 };

  for (const row of lines) {
    if (row.state === 'counted') {
      // Cancelled after it was counted: give back what it took (no more, if it hit 0 on the way down).
      for (const back of taken.all(row.order_id, row.line) as { sku: string; units: number }[]) {
        const before = onHand.get(back.sku) as number | undefined;
        if (before === undefined || back.units <= 0) continue;
        setOnHand.run(before + back.units, now, back.sku);
        log.run(now, 'cancellation', back.sku, row.item_id, row.variation_id, row.order_id, row.line, before, before + back.units, `order ${row.order_id} cancelled`);
        result.changed.add(back.sku);
      }
      mark.run(row.order_id, row.line, 'restored', now);
      result.cancellations += 1;
      continue;
    }
    if (NOT_YET.has(row.status)) continue;
    if (row.status === 'cancelled') {
      mark.run(row.order_id, row.line, 'cancelled', now);
      continue;
    }
    const target = row.item_id === null ? undefined : (byKey.get(targetKey(row.item_id, row.variation_id)) ?? byKey.get(targetKey(row.item_id, null)));
    if (!target && row.item_id !== null && !cached.has(row.item_id)) continue;
    if (!target || target.links.length === 0) {
      mark.run(row.order_id, row.line, 'unlinked', now);
      continue;
    }
    if (target.fulfilment) {
      mark.run(row.order_id, row.line, 'fulfilment', now);
      continue;
    }
    for (const link of target.links) {
      const before = onHand.get(link.sku) as number | undefined;
      if (before === undefined) continue;
      const after = Math.max(0, before - row.quantity * link.units);
      setOnHand.run(after, now, link.sku);
      log.run(now, 'sale', link.sku, row.item_id, row.variation_id, row.order_id, row.line, before, after, `order ${row.order_id}: ${row.quantity} × ${link.units}`);
      result.changed.add(link.sku);
    }
    mark.run(row.order_id, row.line, 'counted', now);
    result.sales += 1;
  }
  return result;
}

/** Listings seen for the first time: their order lines already cached are remembered as history. */
export function baselineOrders(db: Database, targets: readonly Target[], now: string): void {
  const seen = new Set(db.prepare('SELECT item_id FROM stock_seen_items').pluck().all() as string[]);
  const fresh = [...new Set(targets.map((target) => target.itemId))].filter((itemId) => !seen.has(itemId));
  const mark = db.prepare("INSERT OR IGNORE INTO stock_order_lines (order_id, line, state, seen_at) SELECT order_id, line, 'baseline', ? FROM order_items WHERE item_id = ?");
  const remember = db.prepare('INSERT INTO stock_seen_items (item_id, seen_at) VALUES (?, ?)');
  for (const itemId of fresh) {
    mark.run(now, itemId);
    remember.run(itemId, now);
  }
}
