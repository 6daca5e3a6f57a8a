/**
 * The Questions screen's query: unanswered first and oldest first (the one waiting longest is answered
 * next), then the rest newest first; each with the listing it is about and the writes about it still in
 * the outbox ("answer pending"). A search looks in the questions' and answers' text (full-text index).
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { QuestionOutboxEntry, QuestionRow, QuestionsPage, QuestionsQuery } from '../../shared/questions';
import { ftsQuery } from '../db/fts-query';
import { createOutboxStore } from '../outbox/outbox-store';
import { questionOutboxEntry } from './question-executors';

interface RawRow {
  id: number;
  user_id: number;
  item_id: string;
  item_title: string | null;
  item_thumbnail: string | null;
  status: string;
  text: string;
  date_created: string;
  from_id: number | null;
  answer_text: string | null;
  answer_date: string | null;
}

export const QUESTION_COLUMNS = `q.id, q.user_id, q.item_id, i.title AS item_title, i.thumbnail AS item_thumbnail, q.status, q.text, q.date_created,
  q.from_id, q.answer_text, q.answer_date`;

export function questionTarget(questionId: number): string {
  return `question:${questionId}`;
}

/** The open outbox entries of these questions, by question id. */
export function outboxByQuestion(db: Database, ids: readonly number[]): Map<number, QuestionOutboxEntry[]> {
  const byQuestion = new Map<number, QuestionOutboxEntry[]>();
  for (const entry of createOutboxStore(db).openFor(ids.map(questionTarget))) {
    const id = Number(entry.target.slice('question:'.length));
    byQuestion.set(id, [...(byQuestion.get(id) ?? []), questionOutboxEntry(entry)]);
  }
  return byQuestion;
}

export function toQuestionRows(db: Database, rows: readonly RawRow[]): QuestionRow[] {
  const outbox = outboxByQuestion(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    itemId: row.item_id,
    itemTitle: row.item_title,
    itemThumbnail: row.item_thumbnail,
    status: row.status,
    text: row.text,
    dateCreated: row.date_created,
    fromId: row.from_id,
    answerText: row.answer_text,
    answerDate: row.answer_date,
    outbox: outbox.get(row.id) ?? [],
  }));
}

export function queryQuestions(db: Database, query: z.output<typeof QuestionsQuery>): QuestionsPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  query.accountIds?.forEach((id, index) => (params[`a${index}`] = id));
  if (query.accountIds?.length) where.push(`q.user_id IN (${query.accountIds.map((_, index) => `@a${index}`).join(', ')})`);
  query.statuses?.forEach((status, index) => (params[`s${index}`] = status));
  if (query.statuses?.length) where.push(`q.status IN (${query.statuses.map((_, index) => `@s${index}`).join(', ')})`);
  const match = query.search ? ftsQuery(query.search) : null;
  if (match) {
    params.match = match;
    where.push('q.id IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH @match)');
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const counts = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(q.status = 'UNANSWERED'), 0) AS unanswered FROM questions q ${whereSql}`)
    .get(params) as { total: number; unanswered: number };
  const rows = db
    .prepare(
      `SELECT ${QUESTION_COLUMNS}
       FROM questions q LEFT JOIN items i ON i.id = q.item_id ${whereSql}
       ORDER BY q.status = 'UNANSWERED' DESC, CASE WHEN q.status = 'UNANSWERED' THEN q.date_created END ASC, q.date_created DESC, q.id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as RawRow[];
  return { total: counts.total, unanswered: counts.unanswered, rows: toQuestionRows(db, rows) };
}

export type { RawRow as QuestionRawRow };
