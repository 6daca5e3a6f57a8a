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

/** The notes kept for an order and when they were read; null when they never were. */
export function keptNotes(db: Database, orderId: number): { notes: KeptNote[]; readAt: string } | null {
  const row = db.prepare('SELECT notes_json, fetched_at FROM order_notes WHERE order_id = ?').get(orderId) as { notes_json: string; fetched_at: string } | undefined;
  return row === undefined ? null : { notes: JSON.parse(row.notes_json) as KeptNote[], readAt: row.fetched_at };
}

export function createOrderNotes(db: Database, api: () => MeliApi, now: () => number = Date.now) {
  const ownerOf = db.prepare('SELECT user_id FROM orders WHERE id = ?').pluck();
  const fetchedAt = db.prepare('SELECT fetched_at FROM order_notes WHERE order_id = ?').pluck();
  const save = db.prepare(`INSERT INTO order_notes (order_id, user_id, notes_json, fetched_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (order_id) DO UPDATE SET user_id = excluded.user_id, notes_json = excluded.notes_json, fetched_at = excluded.fetched_at`);

  // An order's read under way: a second call (the order opened while its slip is made) waits for it
  // instead of asking Mercado Libre again.
  const reading = new Map<number, Promise<'read' | { code: string; message: string }>>();
  const readOne = (orderId: number, userId: number) => {
    let pending = reading.get(orderId);
    if (!pending) {
      pending = (async () => {
        try {
          const notes = await api().orders.notes(userId, orderId);
          const kept: KeptNote[] = notes.map((note) => ({ id: note.id, note: note.note, dateCreated: note.date_created ?? null }));
          save.run(orderId, userId, JSON.stringify(kept), new Date(now()).toISOString());
          return 'read' as const;
        } catch (error) {
          return { code: error instanceof AppError ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) };
        } finally {
          reading.delete(orderId);
        }
      })();
      reading.set(orderId, pending);
    }
    return pending;
  };

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
          const outcome = await readOne(orderId, userId);
          if (outcome === 'read') result.read.push(orderId);
          else result.failed.push({ orderId, ...outcome });
        }),
      );
      return result;
    },
  };
}
export type OrderNotes = ReturnType<typeof createOrderNotes>;
