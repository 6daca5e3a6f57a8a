/** Step 4: the local cache of listings, orders, questions and shipments, with full-text search. Released: never edit; change the schema in a new step. */
import type { Migration } from './runner';

export const step: Migration = {
  version: 4,
  name: 'local cache of listings, orders, questions and shipments',
  up(db) {
    db.exec(`
        -- Each entity: the columns the UI filters and sorts on, plus the JSON exactly as received.
        CREATE TABLE items (
          id                 TEXT PRIMARY KEY,
          user_id            INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
          title              TEXT NOT NULL,
          status             TEXT NOT NULL,
          sub_status         TEXT NOT NULL DEFAULT '',
          price              REAL,
          currency_id        TEXT,
          available_quantity INTEGER NOT NULL DEFAULT 0,
          sold_quantity      INTEGER NOT NULL DEFAULT 0,
          sku                TEXT,
          listing_type_id    TEXT,
          logistic_type      TEXT,
          thumbnail          TEXT,
          permalink          TEXT,
          category_id        TEXT,
          variation_count    INTEGER NOT NULL DEFAULT 0,
          date_created       TEXT,
          last_updated       TEXT,
          raw_json           TEXT NOT NULL,
          synced_at          TEXT NOT NULL
        );
        CREATE INDEX items_user_status ON items (user_id, status, title);
        CREATE INDEX items_user_sku ON items (user_id, sku);

        -- Descriptions are read when a listing is opened, not during sync, and kept for offline use.
        CREATE TABLE item_descriptions (
          item_id      TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
          plain_text   TEXT NOT NULL,
          last_updated TEXT,
          fetched_at   TEXT NOT NULL
        ) STRICT;

        CREATE TABLE item_variations (
          item_id            TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
          variation_id       INTEGER NOT NULL,
          sku                TEXT,
          available_quantity INTEGER NOT NULL DEFAULT 0,
          sold_quantity      INTEGER NOT NULL DEFAULT 0,
          price              REAL,
          attributes_text    TEXT NOT NULL DEFAULT '',
          raw_json           TEXT NOT NULL,
          PRIMARY KEY (item_id, variation_id)
        ) STRICT;
        CREATE INDEX item_variations_sku ON item_variations (sku);

        CREATE TABLE orders (
          id                 INTEGER PRIMARY KEY,
          user_id            INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
          status             TEXT NOT NULL,
          status_detail      TEXT,
          date_created       TEXT NOT NULL,
          date_closed        TEXT,
          date_last_updated  TEXT NOT NULL,
          total_amount       REAL,
          paid_amount        REAL,
          currency_id        TEXT,
          buyer_id           INTEGER,
          buyer_nickname     TEXT,
          buyer_name         TEXT,
          pack_id            INTEGER,
          shipping_id        INTEGER,
          item_titles        TEXT NOT NULL DEFAULT '',
          -- Copied from the order's shipment so the shipping filter needs no join.
          ship_status        TEXT,
          ship_substatus     TEXT,
          label_ready        INTEGER NOT NULL DEFAULT 0,
          -- The order carries the "delivered" tag: its shipment needs no more reading.
          delivered          INTEGER NOT NULL DEFAULT 0,
          partial            INTEGER NOT NULL DEFAULT 0,
          synced_at          TEXT NOT NULL
        );
        -- The JSON as received lives apart, so the table the screen scans stays small.
        CREATE TABLE order_json (
          order_id  INTEGER PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
          raw_json  TEXT NOT NULL
        );
        -- id is part of each sort index: the screen's order (date, then id) needs no sorting step.
        CREATE INDEX orders_user_created ON orders (user_id, date_created DESC, id DESC);
        CREATE INDEX orders_created ON orders (date_created DESC, id DESC);
        CREATE INDEX orders_status_created ON orders (status, date_created DESC, id DESC);
        CREATE INDEX orders_ship_status_created ON orders (ship_status, date_created DESC, id DESC);
        CREATE INDEX orders_label_ready_created ON orders (date_created DESC, id DESC) WHERE label_ready = 1;
        CREATE INDEX orders_total ON orders (total_amount DESC, id DESC);
        CREATE INDEX orders_buyer ON orders (buyer_nickname COLLATE NOCASE);
        CREATE INDEX orders_shipping ON orders (shipping_id);
        CREATE INDEX orders_pack ON orders (pack_id);

        CREATE TABLE order_items (
          order_id      INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
          line          INTEGER NOT NULL,
          item_id       TEXT,
          variation_id  INTEGER,
          title         TEXT NOT NULL,
          sku           TEXT,
          quantity      INTEGER NOT NULL,
          unit_price    REAL,
          currency_id   TEXT,
          PRIMARY KEY (order_id, line)
        );
        CREATE INDEX order_items_item ON order_items (item_id);

        CREATE TABLE shipments (
          id               INTEGER PRIMARY KEY,
          user_id          INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
          status           TEXT NOT NULL,
          substatus        TEXT,
          mode             TEXT,
          logistic_type    TEXT,
          tracking_number  TEXT,
          date_created     TEXT,
          last_updated     TEXT,
          raw_json         TEXT NOT NULL,
          synced_at        TEXT NOT NULL
        );
        CREATE INDEX shipments_status ON shipments (status, substatus);

        CREATE TABLE questions (
          id            INTEGER PRIMARY KEY,
          user_id       INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
          item_id       TEXT NOT NULL,
          status        TEXT NOT NULL,
          text          TEXT NOT NULL,
          date_created  TEXT NOT NULL,
          from_id       INTEGER,
          answer_text   TEXT,
          answer_date   TEXT,
          raw_json      TEXT NOT NULL,
          synced_at     TEXT NOT NULL
        );
        CREATE INDEX questions_user_status ON questions (user_id, status, date_created DESC);
        CREATE INDEX questions_item ON questions (item_id);

        -- Full-text search. rowid = orders.id / items.rowid; kept in step by the repositories.
        -- Prefix indexes: the seller types the start of words and every term is matched as a prefix.
        CREATE VIRTUAL TABLE orders_fts USING fts5(ids, buyer, titles, skus, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
        CREATE VIRTUAL TABLE items_fts USING fts5(title, sku, ids, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
    `);
  },
};
