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
  // An earlier version's copy: its name was built from numbers only, so it is rebuilt the same way.
  const readOldCopy = (row: KeptLabelRow) =>
    fs.readFileSync(path.join(dataDir, 'labels', String(Math.trunc(row.user_id)), `${Math.trunc(row.shipment_id)}.${row.format}`));

  const upsert = db.prepare(`
    INSERT INTO label_files (user_id, shipment_id, format, file, size, fetched_at)
    VALUES (@userId, @shipmentId, @format, NULL, @size, @at)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET file = NULL, size = excluded.size, fetched_at = excluded.fetched_at,
      failure_code = NULL, failure_message = NULL, failed_at = NULL`);
  const saveBytes = db.prepare(`
    INSERT INTO label_bytes (user_id, shipment_id, format, bytes) VALUES (@userId, @shipmentId, @format, @bytes)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET bytes = excluded.bytes`);
  const bytesOf = db.prepare('SELECT bytes FROM label_bytes WHERE user_id = ? AND shipment_id = ? AND format = ?').pluck();
  // Many labels of one account in one statement (a print part, a job's selection), by the primary key.
  const among = (table: string) => `${table}user_id = @userId AND ${table}format = @format AND ${table}fetched_at IS NOT NULL AND ${table}shipment_id IN (SELECT value FROM json_each(@ids))`;
  const keptAmong = db.prepare(`SELECT f.user_id, f.shipment_id FROM label_files f WHERE ${among('f.')}`);
  const rowsAmong = db.prepare(`SELECT f.*, b.bytes FROM label_files f LEFT JOIN label_bytes b ON (b.user_id, b.shipment_id, b.format) = (f.user_id, f.shipment_id, f.format) WHERE ${among('f.')}`);
  const markPrintedAmong = db.prepare(`UPDATE label_files SET printed_at = @at WHERE ${among('')}`);
  const pairKey = (userId: number, shipmentId: number) => `${userId}:${shipmentId}`;
  /** Shipment ids by account, as JSON for json_each. */
  const byAccount = (labels: ReadonlyArray<{ userId: number; shipmentId: number }>): Map<number, string> => {
    const ids = new Map<number, number[]>();
    for (const { userId, shipmentId } of labels) {
      const list = ids.get(userId);
      if (list) list.push(shipmentId);
      else ids.set(userId, [shipmentId]);
    }
    return new Map([...ids].map(([userId, list]) => [userId, JSON.stringify(list)]));
  };
  const saveFailure = db.prepare(`
    INSERT INTO label_files (user_id, shipment_id, format, failure_code, failure_message, failed_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET failure_code = excluded.failure_code,
      failure_message = excluded.failure_message, failed_at = excluded.failed_at`);
  // Kept = fetched once; a later refusal (a refetch that failed) leaves the copy in place.
  const find = db.prepare('SELECT * FROM label_files WHERE user_id = ? AND shipment_id = ? AND format = ? AND fetched_at IS NOT NULL');
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
      return (bytesOf.get(row.user_id, row.shipment_id, row.format) as Buffer | undefined) ?? readOldCopy(row);
    },
    /** Which of these labels are kept, as `account:shipment` keys. */
    keptKeys(format: LabelFormat, labels: ReadonlyArray<{ userId: number; shipmentId: number }>): Set<string> {
      const rows = [...byAccount(labels)].flatMap(([userId, ids]) => keptAmong.all({ userId, format, ids }) as Array<{ user_id: number; shipment_id: number }>);
      return new Set(rows.map((row) => pairKey(row.user_id, row.shipment_id)));
    },
    /** The bytes of these kept labels, by `account:shipment` key (missing ones are left out). */
    readMany(format: LabelFormat, labels: ReadonlyArray<{ userId: number; shipmentId: number }>): Map<string, Buffer> {
      const rows = [...byAccount(labels)].flatMap(([userId, ids]) => rowsAmong.all({ userId, format, ids }) as Array<KeptLabelRow & { bytes: Buffer | null }>);
      return new Map(rows.map((row) => [pairKey(row.user_id, row.shipment_id), row.bytes ?? readOldCopy(row)]));
    },
    key: pairKey,
    /** Marks these kept labels printed here, a statement per account. */
    markPrintedMany(format: LabelFormat, labels: ReadonlyArray<{ userId: number; shipmentId: number }>, at = new Date().toISOString()): void {
      for (const [userId, ids] of byAccount(labels)) markPrintedAmong.run({ userId, format, ids, at });
    },
    /** Keeps a batch's labels, bytes and facts, in one transaction (the caller's, when it has one). */
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
