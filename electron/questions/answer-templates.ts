/**
 * The seller's answer templates, saved on this computer, and how one is filled for a question:
 * {buyer} (the asker's nickname when an order tells it), {title}, {price} (in the site's money),
 * {stock}, {sku}, and {greeting} by the time of day where the store is.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { formatMoney, isSiteId, SITE_TIME_ZONE } from '../../shared/site-format';
import { fillTemplate, greetingFor, type Placeholder, type Template, type TemplateSave } from '../../shared/questions';
import type { Language } from '../../shared/settings';

interface Row {
  id: number;
  name: string;
  language: Language;
  text: string;
  updated_at: string;
}

const toTemplate = (row: Row): Template => ({ id: row.id, name: row.name, language: row.language, text: row.text, updatedAt: row.updated_at });

/** The hour (0–23) it is now in a time zone. */
export function hourIn(timeZone: string, at: Date): number {
  const hour = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(at);
  return Number(hour) % 24;
}

interface QuestionContext {
  site_id: string | null;
  from_id: number | null;
  user_id: number;
  title: string | null;
  price: number | null;
  currency_id: string | null;
  available_quantity: number | null;
  sku: string | null;
}

export function createAnswerTemplates(db: Database, now: () => Date = () => new Date()) {
  const byId = db.prepare('SELECT id, name, language, text, updated_at FROM answer_templates WHERE id = ?');

  function get(id: number): Template {
    const row = byId.get(id) as Row | undefined;
    if (!row) throw new AppError('not_found', 'There is no such answer template.', { id });
    return toTemplate(row);
  }

  /** What each placeholder says for this question. */
  function values(questionId: number, language: Language): Record<Placeholder, string> {
    const context = db
      .prepare(
        `SELECT a.site_id, q.from_id, q.user_id, i.title, i.price, i.currency_id, i.available_quantity, i.sku
         FROM questions q LEFT JOIN items i ON i.id = q.item_id LEFT JOIN accounts a ON a.user_id = q.user_id WHERE q.id = ?`,
      )
      .get(questionId) as QuestionContext | undefined;
    if (!context) throw new AppError('not_found', 'There is no such question on this computer.', { questionId });
    const buyer =
      context.from_id === null
        ? null
        : (db.prepare('SELECT buyer_nickname FROM orders WHERE user_id = ? AND buyer_id = ? AND buyer_nickname IS NOT NULL ORDER BY date_created DESC LIMIT 1').pluck().get(context.user_id, context.from_id) as
            | string
            | undefined);
    const site = isSiteId(context.site_id) ? context.site_id : 'MLA';
    const price = context.price === null ? '' : context.currency_id ? formatMoney(context.price, context.currency_id, site) : String(context.price);
    return {
      buyer: buyer ?? '',
      title: context.title ?? '',
      price,
      stock: context.available_quantity === null ? '' : String(context.available_quantity),
      sku: context.sku ?? '',
      greeting: greetingFor(language, hourIn(SITE_TIME_ZONE[site], now())),
    };
  }

  return {
    list(): Template[] {
      return (db.prepare('SELECT id, name, language, text, updated_at FROM answer_templates ORDER BY language, name COLLATE NOCASE, id').all() as Row[]).map(toTemplate);
    },
    save(input: z.output<typeof TemplateSave>): Template {
      const at = now().toISOString();
      if (input.id === undefined) {
        const id = Number(
          db.prepare('INSERT INTO answer_templates (name, language, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.name, input.language, input.text, at, at).lastInsertRowid,
        );
        return get(id);
      }
      get(input.id);
      db.prepare('UPDATE answer_templates SET name = ?, language = ?, text = ?, updated_at = ? WHERE id = ?').run(input.name, input.language, input.text, at, input.id);
      return get(input.id);
    },
    remove(id: number): { deleted: true } {
      get(id);
      db.prepare('DELETE FROM answer_templates WHERE id = ?').run(id);
      return { deleted: true };
    },
    fill(id: number, questionId: number): { text: string } {
      const template = get(id);
      return { text: fillTemplate(template.text, values(questionId, template.language)) };
    },
  };
}
