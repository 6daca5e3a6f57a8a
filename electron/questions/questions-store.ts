/** The cached buyers' questions, newest first, with the answer when there is one. */
import type { Database } from 'better-sqlite3';
import { encodeJson } from '../db/json-codec';
import { utcIso } from '../db/values';
import type { Question } from '../meli/schemas';

export function upsertQuestions(db: Database, userId: number, questions: readonly Question[], syncedAt = new Date().toISOString()): number {
  const statement = db.prepare(`
    INSERT INTO questions (id, user_id, item_id, status, text, date_created, from_id, answer_text, answer_date, raw, synced_at)
    VALUES (@id, @userId, @itemId, @status, @text, @dateCreated, @fromId, @answerText, @answerDate, @raw, @syncedAt)
    ON CONFLICT(id) DO UPDATE SET status = excluded.status, text = excluded.text, item_id = excluded.item_id,
      answer_text = excluded.answer_text, answer_date = excluded.answer_date, raw = excluded.raw, synced_at = excluded.synced_at`);
  let stored = 0;
  for (const question of questions) {
    const dateCreated = utcIso(question.date_created);
    if (dateCreated === null) continue;
    const answer = question.answer ?? null;
    statement.run({
      id: question.id,
      userId,
      itemId: question.item_id,
      status: question.status,
      text: question.text,
      dateCreated,
      fromId: question.from?.id ?? null,
      answerText: answer ? answer.text : null,
      answerDate: answer ? utcIso(answer.date_created) : null,
      raw: encodeJson(question),
      syncedAt,
    });
    stored += 1;
  }
  return stored;
}

/** Ids of questions cached as unanswered: if one leaves the unanswered list it changed remotely. */
export function unansweredQuestionIds(db: Database, userId: number): number[] {
  return db.prepare("SELECT id FROM questions WHERE user_id = ? AND status = 'UNANSWERED'").pluck().all(userId) as number[];
}
