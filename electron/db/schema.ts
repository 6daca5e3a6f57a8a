/** The schema steps, oldest first. Append only: a released step is never edited. */
import type { Migration } from './migrations';

export const MIGRATIONS: readonly Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'outbox and sync state',
    up(db) {
      db.exec(`
        -- Every write to Mercado Libre is recorded here first, so the seller's intent survives
        -- a crash or a lost connection and is pushed later.
        CREATE TABLE outbox (
          id           INTEGER PRIMARY KEY AUTOINCREMENT,
          user_id      INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
          kind         TEXT NOT NULL,
          payload_json TEXT NOT NULL,
          state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', 'unclear', 'done', 'failed')),
          attempts     INTEGER NOT NULL DEFAULT 0,
          last_error   TEXT,
          created_at   TEXT NOT NULL,
          updated_at   TEXT NOT NULL
        ) STRICT;
        CREATE INDEX outbox_pending ON outbox (state, user_id, id);

        -- Watermarks of each sync step, moved only after the step's data is committed.
        CREATE TABLE sync_state (
          user_id    INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
          step       TEXT NOT NULL,
          watermark  TEXT,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (user_id, step)
        ) STRICT;
      `);
    },
  },
  {
    version: 3,
    name: 'secrets',
    up(db) {
      db.exec(`
        -- Encrypted secrets (tokens, the app secret). Never plain text: see electron/vault.
        CREATE TABLE secrets (
          key        TEXT PRIMARY KEY,
          ciphertext BLOB NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
];
