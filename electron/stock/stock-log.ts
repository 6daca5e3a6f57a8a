/**
 * The stock log as the Stock screen's Log view reads it: each change with its listing (as saved now)
 * and, for changes sent to Mercado Libre, the outbox entry that carries it and its state. A stock
 * plan queues one entry per listing and batch, so batch + listing finds it; entries of the first
 * payload shape (one per variation) are told apart by their variation.
 */
import type { Database } from 'better-sqlite3';
import type { StockLogEntry, StockLogKind } from '../../shared/stock';

export function readStockLog(db: Database, query: { limit?: number | undefined; kinds?: readonly StockLogKind[] | undefined } = {}): StockLogEntry[] {
  const kinds = query.kinds ?? [];
  const rows = db
    .prepare(
      `SELECT l.id, l.at, l.sku, l.item_id AS itemId, l.variation_id AS variationId, l.order_id AS orderId, l.kind, l.before, l.after, l.detail,
              l.batch_id AS batchId, i.title, nullif(v.attributes_text, '') AS variation, o.id AS outboxId, o.state AS outboxState
         FROM stock_log l
         LEFT JOIN items i ON i.id = l.item_id
         LEFT JOIN item_variations v ON v.item_id = l.item_id AND v.variation_id = l.variation_id
         LEFT JOIN outbox o ON o.id = (
           SELECT e.id FROM outbox e WHERE l.batch_id IS NOT NULL AND e.batch_id = l.batch_id AND e.target = 'item:' || l.item_id
            ORDER BY (json_extract(e.payload_json, '$.variationId') IS l.variation_id) DESC, e.id DESC LIMIT 1)
        ${kinds.length > 0 ? `WHERE l.kind IN (${kinds.map(() => '?').join(', ')})` : ''}
        ORDER BY l.id DESC LIMIT ?`,
    )
    .all(...kinds, query.limit ?? 200) as StockLogEntry[];
  return rows.map((row) => ({ ...row, variationId: row.variationId ?? null, title: row.title ?? null, variation: row.variation ?? null, orderId: row.orderId ?? null }));
}
