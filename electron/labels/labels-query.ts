/** The Labels screen's rows: shipments with a label at Mercado Libre or a kept copy, newest first. */
import type { Database } from 'better-sqlite3';
import type { LabelRow, LabelsQuery } from '../../shared/labels';
import type { KeptLabelRow } from './label-store';

const PRINTABLE = "(s.status = 'ready_to_ship' AND s.substatus IN ('ready_to_print', 'printed') AND coalesce(s.mode, 'me2') = 'me2' AND coalesce(s.logistic_type, '') <> 'fulfillment')";
const KEPT = 'EXISTS (SELECT 1 FROM label_files f WHERE f.shipment_id = s.id AND f.user_id = s.user_id AND f.fetched_at IS NOT NULL)';

interface Row {
  id: number;
  user_id: number;
  status: string;
  substatus: string | null;
  mode: string | null;
  tracking_number: string | null;
  printable: number;
  order_ids: string | null;
  buyer: string | null;
  titles: string | null;
  failure_code: string | null;
  failure_message: string | null;
  failed_at: string | null;
}

interface Filters {
  query?: string | undefined;
  accountId?: number | undefined;
  show: 'all' | 'ready' | 'kept';
}

function whereOf(query: Filters): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [query.show === 'ready' ? PRINTABLE : query.show === 'kept' ? KEPT : `(${PRINTABLE} OR ${KEPT})`];
  const params: Record<string, unknown> = {};
  if (query.accountId !== undefined) {
    where.push('s.user_id = @accountId');
    params.accountId = query.accountId;
  }
  const text = query.query?.trim();
  if (text) {
    where.push(`(CAST(s.id AS TEXT) LIKE @like OR s.tracking_number LIKE @like OR EXISTS (
      SELECT 1 FROM orders o WHERE o.shipping_id = s.id AND (CAST(o.id AS TEXT) LIKE @like OR o.buyer_nickname LIKE @like OR o.buyer_name LIKE @like OR o.item_titles LIKE @like)))`);
    params.like = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  }
  return { where, params };
}

const escaped = (sql: string) => sql.replace(/LIKE @like/g, "LIKE @like ESCAPE '\\'");

/** One window of the Labels screen's rows and how many match in all. */
export function pageLabels(db: Database, query: Filters & { offset: number; limit: number }): { total: number; rows: LabelRow[] } {
  const { where, params } = whereOf(query);
  const total = db.prepare(escaped(`SELECT count(*) FROM shipments s WHERE ${where.join(' AND ')}`)).pluck().get(params) as number;
  return { total, rows: queryLabels(db, query) };
}

export function queryLabels(db: Database, query: Filters & { limit: number; offset?: number }): LabelRow[] {
  const { where, params } = whereOf(query);
  params.limit = query.limit;
  params.offset = query.offset ?? 0;
  const rows = db
    .prepare(
      escaped(`SELECT s.id, s.user_id, s.status, s.substatus, s.mode, s.tracking_number, ${PRINTABLE} AS printable,
         (SELECT group_concat(o.id) FROM orders o WHERE o.shipping_id = s.id) AS order_ids,
         (SELECT coalesce(o.buyer_name, o.buyer_nickname) FROM orders o WHERE o.shipping_id = s.id LIMIT 1) AS buyer,
         (SELECT group_concat(o.item_titles, ' · ') FROM orders o WHERE o.shipping_id = s.id) AS titles,
         lf.failure_code, lf.failure_message, lf.failed_at
       FROM shipments s LEFT JOIN label_files lf ON (lf.user_id, lf.shipment_id, lf.format) = (
         SELECT user_id, shipment_id, format FROM label_files
         WHERE user_id = s.user_id AND shipment_id = s.id AND failed_at IS NOT NULL ORDER BY failed_at DESC LIMIT 1)
       WHERE ${where.join(' AND ')}
       ORDER BY coalesce(s.date_created, '') DESC, s.id DESC LIMIT @limit OFFSET @offset`),
    )
    .all(params) as Row[];
  const keptOf = db.prepare('SELECT * FROM label_files WHERE user_id = ? AND shipment_id = ? AND fetched_at IS NOT NULL ORDER BY format');
  return rows.map((row) => ({
    shipmentId: row.id,
    userId: row.user_id,
    orderIds: row.order_ids ? row.order_ids.split(',').map(Number) : [],
    buyer: row.buyer,
    titles: row.titles ?? '',
    status: row.status,
    substatus: row.substatus,
    mode: row.mode,
    trackingNumber: row.tracking_number,
    labelReady: row.printable === 1,
    kept: (keptOf.all(row.user_id, row.id) as KeptLabelRow[]).map((kept) => ({ format: kept.format, fetchedAt: kept.fetched_at, printedAt: kept.printed_at, size: kept.size })),
    failure: row.failure_code ? { code: row.failure_code, message: row.failure_message ?? '', at: row.failed_at ?? '' } : null,
  }));
}

export type { LabelsQuery };
