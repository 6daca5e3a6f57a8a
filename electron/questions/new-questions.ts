/**
 * Finds the questions a sync brought in: after each commit that touched questions, the account's
 * unanswered ids are compared with the ones seen before. Until the account's first full questions pass
 * is done, everything is "already there" (a newly connected store does not ring for its whole backlog).
 */
import type { Database } from 'better-sqlite3';
import type { NewQuestions } from '../../shared/questions';
import { readWatermark } from '../sync/sync-state';

export function createNewQuestionWatch(db: Database, announce: (found: NewQuestions) => void) {
  const known = new Map<number, Set<number>>();
  const unanswered = (userId: number) => new Set(db.prepare("SELECT id FROM questions WHERE user_id = ? AND status = 'UNANSWERED'").pluck().all(userId) as number[]);

  return {
    /** What is unanswered now is not new (called at start). */
    seed(): void {
      for (const userId of db.prepare('SELECT user_id FROM accounts').pluck().all() as number[]) known.set(userId, unanswered(userId));
    },
    changed(userId: number): void {
      const now = unanswered(userId);
      const before = known.get(userId);
      known.set(userId, now);
      if (!before || readWatermark(db, userId, 'questions.full_at') === null) return;
      const fresh = [...now].filter((id) => !before.has(id));
      if (fresh.length === 0) return;
      const rows = db
        .prepare(
          `SELECT q.id, q.item_id AS itemId, i.title AS itemTitle, q.text FROM questions q LEFT JOIN items i ON i.id = q.item_id
           WHERE q.id IN (${fresh.map(() => '?').join(', ')}) ORDER BY q.date_created`,
        )
        .all(...fresh) as NewQuestions['questions'];
      announce({ userId, questions: rows });
    },
  };
}
