/**
 * One question opened in the inbox: the listing beside it (from the cache: title, price, stock,
 * picture, variations, the start of the description), the asker's earlier questions on this seller's
 * listings, and whether the asker is blocked. Also the response-time figures shown above the inbox.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { AskerQuestion, QuestionDetail, QuestionListing, ResponseFigures } from '../../shared/questions';
import { askerBlocked } from './question-executors';
import { QUESTION_COLUMNS, toQuestionRows, type QuestionRawRow } from './questions-query';

const EXCERPT_CHARS = 280;
const ASKER_HISTORY = 20;
const FIGURES_WINDOW_MS = 30 * 24 * 3_600_000;

export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface ItemRow {
  id: string;
  title: string;
  status: string;
  price: number | null;
  currency_id: string | null;
  available_quantity: number;
  sku: string | null;
  thumbnail: string | null;
  permalink: string | null;
  description: string | null;
}

function listingOf(db: Database, itemId: string): QuestionListing | null {
  const item = db
    .prepare(
      `SELECT i.id, i.title, i.status, i.price, i.currency_id, i.available_quantity, i.sku, i.thumbnail, i.permalink, d.plain_text AS description
       FROM items i LEFT JOIN item_descriptions d ON d.item_id = i.id WHERE i.id = ?`,
    )
    .get(itemId) as ItemRow | undefined;
  if (!item) return null;
  const variations = db
    .prepare('SELECT variation_id AS id, attributes_text AS attributes, price, available_quantity AS availableQuantity, sku FROM item_variations WHERE item_id = ? ORDER BY variation_id')
    .all(itemId) as QuestionListing['variations'];
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    price: item.price,
    currencyId: item.currency_id,
    availableQuantity: item.available_quantity,
    sku: item.sku,
    thumbnail: item.thumbnail,
    permalink: item.permalink,
    variations,
    descriptionExcerpt: item.description === null ? null : excerpt(item.description),
  };
}

export function questionDetail(db: Database, questionId: number): QuestionDetail {
  const raw = db.prepare(`SELECT ${QUESTION_COLUMNS} FROM questions q LEFT JOIN items i ON i.id = q.item_id WHERE q.id = ?`).get(questionId) as QuestionRawRow | undefined;
  if (!raw) throw new AppError('not_found', 'There is no such question on this computer.', { questionId });
  const [question] = toQuestionRows(db, [raw]);
  if (!question) throw new AppError('not_found', 'There is no such question on this computer.', { questionId });
  const askerQuestions =
    raw.from_id === null
      ? []
      : (db
          .prepare(
            `SELECT q.id, q.item_id AS itemId, i.title AS itemTitle, q.text, q.status, q.date_created AS dateCreated, q.answer_text AS answerText
             FROM questions q LEFT JOIN items i ON i.id = q.item_id
             WHERE q.user_id = ? AND q.from_id = ? AND q.id <> ? ORDER BY q.date_created DESC LIMIT ${ASKER_HISTORY}`,
          )
          .all(raw.user_id, raw.from_id, raw.id) as AskerQuestion[]);
  const blocked = raw.from_id !== null && askerBlocked(db, raw.user_id, raw.from_id);
  const siteId = (db.prepare('SELECT site_id FROM accounts WHERE user_id = ?').pluck().get(raw.user_id) as string | undefined) ?? null;
  return { question, siteId, listing: listingOf(db, raw.item_id), askerQuestions, askerBlocked: blocked };
}

/** The value below which a share `p` of the sorted values lie (linear between neighbours). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return Math.round(low + (high - low) * (position - below));
}

/** Median and 90th percentile of the time from question to answer, for questions answered in the last 30 days. */
export function responseFigures(db: Database, accountIds: readonly number[] | undefined, now = new Date()): ResponseFigures {
  const since = new Date(now.getTime() - FIGURES_WINDOW_MS).toISOString();
  const params: unknown[] = [since];
  let accounts = '';
  if (accountIds && accountIds.length > 0) {
    accounts = `AND user_id IN (${accountIds.map(() => '?').join(', ')})`;
    params.push(...accountIds);
  }
  const pairs = db
    .prepare(`SELECT date_created AS asked, answer_date AS answered FROM questions WHERE answer_date IS NOT NULL AND answer_date >= ? ${accounts}`)
    .all(...params) as Array<{ asked: string; answered: string }>;
  const waits = pairs
    .map((pair) => Date.parse(pair.answered) - Date.parse(pair.asked))
    .filter((ms) => Number.isFinite(ms) && ms >= 0)
    .sort((a, b) => a - b);
  return { answered: waits.length, medianMs: percentile(waits, 0.5), p90Ms: percentile(waits, 0.9), since };
}
