/**
 * Step 8: the questions inbox. Answered history is searchable through a full-text index kept by
 * triggers (like step 5). It reads its text from the questions table (external content) and keeps no
 * per-row sizes, so it adds only its index pages. The seller's answer templates live here, on this
 * computer. No other index or table: an asker's questions and the last 30 days' answers scan one
 * account's questions (a few thousand rows at most), and whom the seller blocked is what the outbox sent.
 */
import type { Migration } from './runner';

const TOKENS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'";

export const step: Migration = {
  version: 8,
  name: 'questions inbox',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE questions_fts USING fts5(text, answer_text, content = 'questions', content_rowid = 'id', columnsize = 0, ${TOKENS});
      INSERT INTO questions_fts (questions_fts) VALUES ('rebuild');
      CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
        INSERT INTO questions_fts (rowid, text, answer_text) VALUES (new.id, new.text, new.answer_text);
      END;
      -- A re-read of an unchanged question rewrites its row; only new text touches the index. An
      -- external-content index forgets a row by being told the text it indexed.
      CREATE TRIGGER questions_fts_update AFTER UPDATE OF text, answer_text ON questions
        WHEN old.text IS NOT new.text OR old.answer_text IS NOT new.answer_text BEGIN
        INSERT INTO questions_fts (questions_fts, rowid, text, answer_text) VALUES ('delete', old.id, old.text, old.answer_text);
        INSERT INTO questions_fts (rowid, text, answer_text) VALUES (new.id, new.text, new.answer_text);
      END;
      CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
        INSERT INTO questions_fts (questions_fts, rowid, text, answer_text) VALUES ('delete', old.id, old.text, old.answer_text);
      END;

      CREATE TABLE answer_templates (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        name       TEXT NOT NULL,
        language   TEXT NOT NULL CHECK (language IN ('es', 'pt-BR', 'en')),
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
