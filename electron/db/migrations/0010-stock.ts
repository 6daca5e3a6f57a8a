/**
 * Stock by SKU: the inventory (one count per SKU across every account), links set by hand (kits,
 * several SKUs), per-listing maximums, the ledger of order lines already counted (so an order seen
 * twice lowers once and a cancellation restores once), and the log of every change to the stock.
 * Tables keyed by their primary key are WITHOUT ROWID: one tree each, no second index.
 */
import type { Migration } from './runner';

export const step: Migration = {
  version: 10,
  name: 'stock by SKU',
  up(db) {
    db.exec(`
      CREATE TABLE stock_skus (
        sku         TEXT PRIMARY KEY,
        name        TEXT NOT NULL DEFAULT '',
        on_hand     INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
        buffer      INTEGER NOT NULL DEFAULT 0 CHECK (buffer >= 0),
        note        TEXT NOT NULL DEFAULT '',
        auto_apply  INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Links set by hand replace the listing's own SKU for that listing or variation (0: the whole listing).
      CREATE TABLE stock_links (
        item_id       TEXT NOT NULL,
        variation_id  INTEGER NOT NULL DEFAULT 0,
        sku           TEXT NOT NULL REFERENCES stock_skus(sku) ON DELETE CASCADE,
        units         INTEGER NOT NULL CHECK (units > 0),
        PRIMARY KEY (item_id, variation_id, sku)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE stock_caps (
        item_id       TEXT NOT NULL,
        variation_id  INTEGER NOT NULL DEFAULT 0,
        max_quantity  INTEGER NOT NULL CHECK (max_quantity >= 0),
        PRIMARY KEY (item_id, variation_id)
      ) STRICT, WITHOUT ROWID;

      -- One row per order line once looked at: counted (lowered the stock), restored (its cancellation
      -- gave it back), or left alone (already in the stock Mercado Libre showed, fulfilment, no SKU).
      CREATE TABLE stock_order_lines (
        order_id  INTEGER NOT NULL,
        line      INTEGER NOT NULL,
        state     TEXT NOT NULL CHECK (state IN ('counted', 'restored', 'baseline', 'fulfilment', 'unlinked', 'cancelled')),
        seen_at   TEXT NOT NULL,
        PRIMARY KEY (order_id, line)
      ) STRICT, WITHOUT ROWID;

      -- Listings the inventory has seen: the order lines a listing had when first seen are already in
      -- the stock (its SKU joined with what Mercado Libre showed, or it is history), never counted again.
      CREATE TABLE stock_seen_items (
        item_id  TEXT PRIMARY KEY,
        seen_at  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE stock_log (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        at            TEXT NOT NULL,
        kind          TEXT NOT NULL,
        sku           TEXT,
        item_id       TEXT,
        variation_id  INTEGER,
        order_id      INTEGER,
        line          INTEGER,
        before        INTEGER,
        after         INTEGER,
        detail        TEXT NOT NULL DEFAULT '',
        batch_id      TEXT
      ) STRICT;
      CREATE INDEX stock_log_order ON stock_log (order_id, line) WHERE order_id IS NOT NULL;

      CREATE TABLE stock_settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
