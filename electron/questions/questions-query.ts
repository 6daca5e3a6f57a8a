/** The Questions screen's query: unanswered first, newest first, with the listing each is about. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { QuestionRow, QuestionsPage, QuestionsQuery } from '../../shared/questions';

interface RawRow {
  id: number;
  user_id: number;
  item_id: string;
  item_title: string | null;
  item_thumbnail: string | null;
  status: string;
  text: string;
  date_created: string;
  answer_text: string | null;
  answer_date: string | null;
}

export function queryQuestions(db: Database, query: z.output<typeof QuestionsQuery>): QuestionsPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  query.accountIds?.forEach((id, index) => (params[`a${index}`] = id));
  if (query.accountIds?.length) where.push(`q.user_id IN (${query.accountIds.map((_, index) => `@a${index}`).join(', ')})`);
  query.statuses?.forEach((status, index) => (params[`s${index}`] = status));
  if (query.statuses?.length) where.push(`q.status IN (${query.statuses.map((_, index) => `@s${index}`).join(', ')})`);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const counts = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(q.status = 'UNANSWERED'), 0) AS unanswered FROM questions q ${whereSql}`)
    .get(params) as { total: number; unanswered: number };
  const rows = db
    .prepare(
      `SELECT q.id, q.user_id, q.item_id, i.title AS item_title, i.thumbnail AS item_thumbnail, q.status, q.text, q.date_created,
              q.answer_text, q.answer_date
       FROM questions q LEFT JOIN items i ON i.id = q.item_id ${whereSql}
       ORDER BY q.status = 'UNANSWERED' DESC, q.date_created DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as RawRow[];
  return {
    total: counts.total,
    unanswered: counts.unanswered,
    rows: rows.map(
      (row): QuestionRow => ({
        id: row.id,
        userId: row.user_id,
        itemId: row.item_id,
        itemTitle: row.item_title,
        itemThumbnail: row.item_thumbnail,
        status: row.status,
        text: row.text,
        dateCreated: row.date_created,
        answerText: row.answer_text,
        answerDate: row.answer_date,
      }),
    ),
  };
}
