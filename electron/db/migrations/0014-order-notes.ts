/**
 * The notes sellers wrote on orders (GET /orders/{id}/notes): Mercado Libre keeps them apart from the
 * order, so they are read when an order is opened or its packing slip made, and kept for offline use.
 */
import type { Migration } from './runner';

export const step: Migration = {
  version: 14,
  name: 'order notes',
  up(db) {
    db.exec(`
      CREATE TABLE order_notes (
        order_id   INTEGER PRIMARY KEY,
        user_id    INTEGER NOT NULL,
        -- [{id, note, dateCreated}] as Mercado Libre last listed them, oldest first.
        notes_json TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      );
    `);
  },
};
