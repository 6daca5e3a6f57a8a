/** The Listings screen's query over the cache, with each listing's variations. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { ListingRow, ListingsPage, ListingsQuery } from '../../shared/listings';
import { ftsQuery } from '../db/fts-query';

const ORDER_BY: Record<z.output<typeof ListingsQuery>['sort'], string> = {
  title_asc: 'title COLLATE NOCASE ASC, id',
  price_desc: 'price DESC, id',
  price_asc: 'price ASC, id',
  stock_asc: 'available_quantity ASC, id',
  sold_desc: 'sold_quantity DESC, id',
  updated_desc: 'last_updated DESC, id',
};

interface ItemRowRaw {
  id: string;
  user_id: number;
  title: string;
  status: string;
  sub_status: string;
  price: number | null;
  currency_id: string | null;
  available_quantity: number;
  sold_quantity: number;
  sku: string | null;
  thumbnail: string | null;
  permalink: string | null;
  logistic_type: string | null;
}

interface VariationRaw {
  item_id: string;
  variation_id: number;
  attributes_text: string;
  sku: string | null;
  available_quantity: number;
  sold_quantity: number;
  price: number | null;
}

export function queryListings(db: Database, query: z.output<typeof ListingsQuery>): ListingsPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  query.accountIds?.forEach((id, index) => (params[`a${index}`] = id));
  if (query.accountIds?.length) where.push(`user_id IN (${query.accountIds.map((_, index) => `@a${index}`).join(', ')})`);
  query.statuses?.forEach((status, index) => (params[`s${index}`] = status));
  if (query.statuses?.length) where.push(`status IN (${query.statuses.map((_, index) => `@s${index}`).join(', ')})`);
  const match = query.search ? ftsQuery(query.search) : null;
  if (match) {
    params.match = match;
    where.push('rowid IN (SELECT rowid FROM items_fts WHERE items_fts MATCH @match)');
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM items ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT id, user_id, title, status, sub_status, price, currency_id, available_quantity, sold_quantity, sku, thumbnail, permalink, logistic_type
       FROM items ${whereSql} ORDER BY ${ORDER_BY[query.sort]} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as ItemRowRaw[];
  const variations = new Map<string, VariationRaw[]>();
  if (rows.length > 0) {
    const found = db
      .prepare(`SELECT * FROM item_variations WHERE item_id IN (${rows.map(() => '?').join(', ')}) ORDER BY item_id, variation_id`)
      .all(...rows.map((row) => row.id)) as VariationRaw[];
    for (const variation of found) variations.set(variation.item_id, [...(variations.get(variation.item_id) ?? []), variation]);
  }
  return {
    total,
    rows: rows.map(
      (row): ListingRow => ({
        id: row.id,
        userId: row.user_id,
        title: row.title,
        status: row.status,
        subStatus: row.sub_status ? row.sub_status.split(',') : [],
        price: row.price,
        currencyId: row.currency_id,
        available: row.available_quantity,
        sold: row.sold_quantity,
        sku: row.sku,
        thumbnail: row.thumbnail,
        permalink: row.permalink,
        logisticType: row.logistic_type,
        variations: (variations.get(row.id) ?? []).map((variation) => ({
          id: variation.variation_id,
          attributes: variation.attributes_text,
          sku: variation.sku,
          available: variation.available_quantity,
          sold: variation.sold_quantity,
          price: variation.price,
        })),
      }),
    ),
  };
}
