/**
 * Kept labels: each label's bytes in the database (label_bytes, one row per account, shipment and
 * format, written with its facts in one transaction per batch), and a row per label in label_files
 * saying when it was fetched, printed or last refused. A copy kept as a file by an earlier version
 * (labels/<account>/<shipment>.<pdf|zpl>) is still read from the data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { LabelFormat } from '../../shared/labels';

export interface KeptLabelRow {
  user_id: number;
  shipment_id: number;
  format: LabelFormat;
  /** Only for a copy an earlier version kept as a file; null when the bytes are in label_bytes. */
  file: string | null;
  size: number;
  fetched_at: string;
  printed_at: string | null;
}

export function createLabelStore(db: Database, dataDir: string) {
  const upsert = db.prepare(`
    INSERT INTO label_files (user_id, shipment_id, format, file, size, fetched_at)
    VALUES (@userId, @shipmentId, @format, NULL, @size, @at)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET file = NULL, size = excluded.size, fetched_at = excluded.fetched_at,
      failure_code = NULL, failure_message = NULL, failed_at = NULL`);
  const saveBytes = db.prepare(`
    INSERT INTO label_bytes (user_id, shipment_id, format, bytes) VALUES (@userId, @shipmentId, @format, @bytes)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET bytes = excluded.bytes`);
  const bytesOf = db.prepare('SELECT bytes FROM label_bytes WHERE user_id = ? AND shipment_id = ? AND format = ?').pluck();
  const saveFailure = db.prepare(`
    INSERT INTO label_files (user_id, shipment_id, format, failure_code, failure_message, failed_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET failure_code = excluded.failure_code,
      failure_message = excluded.failure_message, failed_at = excluded.failed_at`);
  // Kept = fetched once; a later refusal (a refetch that failed) leaves the copy in place.
  const find = db.prepare('SELECT * FROM label_files WHERE user_id = ? AND shipment_id = ? AND format = ? AND fetched_at IS NOT NULL');
  const markPrinted = db.prepare('UPDATE label_files SET printed_at = ? WHERE user_id = ? AND shipment_id = ? AND format = ?');
  const findAny = db.prepare('SELECT * FROM label_files WHERE shipment_id = ? AND fetched_at IS NOT NULL ORDER BY fetched_at DESC');

  return {
    fail(userId: number, shipmentId: number, format: LabelFormat, code: string, message: string, at = new Date().toISOString()): void {
      saveFailure.run(userId, shipmentId, format, code, message, at);
    },
    find(userId: number, shipmentId: number, format: LabelFormat): KeptLabelRow | null {
      return (find.get(userId, shipmentId, format) as KeptLabelRow | undefined) ?? null;
    },
    /** The newest kept label of a shipment in the given format, or in any format. */
    findByShipment(shipmentId: number, format?: LabelFormat): KeptLabelRow | null {
      const rows = findAny.all(shipmentId) as KeptLabelRow[];
      return rows.find((row) => format === undefined || row.format === format) ?? null;
    },
    read(row: KeptLabelRow): Buffer {
      const bytes = bytesOf.get(row.user_id, row.shipment_id, row.format) as Buffer | undefined;
      if (bytes) return bytes;
      // An earlier version's copy: its name was built from numbers only, so it is rebuilt the same way.
      return fs.readFileSync(path.join(dataDir, 'labels', String(Math.trunc(row.user_id)), `${Math.trunc(row.shipment_id)}.${row.format}`));
    },
    markPrinted(userId: number, shipmentId: number, format: LabelFormat, at = new Date().toISOString()): void {
      markPrinted.run(at, userId, shipmentId, format);
    },
    /** Keeps a batch's labels, bytes and facts, in one transaction (one disk sync per batch). */
    keepAll(userId: number, format: LabelFormat, labels: Array<{ shipmentId: number; bytes: Uint8Array }>, at = new Date().toISOString()): void {
      db.transaction(() => {
        for (const { shipmentId, bytes } of labels) {
          upsert.run({ userId, shipmentId, format, size: bytes.length, at });
          saveBytes.run({ userId, shipmentId, format, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
        }
      })();
    },
  };
}
export type LabelStore = ReturnType<typeof createLabelStore>;
