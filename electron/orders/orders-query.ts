/**
 * The Orders screen's query: filters, full-text search, sort and a window of rows over the cache.
 * Shipping status is copied onto each order (see shipments-store), so no filter needs a join; the
 * window is chosen on the index alone and only its rows are read in full, which keeps deep scrolling fast.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { OrderRow, OrdersPage, OrdersQuery } from '../../shared/orders';
import { ftsQuery } from '../db/fts-query';

type ParsedQuery = z.output<typeof OrdersQuery>;

const ORDER_BY: Record<ParsedQuery['sort'], string> = {
  date_desc: 'date_created DESC, id DESC',
  date_asc: 'date_created ASC, id ASC',
  total_desc: 'total_amount DESC, id DESC',
  total_asc: 'total_amount ASC, id ASC',
  buyer_asc: 'buyer_nickname COLLATE NOCASE ASC, id DESC',
  buyer_desc: 'buyer_nickname COLLATE NOCASE DESC, id DESC',
};

interface RawRow {
  id: number;
  user_id: number;
  status: string;
  date_created: string;
  total_amount: number | null;
  currency_id: string | null;
  buyer_nickname: string | null;
  buyer_name: string | null;
  item_titles: string;
  pack_id: number | null;
  shipping_id: number | null;
  ship_status: string | null;
  ship_substatus: string | null;
  label_ready: number;
  partial: number;
}

/**
 * A search alone that matches more orders than this is windowed by walking the sort's index (date or
 * total, which end in id) and keeping the matches, which stops after one window. Fewer matches, other
 * filters as well, or the buyer sort: the matches are read by id and sorted, which is cheaper then.
 */
const MANY_MATCHES = 1000;
const WALKABLE_SORTS: ReadonlySet<ParsedQuery['sort']> = new Set(['date_desc', 'date_asc', 'total_desc', 'total_asc']);

interface Filters {
  where: string;
  params: Record<string, unknown>;
  /** Only the search narrows the orders. */
  searchOnly: boolean;
}

function filters(query: ParsedQuery): Filters {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const placeholders = (name: string, values: readonly (string | number)[]) =>
    values
      .map((value, index) => {
        params[`${name}${index}`] = value;
        return `@${name}${index}`;
      })
      .join(', ');

  if (query.accountIds?.length) where.push(`user_id IN (${placeholders('account', query.accountIds)})`);
  if (query.statuses?.length) where.push(`status IN (${placeholders('status', query.statuses)})`);
  if (query.shipping?.length) {
    const parts: string[] = [];
    const statuses = query.shipping.filter((value) => value !== 'label_ready' && value !== 'no_shipment');
    if (statuses.length) parts.push(`ship_status IN (${placeholders('ship', statuses)})`);
    if (query.shipping.includes('label_ready')) parts.push('label_ready = 1');
    if (query.shipping.includes('no_shipment')) parts.push('shipping_id IS NULL');
    where.push(`(${parts.join(' OR ')})`);
  }
  if (query.from) {
    params.from = new Date(query.from).toISOString();
    where.push('date_created >= @from');
  }
  if (query.to) {
    params.to = new Date(query.to).toISOString();
    where.push('date_created < @to');
  }
  const searchOnly = where.length === 0;
  const match = query.search ? ftsQuery(query.search) : null;
  if (match) {
    params.match = match;
    where.push('id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH @match)');
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params, searchOnly };
}

const COLUMNS = `id, user_id, status, date_created, total_amount, currency_id, buyer_nickname, buyer_name, item_titles,
  pack_id, shipping_id, ship_status, ship_substatus, label_ready, partial`;

export function orderRowById(db: Database, id: number): OrderRow | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM orders WHERE id = ?`).get(id) as RawRow | undefined;
  return row ? toRow(row) : null;
}

export function queryOrders(db: Database, query: ParsedQuery): OrdersPage {
  const { where, params, searchOnly } = filters(query);
  const orderBy = ORDER_BY[query.sort];
  const window = { ...params, limit: query.limit, offset: query.offset };
  if (params.match !== undefined) {
    if (searchOnly && WALKABLE_SORTS.has(query.sort)) {
      // The index holds exactly one row per cached order (triggers keep it so): its count is the total.
      const total = (db.prepare('SELECT count(*) AS n FROM orders_fts WHERE orders_fts MATCH @match').get(params) as { n: number }).n;
      if (total > MANY_MATCHES) {
        // "+id": the match list is probed, not used as the index, so the sort's index drives the scan.
        const rows = db
          .prepare(`SELECT ${COLUMNS} FROM orders WHERE +id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH @match) ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`)
          .all(window) as RawRow[];
        return { total, rows: rows.map(toRow) };
      }
    }
    // Few matches: one pass over them gives the window's ids and the total together.
    const ids = db
      .prepare(`SELECT id, count(*) OVER () AS total FROM orders ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`)
      .all(window) as Array<{ id: number; total: number }>;
    const total = ids[0]?.total ?? (query.offset > 0 ? (db.prepare(`SELECT count(*) AS n FROM orders ${where}`).get(params) as { n: number }).n : 0);
    if (ids.length === 0) return { total, rows: [] };
    const rows = db
      .prepare(`SELECT ${COLUMNS} FROM orders WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY ${orderBy}`)
      .all(...ids.map((row) => row.id)) as RawRow[];
    return { total, rows: rows.map(toRow) };
  }
  // No search: the count and the window each come from an index alone, and only the window's rows are read.
  const total = (db.prepare(`SELECT count(*) AS n FROM orders ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM orders WHERE id IN (SELECT id FROM orders ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset) ORDER BY ${orderBy}`)
    .all(window) as RawRow[];
  return { total, rows: rows.map(toRow) };
}

function toRow(row: RawRow): OrderRow {
  return {
    id: row.id,
    userId: row.user_id,
    status: row.status,
    dateCreated: row.date_created,
    totalAmount: row.total_amount,
    currencyId: row.currency_id,
    buyerNickname: row.buyer_nickname,
    buyerName: row.buyer_name,
    itemTitles: row.item_titles,
    packId: row.pack_id,
    shippingId: row.shipping_id,
    shippingStatus: row.ship_status,
    shippingSubstatus: row.ship_substatus,
    labelReady: row.label_ready === 1,
    partial: row.partial === 1,
  };
}
