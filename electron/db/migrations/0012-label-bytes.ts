/**
 * Kept labels' bytes move into the database, one row per account, shipment and format. A batch of 50
 * labels is then one transaction instead of 50 files each created, synced and renamed:
 * on a slow disk the files took 15–80 ms a batch, on the seller's critical path between Mercado
 * Libre's answer and the printer. The database file is already private to the seller (0600). A rowid
 * table, not WITHOUT ROWID: a PDF label is tens of kilobytes, too big for a clustered row.
 * label_files keeps the facts (fetched, printed, refused); its `file` stays for copies written as
 * files before this step, which are still read from the data folder.
 */
import type { Migration } from './runner';

export const step: Migration = {
  version: 12,
  name: 'label bytes',
  up(db) {
    db.exec(`
      CREATE TABLE label_bytes (
        user_id      INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
        shipment_id  INTEGER NOT NULL,
        format       TEXT NOT NULL CHECK (format IN ('pdf', 'zpl')),
        bytes        BLOB NOT NULL,
        PRIMARY KEY (user_id, shipment_id, format)
      ) STRICT;
    `);
  },
};
