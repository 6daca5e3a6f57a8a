/**
 * Shipments of orders still on their way: those whose order was stored after its shipment was last
 * read, and not cancelled or delivered. Derived from the database, so a sync killed between storing
 * orders and reading their shipments picks up where it stopped.
 */
import type { Shipment } from '../meli/schemas';
import type { Database } from 'better-sqlite3';
import { upsertShipments } from '../shipments/shipments-store';
import { runPool } from './pool';
import type { StepContext } from './step-context';

export function shipmentsToRead(db: Database, userId: number): number[] {
  return db
    .prepare(
      `SELECT DISTINCT o.shipping_id FROM orders o
       LEFT JOIN shipments s ON s.id = o.shipping_id
       WHERE o.user_id = ? AND o.shipping_id IS NOT NULL AND o.status != 'cancelled' AND o.delivered = 0
         AND (s.id IS NULL OR (o.synced_at > s.synced_at AND s.status NOT IN ('delivered', 'cancelled', 'not_delivered')))`,
    )
    .pluck()
    .all(userId) as number[];
}

export async function syncShipments(ctx: StepContext): Promise<void> {
  const { db, api, userId, signal } = ctx;
  const ids = shipmentsToRead(db, userId);
  let done = 0;
  ctx.progress('shipments', 0, ids.length);
  // Read with all the concurrency the budget allows; store in batches (fewer commits, and a crash
  // loses at most one batch of reads).
  let pending: Shipment[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    ctx.commit(['shipments'], () => upsertShipments(db, userId, batch));
    done += batch.length;
    ctx.progress('shipments', done, ids.length);
  };
  await runPool(ids, ctx.concurrency, signal, async (id) => {
    // Await first, then push: `pending` may have been swapped by a flush while this read was in flight.
    const { shipment } = await api.shipments.get(userId, id);
    pending.push(shipment);
    if (pending.length >= 25) flush();
  });
  flush();
}
