import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { ftsQuery } from '../../electron/db/fts-query';
import { openDatabase } from '../../electron/db/database';
import { decodeJson } from '../../electron/db/json-codec';
import { queryOrders } from '../../electron/orders/orders-query';
import { Order } from '../../electron/meli/schemas';
import { upsertOrders } from '../../electron/orders/orders-store';
import { upsertShipments } from '../../electron/shipments/shipments-store';
import { OrdersQuery } from '../../shared/orders';
import { tempDir } from '../helpers/temp-dir';

function order(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    status: 'paid',
    date_created: `2026-10-${String((id % 28) + 1).padStart(2, '0')}T10:00:00.000-03:00`,
    date_last_updated: '2026-11-01T10:00:00.000-03:00',
    total_amount: id * 10,
    currency_id: 'ARS',
    buyer: { id: 900 + id, nickname: `COMPRADOR${id}`, first_name: 'Ana', last_name: `Pérez ${id}` },
    order_items: [{ item: { id: `MLA${id}`, title: `Zapatilla running ${id}`, seller_sku: `SKU-${id}` }, quantity: 1, unit_price: id * 10 }],
    shipping: { id: 5000 + id },
    pack_id: null,
    ...overrides,
  };
}

let db: Database;
const query = (input: OrdersQuery) => queryOrders(db, OrdersQuery.parse(input));

beforeEach(() => {
  db = openDatabase(path.join(tempDir(), 'cache.sqlite'));
  upsertAccount(db, { userId: 1, nickname: 'TIENDA', siteId: 'MLA', raw: {} });
  upsertAccount(db, { userId: 2, nickname: 'OTRA', siteId: 'MLB', raw: {} });
});

describe('orders cache', () => {
  it('stores orders once (an update replaces, never duplicates) and keeps the raw JSON', () => {
    db.transaction(() => upsertOrders(db, 1, [{ order: Order.parse(order(1)) }, { order: Order.parse(order(2)) }]))();
    db.transaction(() => upsertOrders(db, 1, [{ order: Order.parse(order(1, { status: 'cancelled', id: '1' })) }]))();
    expect(query({}).total).toBe(2);
    const row = db.prepare('SELECT status, raw, date_created FROM orders JOIN order_raw ON order_id = id WHERE id = 1').get() as { status: string; raw: Buffer; date_created: string };
    expect(row.status).toBe('cancelled');
    expect(Order.parse(decodeJson(row.raw)).buyer?.nickname).toBe('COMPRADOR1');
    expect(row.date_created).toBe('2026-10-02T13:00:00.000Z');
    expect(db.prepare('SELECT count(*) AS n FROM order_items').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM orders_fts').get()).toEqual({ n: 2 });
  });

  it('filters by account, status, shipping (label ready) and date, sorts, and windows', () => {
    db.transaction(() => {
      upsertOrders(db, 1, [1, 2, 3, 4, 5].map((id) => ({ order: Order.parse(order(id)) })));
      upsertOrders(db, 2, [{ order: Order.parse(order(6, { status: 'cancelled' })) }, { order: Order.parse(order(7, { shipping: null })) }]);
      upsertShipments(db, 1, [
        { id: 5001, status: 'ready_to_ship', substatus: 'ready_to_print', mode: 'me2' },
        { id: 5002, status: 'ready_to_ship', substatus: 'printed', mode: 'me2' },
        { id: 5003, status: 'delivered', substatus: null, mode: 'me2' },
      ]);
    })();
    expect(query({ accountIds: [2] }).rows.map((row) => row.id).sort()).toEqual([6, 7]);
    expect(query({ statuses: ['cancelled'] }).rows.map((row) => row.id)).toEqual([6]);
    const ready = query({ shipping: ['label_ready'] });
    expect(ready.rows.map((row) => row.id)).toEqual([1]);
    expect(ready.rows[0]).toMatchObject({ labelReady: true, shippingStatus: 'ready_to_ship', shippingSubstatus: 'ready_to_print' });
    expect(query({ shipping: ['ready_to_ship'] }).total).toBe(2);
    expect(query({ shipping: ['no_shipment', 'delivered'] }).rows.map((row) => row.id).sort()).toEqual([3, 7]);
    expect(query({ from: '2026-10-03T00:00:00Z', to: '2026-10-05T00:00:00-03:00' }).rows.map((row) => row.id).sort()).toEqual([2, 3]);
    expect(query({ sort: 'total_desc', limit: 2 }).rows.map((row) => row.id)).toEqual([7, 6]);
    const page = query({ sort: 'date_asc', offset: 2, limit: 2 });
    expect(page.total).toBe(7);
    expect(page.rows.map((row) => row.id)).toEqual([3, 4]);
  });

  it('searches buyer, names without accents, titles, SKUs and ids', () => {
    db.transaction(() => upsertOrders(db, 1, [1, 2, 3].map((id) => ({ order: Order.parse(order(id)) }))))();
    expect(query({ search: 'comprador2' }).rows.map((row) => row.id)).toEqual([2]);
    expect(query({ search: 'perez 3' }).rows.map((row) => row.id)).toEqual([3]);
    expect(query({ search: 'zapat' }).total).toBe(3);
    expect(query({ search: 'SKU-1' }).rows.map((row) => row.id)).toEqual([1]);
    expect(query({ search: '5002' }).rows.map((row) => row.id)).toEqual([2]);
    expect(query({ search: '"); DROP TABLE orders; --' }).total).toBe(0);
    expect(query({ search: '   ' }).total).toBe(3);
  });

  // Past a thousand matches a search alone is windowed along the sort's index: same rows, same total.
  it('windows a search with many matches exactly like a filter, in every sort and at any offset', () => {
    const ids = Array.from({ length: 1300 }, (_, index) => index + 1);
    db.transaction(() => {
      upsertOrders(db, 1, ids.map((id) => ({ order: Order.parse(order(id, { total_amount: (id * 37) % 1000 })) })));
      upsertOrders(db, 2, [{ order: Order.parse(order(5000, { order_items: [{ item: { id: 'MLA9', title: 'Mochila urbana' }, quantity: 1 }] })) }]);
    })();
    const all = [0, 500, 1000].flatMap((offset) => query({ accountIds: [1], offset, limit: 500 }).rows);
    expect(all).toHaveLength(1300);
    const expected = {
      date_desc: [...all],
      date_asc: [...all].reverse(),
      total_desc: [...all].sort((a, b) => (b.totalAmount ?? 0) - (a.totalAmount ?? 0) || b.id - a.id),
      total_asc: [...all].sort((a, b) => (a.totalAmount ?? 0) - (b.totalAmount ?? 0) || a.id - b.id),
    } as const;
    for (const [sort, rows] of Object.entries(expected) as Array<[keyof typeof expected, typeof all]>) {
      for (const offset of [0, 640, 1250]) {
        const page = query({ search: 'zapatilla', sort, offset, limit: 100 });
        expect(page.total).toBe(1300);
        expect(page.rows).toEqual(rows.slice(offset, offset + 100));
      }
    }
    expect(query({ search: 'zapatilla', accountIds: [2] }).total).toBe(0);
    expect(query({ search: 'zapatilla', sort: 'buyer_asc', limit: 3 }).rows.map((row) => row.buyerNickname)).toEqual(['COMPRADOR1', 'COMPRADOR10', 'COMPRADOR100']);
    // The buyer header pressed again reverses the order.
    const descending = query({ search: 'zapatilla', sort: 'buyer_desc', limit: 3 }).rows.map((row) => row.buyerNickname ?? '');
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
    expect(descending[0]).not.toBe('COMPRADOR1');
  });

  it('builds FTS queries that cannot inject syntax', () => {
    expect(ftsQuery('ana "pérez"')).toBe('"ana"* AND "pérez"*');
    expect(ftsQuery('NEAR(a b) OR x*')).toBe('"NEARa"* AND "b"* AND "OR"* AND "x"*');
    expect(ftsQuery('  ')).toBeNull();
  });
});
