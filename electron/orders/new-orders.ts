/**
 * Finds the orders a sync brought in, for `orders.new`. An order is new when it was created after the
 * newest order already saved for the account (kept per account as a mark: the newest `date_created`
 * and the ids at it), so an order read again later (a status change, a second sync) is never news
 * twice. Until the account's first complete sync nothing is announced: a newly connected store does
 * not ring for twelve months of sales. The orders found during one sync are announced together when
 * the sync ends (one notification, "5 new orders"), not once per page.
 */
import type { Database } from 'better-sqlite3';
import { NEW_ORDERS_LISTED, type NewOrders } from '../../shared/orders';
import { readWatermark } from '../sync/sync-state';

interface Mark {
  /** The newest date_created seen (UTC ISO), or null while the account has no orders. */
  createdAt: string | null;
  /** The ids created exactly at `createdAt`: another order at the same instant is still new. */
  idsAtMark: Set<number>;
}

type Found = NewOrders['orders'][number];

interface FoundRow extends Found {
  status: string;
}

const FOUND_COLUMNS = `id, status, date_created AS dateCreated, total_amount AS totalAmount, currency_id AS currencyId,
  buyer_nickname AS buyerNickname, item_titles AS itemTitles`;

export function createNewOrderWatch(db: Database, announce: (found: NewOrders) => void) {
  const marks = new Map<number, Mark>();
  const pending = new Map<number, Map<number, Found>>();

  const newest = (userId: number): Mark => {
    const createdAt = db.prepare('SELECT MAX(date_created) FROM orders WHERE user_id = ?').pluck().get(userId) as string | null;
    if (createdAt === null) return { createdAt: null, idsAtMark: new Set() };
    const ids = db.prepare('SELECT id FROM orders WHERE user_id = ? AND date_created = ?').pluck().all(userId, createdAt) as number[];
    return { createdAt, idsAtMark: new Set(ids) };
  };

  const createdSince = (userId: number, mark: Mark): FoundRow[] => {
    const rows = (
      mark.createdAt === null
        ? db.prepare(`SELECT ${FOUND_COLUMNS} FROM orders WHERE user_id = ? ORDER BY date_created, id`).all(userId)
        : db.prepare(`SELECT ${FOUND_COLUMNS} FROM orders WHERE user_id = ? AND date_created >= ? ORDER BY date_created, id`).all(userId, mark.createdAt)
    ) as FoundRow[];
    return rows.filter((row) => !mark.idsAtMark.has(row.id));
  };

  return {
    /** What is saved now is not new (called at start). */
    seed(): void {
      for (const userId of db.prepare('SELECT user_id FROM accounts').pluck().all() as number[]) marks.set(userId, newest(userId));
    },
    /** After a commit that touched the account's orders. */
    changed(userId: number): void {
      const mark = marks.get(userId);
      // An account added since start, or one still in its first sync: only move the mark.
      if (!mark || readWatermark(db, userId, 'sync.completed_at') === null) {
        marks.set(userId, newest(userId));
        return;
      }
      const fresh = createdSince(userId, mark);
      const last = fresh.at(-1);
      if (!last) return;
      const atLast = fresh.filter((row) => row.dateCreated === last.dateCreated).map((row) => row.id);
      const kept = last.dateCreated === mark.createdAt ? [...mark.idsAtMark] : [];
      marks.set(userId, { createdAt: last.dateCreated, idsAtMark: new Set([...kept, ...atLast]) });
      // An order that arrives already cancelled is no sale to tell the seller about.
      const found = pending.get(userId) ?? new Map<number, Found>();
      for (const { status, ...order } of fresh) if (status !== 'cancelled') found.set(order.id, order);
      if (found.size > 0) pending.set(userId, found);
    },
    /** These accounts' syncs ended: one announcement per account for everything found meanwhile. */
    flush(userIds: readonly number[]): void {
      for (const userId of userIds) {
        const found = pending.get(userId);
        if (!found) continue;
        pending.delete(userId);
        const orders = [...found.values()];
        announce({ userId, total: orders.length, orders: orders.slice(0, NEW_ORDERS_LISTED) });
      }
    },
  };
}
