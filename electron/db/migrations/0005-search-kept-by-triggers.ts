/**
 * Step 5: full-text search kept in step by triggers, so no writer can forget it, and contentless
 * (the screens only ever ask the index for rowids), so the searched text is not stored twice.
 * Each index row is built from its entity's own row: the lines' SKUs and the variations' SKUs are
 * copied onto the order and the listing (like item_titles), so a line write does not rebuild it.
 */
import type { Migration } from './runner';

const TOKENS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'";

const ORDER_TEXT = (row: 'new' | 'old') =>
  `concat_ws(' ', ${row}.id, ${row}.pack_id, ${row}.shipping_id), concat_ws(' ', ${row}.buyer_nickname, ${row}.buyer_name), ${row}.item_titles, ${row}.line_skus`;
const ITEM_TEXT = (row: 'new' | 'old') => `${row}.title, concat_ws(' ', ${row}.sku, nullif(${row}.variation_skus, '')), ${row}.id`;

const changed = (columns: readonly string[]) => columns.map((column) => `old.${column} IS NOT new.${column}`).join(' OR ');
const ORDER_COLUMNS = ['id', 'pack_id', 'shipping_id', 'buyer_nickname', 'buyer_name', 'item_titles', 'line_skus'];
const ITEM_COLUMNS = ['id', 'title', 'sku', 'variation_skus'];

export const step: Migration = {
  version: 5,
  name: 'full-text search kept by triggers',
  up(db) {
    db.exec(`
      -- SKUs and listing ids of the order's lines, for search only.
      ALTER TABLE orders ADD COLUMN line_skus TEXT NOT NULL DEFAULT '';
      UPDATE orders SET line_skus = coalesce(
        (SELECT group_concat(trim(coalesce(sku, '') || ' ' || coalesce(item_id, '')), ' ')
         FROM (SELECT sku, item_id FROM order_items WHERE order_id = orders.id ORDER BY line)), '');
      -- SKUs of the listing's variations, for search only.
      ALTER TABLE items ADD COLUMN variation_skus TEXT NOT NULL DEFAULT '';
      UPDATE items SET variation_skus = coalesce(
        (SELECT group_concat(sku, ' ') FROM (SELECT sku FROM item_variations WHERE item_id = items.id AND sku IS NOT NULL ORDER BY variation_id)), '');

      DROP TABLE orders_fts;
      CREATE VIRTUAL TABLE orders_fts USING fts5(ids, buyer, titles, skus, content = '', contentless_delete = 1, ${TOKENS});
      INSERT INTO orders_fts (rowid, ids, buyer, titles, skus) SELECT new.id, ${ORDER_TEXT('new')} FROM orders AS new;
      CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN
        INSERT INTO orders_fts (rowid, ids, buyer, titles, skus) VALUES (new.id, ${ORDER_TEXT('new')});
      END;
      -- Re-reading an unchanged order rewrites its row; only a change to searched text touches the index.
      CREATE TRIGGER orders_fts_update AFTER UPDATE OF ${ORDER_COLUMNS.join(', ')} ON orders WHEN ${changed(ORDER_COLUMNS)} BEGIN
        DELETE FROM orders_fts WHERE rowid = old.id;
        INSERT INTO orders_fts (rowid, ids, buyer, titles, skus) VALUES (new.id, ${ORDER_TEXT('new')});
      END;
      CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN
        DELETE FROM orders_fts WHERE rowid = old.id;
      END;

      DROP TABLE items_fts;
      CREATE VIRTUAL TABLE items_fts USING fts5(title, sku, ids, content = '', contentless_delete = 1, ${TOKENS});
      INSERT INTO items_fts (rowid, title, sku, ids) SELECT new.rowid, ${ITEM_TEXT('new')} FROM items AS new;
      CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
        INSERT INTO items_fts (rowid, title, sku, ids) VALUES (new.rowid, ${ITEM_TEXT('new')});
      END;
      CREATE TRIGGER items_fts_update AFTER UPDATE OF ${ITEM_COLUMNS.join(', ')} ON items WHEN ${changed(ITEM_COLUMNS)} BEGIN
        DELETE FROM items_fts WHERE rowid = old.rowid;
        INSERT INTO items_fts (rowid, title, sku, ids) VALUES (new.rowid, ${ITEM_TEXT('new')});
      END;
      CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
        DELETE FROM items_fts WHERE rowid = old.rowid;
      END;
    `);
  },
};
