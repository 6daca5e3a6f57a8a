/** Step 3: encrypted secrets (tokens, the app secret). Released: never edit; change the schema in a new step. */
import type { Migration } from './runner';

export const step: Migration = {
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
};
