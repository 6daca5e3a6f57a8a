/**
 * The cached orders: storing what the sync brings (normalized columns, order lines, raw JSON). The
 * full-text index follows the orders table by triggers (migration 5).
 */
import type { Database, Statement } from 'better-sqlite3';
import { encodeJson } from '../db/json-codec';
import { textOrNull, utcIso } from '../db/values';
import type { Order } from '../meli/schemas';

/** A Mercado Envios label can be downloaded now. The same rule is applied when a shipment changes. */
export const LABEL_READY_SQL = "coalesce(s.status = 'ready_to_ship' AND s.substatus = 'ready_to_print' AND s.mode = 'me2', 0)";

export interface OrderUpsert {
  /** As parsed by the meli schemas (ids normalized, unknown fields kept: it is also what is stored). */
  order: Order;
  /** True when Mercado Libre answered 206 and named missing parts. */
  partial?: boolean;
}

interface Prepared {
  upsert: Statement;
  upsertJson: Statement;
  deleteLines: Statement;
  insertLine: Statement;
}

const cache = new WeakMap<Database, Prepared>();

function prepared(db: Database): Prepared {
  let statements = cache.get(db);
  if (!statements) {
    statements = {
      upsert: db.prepare(`
        INSERT INTO orders (id, user_id, status, status_detail, date_created, date_closed, date_last_updated, total_amount,
          paid_amount, currency_id, buyer_id, buyer_nickname, buyer_name, pack_id, shipping_id, item_titles, line_skus,
          ship_status, ship_substatus, label_ready, delivered, partial, synced_at)
        SELECT @id, @userId, @status, @statusDetail, @dateCreated, @dateClosed, @dateLastUpdated, @totalAmount,
          @paidAmount, @currencyId, @buyerId, @buyerNickname, @buyerName, @packId, @shippingId, @itemTitles, @lineSkus,
          coalesce(s.status, CASE WHEN @delivered THEN 'delivered' END), s.substatus, ${LABEL_READY_SQL}, @delivered, @partial, @syncedAt
        FROM (SELECT 1) LEFT JOIN shipments s ON s.id = @shippingId
        WHERE true
        ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, status = excluded.status, status_detail = excluded.status_detail,
          date_created = excluded.date_created, date_closed = excluded.date_closed, date_last_updated = excluded.date_last_updated,
          total_amount = excluded.total_amount, paid_amount = excluded.paid_amount, currency_id = excluded.currency_id,
          buyer_id = excluded.buyer_id, buyer_nickname = excluded.buyer_nickname, buyer_name = excluded.buyer_name,
          pack_id = excluded.pack_id, shipping_id = excluded.shipping_id, item_titles = excluded.item_titles, line_skus = excluded.line_skus,
          ship_status = excluded.ship_status, ship_substatus = excluded.ship_substatus, label_ready = excluded.label_ready,
          delivered = excluded.delivered, partial = excluded.partial,
          -- Unchanged orders keep their time, so re-reading them does not trigger shipment and item reads.
          synced_at = CASE WHEN excluded.date_last_updated = orders.date_last_updated AND excluded.partial = orders.partial
                           THEN orders.synced_at ELSE excluded.synced_at END`),
      upsertJson: db.prepare('INSERT INTO order_raw (order_id, raw) VALUES (?, ?) ON CONFLICT(order_id) DO UPDATE SET raw = excluded.raw'),
      deleteLines: db.prepare('DELETE FROM order_items WHERE order_id = ?'),
      insertLine: db.prepare(`
        INSERT INTO order_items (order_id, line, item_id, variation_id, title, sku, quantity, unit_price, currency_id)
        VALUES (@orderId, @line, @itemId, @variationId, @title, @sku, @quantity, @unitPrice, @currencyId)`),
    };
    cache.set(db, statements);
  }
  return statements;
}

/** Stores orders as received. Call inside the sync step's transaction. */
export function upsertOrders(db: Database, userId: number, orders: readonly OrderUpsert[], syncedAt = new Date().toISOString()): number {
  const statements = prepared(db);
  let stored = 0;
  for (const { order, partial } of orders) {
    const id = order.id;
    const dateCreated = utcIso(order.date_created);
    if (dateCreated === null) continue;
    const buyer = order.buyer;
    const lines = (order.order_items ?? []).map((entry, line) => ({
      orderId: id,
      line,
      itemId: entry.item.id,
      variationId: entry.item.variation_id ?? null,
      title: entry.item.title ?? '',
      sku: textOrNull(entry.item.seller_sku) ?? textOrNull(entry.item.seller_custom_field),
      quantity: Math.trunc(entry.quantity),
      unitPrice: entry.unit_price ?? null,
      currencyId: textOrNull(entry.currency_id) ?? order.currency_id ?? null,
    }));
    const buyerName = [textOrNull(buyer?.first_name), textOrNull(buyer?.last_name)].filter(Boolean).join(' ');
    const itemTitles = lines.map((line) => line.title).join(' · ');
    const packId = order.pack_id ?? null;
    const shippingId = order.shipping?.id ?? null;
    statements.upsert.run({
      id,
      userId,
      status: order.status ?? 'unknown',
      statusDetail: typeof order.status_detail === 'string' ? order.status_detail : null,
      dateCreated,
      dateClosed: utcIso(order.date_closed),
      dateLastUpdated: utcIso(order.date_last_updated) ?? dateCreated,
      totalAmount: order.total_amount ?? null,
      paidAmount: order.paid_amount ?? null,
      currencyId: order.currency_id ?? null,
      buyerId: buyer?.id ?? null,
      buyerNickname: buyer?.nickname ?? null,
      buyerName: buyerName || null,
      packId,
      shippingId,
      itemTitles,
      lineSkus: lines.map((line) => [line.sku, line.itemId].filter(Boolean).join(' ')).join(' '),
      delivered: (order.tags ?? []).includes('delivered') ? 1 : 0,
      partial: partial ? 1 : 0,
      syncedAt,
    });
    statements.upsertJson.run(id, encodeJson(order));
    statements.deleteLines.run(id);
    for (const line of lines) statements.insertLine.run(line);
    stored += 1;
  }
  return stored;
}
