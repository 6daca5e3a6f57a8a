import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { openDatabase } from '../../electron/db/database';
import { upsertItems } from '../../electron/listings/items-store';
import { queryListings } from '../../electron/listings/listings-query';
import { queryOrders } from '../../electron/orders/orders-query';
import { Order } from '../../electron/meli/schemas';
import { upsertOrders } from '../../electron/orders/orders-store';
import { ListingsQuery } from '../../shared/listings';
import { OrdersQuery } from '../../shared/orders';
import { tempDir } from '../helpers/temp-dir';

let db: Database;
const orderIds = (search: string) => queryOrders(db, OrdersQuery.parse({ search })).rows.map((row) => row.id);
const itemIds = (search: string) => queryListings(db, ListingsQuery.parse({ search })).rows.map((row) => row.id);

const order = (id: number, nickname: string, sku: string) => ({
  id,
  status: 'paid',
  date_created: '2026-10-02T10:00:00.000-03:00',
  buyer: { id: 1, nickname, first_name: 'Ana', last_name: nickname === 'COMPRADORA' ? 'Pérez' : 'Gómez' },
  order_items: [{ item: { id: `MLA${id}`, title: 'Zapatilla running', seller_sku: sku }, quantity: 1 }],
  shipping: { id: 8000 + id },
  pack_id: 7000 + id,
});

const item = (id: string, title: string, variationSku: string) => ({
  id,
  title,
  status: 'active',
  seller_custom_field: `${id}-SKU`,
  variations: [{ id: 1, seller_custom_field: variationSku, attribute_combinations: [] }],
});

beforeEach(() => {
  db = openDatabase(path.join(tempDir(), 'cache.sqlite'));
  upsertAccount(db, { userId: 1, nickname: 'TIENDA', siteId: 'MLA', raw: {} });
});

// The index is kept by SQL triggers: any write to the tables, by any code, is searchable at once.
describe('full-text search kept by triggers', () => {
  it('finds an order by id, pack, shipment, buyer, title and line SKU, and follows updates and deletes', () => {
    db.transaction(() => upsertOrders(db, 1, [{ order: Order.parse(order(11, 'COMPRADORA', 'REM-NEG-M')) }, { order: Order.parse(order(12, 'OTRO', 'PANT-AZ')) }]))();
    for (const search of ['11', '7011', '8011', 'compradora', 'perez', 'REM-NEG-M', 'MLA11']) expect(orderIds(search)).toEqual([11]);
    expect(orderIds('zapat')).toHaveLength(2);

    db.prepare("UPDATE orders SET buyer_nickname = 'NUEVANICK' WHERE id = 11").run();
    expect(orderIds('compradora')).toEqual([]);
    expect(orderIds('nuevanick')).toEqual([11]);

    // Synced again unchanged and then changed: one index row each time, never a duplicate.
    db.transaction(() => upsertOrders(db, 1, [{ order: Order.parse(order(12, 'OTRO', 'PANT-AZ')) }]))();
    db.transaction(() => upsertOrders(db, 1, [{ order: Order.parse(order(12, 'OTRO', 'PANT-VERDE')) }]))();
    expect(orderIds('PANT-AZ')).toEqual([]);
    expect(orderIds('PANT-VERDE')).toEqual([12]);
    expect(db.prepare('SELECT count(*) AS n FROM orders_fts').get()).toEqual({ n: 2 });

    db.prepare('DELETE FROM orders WHERE id = 12').run();
    expect(orderIds('otro')).toEqual([]);
    // Removing the account removes its orders (cascade), and the cascade reaches the index too.
    db.prepare('DELETE FROM accounts WHERE user_id = 1').run();
    expect(orderIds('nuevanick')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM orders_fts').get()).toEqual({ n: 0 });
  });

  it('finds a listing by title, its SKU and its variations’ SKUs, and follows updates and deletes', () => {
    db.transaction(() => upsertItems(db, 1, [item('MLA1', 'Remera algodón negra', 'REM-NEG-M'), item('MLA2', 'Pantalón azul', 'PANT-AZ-40')]))();
    for (const search of ['algodon', 'MLA1-SKU', 'REM-NEG-M', 'MLA1']) expect(itemIds(search)).toEqual(['MLA1']);

    db.prepare("UPDATE items SET title = 'Buzo polar' WHERE id = 'MLA1'").run();
    expect(itemIds('remera')).toEqual([]);
    expect(itemIds('buzo')).toEqual(['MLA1']);

    db.transaction(() => upsertItems(db, 1, [item('MLA2', 'Pantalón azul', 'PANT-AZ-42')]))();
    expect(itemIds('PANT-AZ-40')).toEqual([]);
    expect(itemIds('PANT-AZ-42')).toEqual(['MLA2']);

    db.prepare("DELETE FROM items WHERE id = 'MLA1'").run();
    expect(itemIds('buzo')).toEqual([]);
  });

  it('still finds the right listings after VACUUM (listings are indexed by their rowid)', () => {
    const items = Array.from({ length: 50 }, (_, index) => item(`MLA${index}`, `Producto ${index} único${index}`, `VAR-${index}`));
    db.transaction(() => upsertItems(db, 1, items))();
    db.prepare("DELETE FROM items WHERE id IN ('MLA3', 'MLA10', 'MLA20')").run();
    db.exec('VACUUM');
    expect(itemIds('unico25')).toEqual(['MLA25']);
    expect(itemIds('VAR-49')).toEqual(['MLA49']);
    expect(itemIds('unico10')).toEqual([]);
  });
});
