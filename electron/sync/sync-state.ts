/**
 * Watermarks of the sync steps, one row per (account, step). A watermark is written in the same
 * transaction as the data it covers (or after it), never before: an interrupted sync resumes from the
 * last committed point and skips nothing.
 */
import type { Database } from 'better-sqlite3';

export type WatermarkKey = 'orders.updated_from' | 'items.full_at' | 'items.skipped' | 'items.check' | 'questions.full_at' | 'sync.completed_at';

export function readWatermark(db: Database, userId: number, key: WatermarkKey): string | null {
  const row = db.prepare('SELECT watermark FROM sync_state WHERE user_id = ? AND step = ?').get(userId, key) as { watermark: string | null } | undefined;
  return row?.watermark ?? null;
}

export function writeWatermark(db: Database, userId: number, key: WatermarkKey, value: string): void {
  db.prepare(
    `INSERT INTO sync_state (user_id, step, watermark, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(user_id, step) DO UPDATE SET watermark = excluded.watermark, updated_at = excluded.updated_at`,
  ).run(userId, key, value, new Date().toISOString());
}
