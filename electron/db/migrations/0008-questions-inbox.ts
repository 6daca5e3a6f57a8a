/**
 * Step 8: the questions inbox. Answered history is searchable through a contentless full-text index
 * kept by triggers (like step 5); the seller's answer templates and the askers the seller blocked live
 * here, on this computer; asker look-ups ("their earlier questions") get an index.
 */
import type { Migration } from './runner';

const TOKENS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'";
const TEXT = (row: 'new' | 'old') => `${row}.text, coalesce(${row}.answer_text, '')`;

export const step: Migration = {
  version: 8,
  name: 'questions inbox',
  up(db) {
    db.exec(`
      CREATE INDEX questions_from ON questions (user_id, from_id, date_created DESC);
      CREATE INDEX questions_answered ON questions (user_id, answer_date) WHERE answer_date IS NOT NULL;

      CREATE VIRTUAL TABLE questions_fts USING fts5(question, answer, content = '', contentless_delete = 1, ${TOKENS});
      INSERT INTO questions_fts (rowid, question, answer) SELECT new.id, ${TEXT('new')} FROM questions AS new;
      CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
        INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, ${TEXT('new')});
      END;
      -- A re-read of an unchanged question rewrites its row; only new text touches the index.
      CREATE TRIGGER questions_fts_update AFTER UPDATE OF text, answer_text ON questions
        WHEN old.text IS NOT new.text OR old.answer_text IS NOT new.answer_text BEGIN
        DELETE FROM questions_fts WHERE rowid = old.id;
        INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, ${TEXT('new')});
      END;
      CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
        DELETE FROM questions_fts WHERE rowid = old.id;
      END;

      CREATE TABLE answer_templates (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        name       TEXT NOT NULL,
        language   TEXT NOT NULL CHECK (language IN ('es', 'pt-BR', 'en')),
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE blocked_askers (
        user_id    INTEGER NOT NULL REFERENCES accounts(user_id) ON DELETE CASCADE,
        asker_id   INTEGER NOT NULL,
        blocked_at TEXT NOT NULL,
        PRIMARY KEY (user_id, asker_id)
      ) STRICT;
    `);
  },
};
