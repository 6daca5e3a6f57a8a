/**
 * A print job's failure, structured (what happened, to which printer, the printer's own words, the
 * part in flight), so the screens can say it in the seller's language; `error` keeps the sentence.
 */
import type { Migration } from './runner';

export const step: Migration = {
  version: 13,
  name: 'print job failures',
  up(db) {
    db.exec(`
      -- {code, printer, words, inFlight}: see PrintFailure in shared/printing.ts. NULL when none.
      ALTER TABLE print_jobs ADD COLUMN failure_json TEXT;
    `);
  },
};
