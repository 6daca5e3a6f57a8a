/** Step 1: the connected Mercado Libre accounts. Released: never edit; change the schema in a new step. */
import type { Migration } from './runner';

export const step: Migration = {
  version: 1,
  name: 'accounts',
  up(db) {
    db.exec(`
        CREATE TABLE accounts (
          user_id      INTEGER PRIMARY KEY,
          nickname     TEXT NOT NULL,
          site_id      TEXT NOT NULL,
          status       TEXT NOT NULL DEFAULT 'connected' CHECK (status IN ('connected', 'needs_sign_in')),
          raw_json     TEXT NOT NULL DEFAULT '{}',
          created_at   TEXT NOT NULL,
          last_sync_at TEXT
        ) STRICT;
    `);
  },
};
