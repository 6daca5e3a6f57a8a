/** One cached order in full: lines, pack, buyer, payments, notes and shipment, plus the JSON as received. */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { OrderDetail } from '../../shared/orders';
import { decodeJson } from '../db/json-codec';
import { OrderForDetail, ShipmentForDetail } from '../meli/schemas';
import { keptNotes } from './order-notes';
import { orderRowById } from './orders-query';
import { buyerOf, notesOf, paymentsOf, shipmentViewOf } from './order-view';

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
  const raw: unknown = decodeJson(rawRow.raw);
  // The saved copy was parsed when it arrived; an unreadable one shows the lines from the table only.
  const parsed = OrderForDetail.safeParse(raw);
  const order = parsed.success ? parsed.data : null;
  const lines = (db.prepare('SELECT * FROM order_items WHERE order_id = ? ORDER BY line').all(id) as LineRow[]).map((line) => ({
    itemId: line.item_id,
    variationId: line.variation_id,
    title: line.title,
    sku: line.sku,
    quantity: line.quantity,
    unitPrice: line.unit_price,
    currencyId: line.currency_id,
    variationText: (order?.order_items?.[line.line]?.item.variation_attributes ?? [])
      .map((attribute) => [attribute.name, attribute.value_name].filter(Boolean).join(': '))
      .join(' · '),
  }));
  const packOrderIds =
    row.packId === null ? [id] : (db.prepare('SELECT id FROM orders WHERE pack_id = ? ORDER BY id').pluck().all(row.packId) as number[]);
  const shipmentRow =
    row.shippingId === null ? undefined : (db.prepare('SELECT raw FROM shipments WHERE id = ?').get(row.shippingId) as { raw: Buffer } | undefined);
  const rawShipment: unknown = shipmentRow ? decodeJson(shipmentRow.raw) : null;
  const shipment = rawShipment === null ? null : ShipmentForDetail.safeParse(rawShipment);
  return {
    order: row,
    lines,
    packOrderIds,
    buyer: order ? buyerOf(order) : { nickname: row.buyerNickname, name: row.buyerName },
    payments: order ? paymentsOf(order) : [],
    ...notesFor(db, id, order),
    shipment: shipment?.success ? shipmentViewOf(shipment.data) : null,
    raw: { order: raw, shipment: rawShipment },
  };
}

/** The notes last read from Mercado Libre; before they ever were, whatever the order's own copy carries. */
function notesFor(db: Database, id: number, order: OrderForDetail | null): Pick<OrderDetail, 'notes' | 'notesReadAt'> {
  const kept = keptNotes(db, id);
  if (kept === null) return { notes: order ? notesOf(order) : [], notesReadAt: null };
  return { notes: kept.notes.map((note) => note.note).filter((note) => note.trim() !== ''), notesReadAt: kept.readAt };
}

export const OrderId = z.object({ id: z.number().int().positive() }).strict();
