/** One cached order in full: its lines, its pack, and the order and shipment JSON as received. */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { OrderDetail } from '../../shared/orders';
import { list, record, toText } from '../cache/normalize';
import { decodeJson } from '../db/json-codec';
import { orderRowById } from './orders-query';

interface LineRow {
  item_id: string | null;
  variation_id: number | null;
  title: string;
  sku: string | null;
  quantity: number;
  unit_price: number | null;
  currency_id: string | null;
  line: number;
}

export function orderDetail(db: Database, id: number): OrderDetail {
  const rawRow = db.prepare('SELECT raw FROM order_raw WHERE order_id = ?').get(id) as { raw: Buffer } | undefined;
  const row = orderRowById(db, id);
  if (!rawRow || !row) throw new AppError('not_found', 'That order is not in the saved data.');
  const raw = decodeJson(rawRow.raw);
  const rawLines = list(record(raw).order_items).map(record);
  const lines = (db.prepare('SELECT * FROM order_items WHERE order_id = ? ORDER BY line').all(id) as LineRow[]).map((line) => ({
    itemId: line.item_id,
    variationId: line.variation_id,
    title: line.title,
    sku: line.sku,
    quantity: line.quantity,
    unitPrice: line.unit_price,
    currencyId: line.currency_id,
    variationText: list(record(rawLines[line.line]?.item).variation_attributes)
      .map(record)
      .map((attribute) => [toText(attribute.name), toText(attribute.value_name)].filter(Boolean).join(': '))
      .join(' · '),
  }));
  const packOrderIds =
    row.packId === null ? [id] : (db.prepare('SELECT id FROM orders WHERE pack_id = ? ORDER BY id').pluck().all(row.packId) as number[]);
  const shipmentRow =
    row.shippingId === null ? undefined : (db.prepare('SELECT raw FROM shipments WHERE id = ?').get(row.shippingId) as { raw: Buffer } | undefined);
  return { order: row, lines, packOrderIds, raw, shipment: shipmentRow ? decodeJson(shipmentRow.raw) : null };
}

export const OrderId = z.object({ id: z.number().int().positive() }).strict();
