/** The Orders screen's query: filters, full-text search, sort and a window of rows over the cache. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { OrderRow, OrdersPage, OrdersQuery } from '../../shared/orders';
import { ftsQuery } from '../cache/normalize';

type ParsedQuery = z.output<typeof OrdersQuery>;

const LABEL_READY = "(s.status = 'ready_to_ship' AND s.substatus = 'ready_to_print' AND s.mode = 'me2')";

const ORDER_BY: Record<ParsedQuery['sort'], string> = {
  date_desc: 'o.date_created DESC, o.id DESC',
  date_asc: 'o.date_created ASC, o.id ASC',
  total_desc: 'o.total_amount DESC, o.id DESC',
  total_asc: 'o.total_amount ASC, o.id ASC',
  buyer_asc: 'o.buyer_nickname COLLATE NOCASE ASC, o.id DESC',
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
  shipping_status: string | null;
  shipping_substatus: string | null;
  label_ready: number;
  partial: number;
}

export function queryOrders(db: Database, query: ParsedQuery): OrdersPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const inList = (column: string, name: string, values: readonly (string | number)[]) => {
    const names = values.map((value, index) => {
      params[`${name}${index}`] = value;
      return `@${name}${index}`;
    });
    where.push(`${column} IN (${names.join(', ')})`);
  };

  if (query.accountIds?.length) inList('o.user_id', 'account', query.accountIds);
  if (query.statuses?.length) inList('o.status', 'status', query.statuses);
  if (query.shipping?.length) {
    const parts: string[] = [];
    const statuses = query.shipping.filter((value) => value !== 'label_ready' && value !== 'no_shipment');
    if (statuses.length) {
      const names = statuses.map((value, index) => {
        params[`ship${index}`] = value;
        return `@ship${index}`;
      });
      parts.push(`s.status IN (${names.join(', ')})`);
    }
    if (query.shipping.includes('label_ready')) parts.push(LABEL_READY);
    if (query.shipping.includes('no_shipment')) parts.push('o.shipping_id IS NULL');
    where.push(`(${parts.join(' OR ')})`);
  }
  if (query.from) {
    params.from = new Date(query.from).toISOString();
    where.push('o.date_created >= @from');
  }
  if (query.to) {
    params.to = new Date(query.to).toISOString();
    where.push('o.date_created < @to');
  }
  const match = query.search ? ftsQuery(query.search) : null;
  if (match) {
    params.match = match;
    where.push('o.id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH @match)');
  }

  const from = 'FROM orders o LEFT JOIN shipments s ON s.id = o.shipping_id';
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT o.id, o.user_id, o.status, o.date_created, o.total_amount, o.currency_id, o.buyer_nickname, o.buyer_name,
              o.item_titles, o.pack_id, o.shipping_id, s.status AS shipping_status, s.substatus AS shipping_substatus,
              ${LABEL_READY} IS 1 AS label_ready, o.partial
       ${from} ${whereSql} ORDER BY ${ORDER_BY[query.sort]} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as RawRow[];
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
    shippingStatus: row.shipping_status,
    shippingSubstatus: row.shipping_substatus,
    labelReady: row.label_ready === 1,
    partial: row.partial === 1,
  };
}
