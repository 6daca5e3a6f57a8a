/**
 * Print jobs that fetch their labels as they go: a label Mercado Libre refuses leaves the job (the
 * rest still prints) and is listed here with the reason, so the job's summary can say which and why.
 */
import type { Migration } from './runner';

export const step: Migration = {
  version: 11,
  name: 'print job skips',
  up(db) {
    db.exec(`
      -- [{shipmentId, code, message}]: labels that could not be fetched, taken out of items_json.
      ALTER TABLE print_jobs ADD COLUMN skipped_json TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
