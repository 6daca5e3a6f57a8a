/**
 * Step 7: the outbox for listing edits and every later write. Step 2's table is rebuilt as one that
 * knows its target (one entry in flight per listing), its batch (bulk edits, undo), conflicts, and when
 * to try again. Rows already there are carried over (an "in_flight" one as unclear: checked before any resend).
 */
import type { Migration } from './runner';

export const step: Migration = {
  version: 7,
  name: 'outbox entries',
  up(db) {
    db.exec(`
      ALTER TABLE outbox RENAME TO outbox_step2;
      CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id         INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
        kind            TEXT NOT NULL,
        target          TEXT NOT NULL,
        payload_json    TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sending', 'unclear', 'done', 'failed', 'conflict', 'discarded')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        batch_id        TEXT,
        last_error_json TEXT,
        conflict_json   TEXT,
        next_attempt_at TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      INSERT INTO outbox (id, user_id, kind, target, payload_json, state, attempts, last_error_json, created_at, updated_at)
        SELECT id, user_id, kind, 'legacy:' || id, payload_json, CASE state WHEN 'in_flight' THEN 'unclear' ELSE state END,
               attempts, CASE WHEN last_error IS NULL THEN NULL ELSE json_object('code', 'internal', 'message', last_error) END,
               created_at, updated_at
        FROM outbox_step2;
      DROP TABLE outbox_step2;
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);
      CREATE INDEX outbox_target ON outbox (target, id);
      CREATE INDEX outbox_batch ON outbox (batch_id) WHERE batch_id IS NOT NULL;
    `);
  },
};
