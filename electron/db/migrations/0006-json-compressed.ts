/**
 * Step 6: the JSON as received is stored compressed (see json-codec.ts), which roughly halves the
 * database. Rows are converted in place; the old text columns go; a VACUUM afterwards gives the freed
 * pages back to the disk. A variation's JSON is not kept apart any more: its listing's JSON holds it.
 */
import { encodeJsonText } from '../json-codec';
import type { Migration } from './runner';

const ENCODE = 'mostrador_encode_json';

export const step: Migration = {
  version: 6,
  name: 'JSON stored compressed',
  vacuum: true,
  up(db) {
    // The old columns were declared TEXT without STRICT: accept bytes too rather than fail the upgrade.
    db.function(ENCODE, { deterministic: true }, (text: unknown) => {
      if (typeof text === 'string') return encodeJsonText(text);
      if (Buffer.isBuffer(text)) return encodeJsonText(text.toString('utf8'));
      throw new Error('Saved JSON is neither text nor bytes.');
    });
    db.exec(`
      CREATE TABLE order_raw (
        order_id INTEGER PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
        raw      BLOB NOT NULL
      ) STRICT;
      INSERT INTO order_raw (order_id, raw) SELECT order_id, ${ENCODE}(raw_json) FROM order_json;
      DROP TABLE order_json;

      ALTER TABLE items ADD COLUMN raw BLOB NOT NULL DEFAULT x'';
      UPDATE items SET raw = ${ENCODE}(raw_json);
      ALTER TABLE items DROP COLUMN raw_json;

      ALTER TABLE shipments ADD COLUMN raw BLOB NOT NULL DEFAULT x'';
      UPDATE shipments SET raw = ${ENCODE}(raw_json);
      ALTER TABLE shipments DROP COLUMN raw_json;

      ALTER TABLE questions ADD COLUMN raw BLOB NOT NULL DEFAULT x'';
      UPDATE questions SET raw = ${ENCODE}(raw_json);
      ALTER TABLE questions DROP COLUMN raw_json;

      ALTER TABLE item_variations DROP COLUMN raw_json;
    `);
  },
};
