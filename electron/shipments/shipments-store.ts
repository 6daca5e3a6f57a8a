/** The cached shipments: status and substatus drive the Orders screen's shipping filter and labels. */
import type { Database } from 'better-sqlite3';
import { encodeJson } from '../db/json-codec';
import { textOrNull, utcIso } from '../db/values';
import type { Shipment } from '../meli/schemas';
import { LABEL_READY_SQL } from '../orders/orders-store';

export function upsertShipments(db: Database, userId: number, shipments: readonly Shipment[], syncedAt = new Date().toISOString()): number {
  const statement = db.prepare(`
    INSERT INTO shipments (id, user_id, status, substatus, mode, logistic_type, tracking_number, date_created, last_updated, raw, synced_at)
    VALUES (@id, @userId, @status, @substatus, @mode, @logisticType, @trackingNumber, @dateCreated, @lastUpdated, @raw, @syncedAt)
    ON CONFLICT(id) DO UPDATE SET status = excluded.status, substatus = excluded.substatus, mode = excluded.mode,
      logistic_type = excluded.logistic_type, tracking_number = excluded.tracking_number, date_created = excluded.date_created,
      last_updated = excluded.last_updated, raw = excluded.raw, synced_at = excluded.synced_at`);
  // Keep the copy on the orders in step, so the Orders screen filters without a join.
  const copyToOrders = db.prepare(`
    UPDATE orders SET ship_status = s.status, ship_substatus = s.substatus, label_ready = ${LABEL_READY_SQL}
    FROM (SELECT status, substatus, mode FROM shipments WHERE id = @id) AS s
    WHERE orders.shipping_id = @id`);
  let stored = 0;
  for (const shipment of shipments) {
    const { id } = shipment;
    statement.run({
      id,
      userId,
      status: shipment.status,
      substatus: textOrNull(shipment.substatus),
      mode: textOrNull(shipment.mode) ?? textOrNull(shipment.logistic?.mode),
      logisticType: textOrNull(shipment.logistic_type) ?? textOrNull(shipment.logistic?.type),
      trackingNumber: textOrNull(shipment.tracking_number),
      dateCreated: utcIso(shipment.date_created),
      lastUpdated: utcIso(shipment.last_updated),
      raw: encodeJson(shipment),
      syncedAt,
    });
    copyToOrders.run({ id });
    stored += 1;
  }
  return stored;
}
