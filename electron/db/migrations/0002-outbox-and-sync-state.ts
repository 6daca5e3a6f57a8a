/** Step 2: the outbox of writes to Mercado Libre and the watermarks of each sync step. Released: never edit; change the schema in a new step. */
import type { Migration } from './runner';

export const step: Migration = {
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
};
