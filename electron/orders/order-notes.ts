/**
 * The seller's notes on orders. Mercado Libre keeps them apart from the order (GET /orders/{id}/notes),
 * so the sync does not read them (one call per order); they are read when an order is opened or its
 * packing slip made, kept here for offline use, and read again once they are older than a few minutes.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { OrderNotesRefresh } from '../../shared/orders';
import type { MeliApi } from '../meli';

export interface KeptNote {
  id: string;
  note: string;
  dateCreated: string | null;
}

/** Notes read this recently are not asked for again. */
export const NOTES_FRESH_MS = 5 * 60_000;

export function keptNotes(db: Database, orderId: number): KeptNote[] | null {
  const json = db.prepare('SELECT notes_json FROM order_notes WHERE order_id = ?').pluck().get(orderId) as string | undefined;
  return json === undefined ? null : (JSON.parse(json) as KeptNote[]);
}

export function createOrderNotes(db: Database, api: () => MeliApi, now: () => number = Date.now) {
  const ownerOf = db.prepare('SELECT user_id FROM orders WHERE id = ?').pluck();
  const fetchedAt = db.prepare('SELECT fetched_at FROM order_notes WHERE order_id = ?').pluck();
  const save = db.prepare(`INSERT INTO order_notes (order_id, user_id, notes_json, fetched_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (order_id) DO UPDATE SET user_id = excluded.user_id, notes_json = excluded.notes_json, fetched_at = excluded.fetched_at`);

  return {
    /**
     * Reads the notes of these cached orders from Mercado Libre (all at once, under the request budget)
     * unless read in the last `maxAgeMs`; each order that could not be read keeps what was kept and is
     * listed with the reason. Never throws for Mercado Libre's failures: offline, the kept notes stand.
     */
    async refresh(orderIds: readonly number[], maxAgeMs = NOTES_FRESH_MS): Promise<OrderNotesRefresh> {
      const result: OrderNotesRefresh = { read: [], kept: [], failed: [] };
      // Every order is checked before anything is asked: an unknown one fails the call and asks nothing.
      const owners = [...new Set(orderIds)].map((orderId) => {
        const userId = ownerOf.get(orderId) as number | undefined;
        if (userId === undefined) throw new AppError('not_found', `Order ${orderId} is not in the saved data.`, { orderId });
        return { orderId, userId };
      });
      await Promise.all(
        owners.map(async ({ orderId, userId }) => {
          const at = fetchedAt.get(orderId) as string | undefined;
          if (at !== undefined && now() - Date.parse(at) < maxAgeMs) {
            result.kept.push(orderId);
            return;
          }
          try {
            const notes = await api().orders.notes(userId, orderId);
            const kept: KeptNote[] = notes.map((note) => ({ id: note.id, note: note.note, dateCreated: note.date_created ?? null }));
            save.run(orderId, userId, JSON.stringify(kept), new Date(now()).toISOString());
            result.read.push(orderId);
          } catch (error) {
            const code = error instanceof AppError ? error.code : 'internal';
            result.failed.push({ orderId, code, message: error instanceof Error ? error.message : String(error) });
          }
        }),
      );
      return result;
    },
  };
}
export type OrderNotes = ReturnType<typeof createOrderNotes>;
