/**
 * Step 9: labels kept for reprinting, printer profiles and print jobs. Label and document bytes live
 * as files in the data folder; these rows say where and in what state.
 */
import type { Migration } from './runner';

export const step: Migration = {
  version: 9,
  name: 'labels and printing',
  up(db) {
    db.exec(`
      -- One row per account, shipment and format: the kept label (file) and/or the last refusal for it,
      -- with Mercado Libre's reason. A document's facts sit beside its file (documents/ID.json).
      -- Three tables and no extra index: an upgraded database must stay small.
      CREATE TABLE label_files (
        user_id          INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
        shipment_id      INTEGER NOT NULL,
        format           TEXT NOT NULL CHECK (format IN ('pdf', 'zpl')),
        file             TEXT,
        size             INTEGER NOT NULL DEFAULT 0,
        fetched_at       TEXT,
        printed_at       TEXT,
        failure_code     TEXT,
        failure_message  TEXT,
        failed_at        TEXT,
        PRIMARY KEY (user_id, shipment_id, format)
      ) STRICT, WITHOUT ROWID;
      -- Profiles for system printers (id "cups:NAME") and network printers added by address ("tcp:N").
      CREATE TABLE printers (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('cups', 'windows', 'tcp')),
        name         TEXT NOT NULL,
        host         TEXT,
        port         INTEGER,
        language     TEXT NOT NULL DEFAULT 'zpl' CHECK (language IN ('zpl', 'pdf')),
        dpi          INTEGER NOT NULL DEFAULT 203,
        size         TEXT NOT NULL DEFAULT '4x6in',
        darkness     INTEGER,
        offset_x     INTEGER NOT NULL DEFAULT 0,
        offset_y     INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE print_jobs (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        printer_id   TEXT NOT NULL,
        state        TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
        -- What to print, in the order of the selection: [{kind:'label',userId,shipmentId,format}|{kind:'document',id}].
        items_json   TEXT NOT NULL,
        copies       INTEGER NOT NULL DEFAULT 1,
        total        INTEGER NOT NULL,
        -- Items confirmed handed to the printer or spooler, in order: a resend starts after them.
        sent         INTEGER NOT NULL DEFAULT 0,
        error        TEXT,
        spooler_ids  TEXT NOT NULL DEFAULT '[]',
        resend_of    INTEGER,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
    `);
  },
};
