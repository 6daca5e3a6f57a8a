/**
 * Kept labels: each label's bytes in the data folder under labels/<account>/<shipment>.<pdf|zpl>
 * (folders 0700, files 0600, written whole then renamed so a crash never leaves half a label), and
 * a row per label saying when it was fetched and printed. File names are built from numbers only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { LabelFormat } from '../../shared/labels';
import { PRIVATE_FILE_MODE, restrictFile, securePrivateDir } from '../core/file-modes';

export interface KeptLabelRow {
  user_id: number;
  shipment_id: number;
  format: LabelFormat;
  file: string;
  size: number;
  fetched_at: string;
  printed_at: string | null;
}

/** Writes bytes privately and atomically; the folder is created 0700 when missing. */
export function writePrivateFile(file: string, bytes: Uint8Array): void {
  securePrivateDir(path.dirname(file));
  writeAtomically(file, bytes);
}

/** Writes bytes 0600, whole then renamed, into a folder already made private. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes, { mode: PRIVATE_FILE_MODE });
  restrictFile(temporary);
  fs.renameSync(temporary, file);
}

export function createLabelStore(db: Database, dataDir: string) {
  const root = path.join(dataDir, 'labels');
  const relative = (userId: number, shipmentId: number, format: LabelFormat) =>
    path.join('labels', String(Math.trunc(userId)), `${Math.trunc(shipmentId)}.${format}`);

  const upsert = db.prepare(`
    INSERT INTO label_files (user_id, shipment_id, format, file, size, fetched_at)
    VALUES (@userId, @shipmentId, @format, @file, @size, @at)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET file = excluded.file, size = excluded.size, fetched_at = excluded.fetched_at,
      failure_code = NULL, failure_message = NULL, failed_at = NULL`);
  const saveFailure = db.prepare(`
    INSERT INTO label_files (user_id, shipment_id, format, failure_code, failure_message, failed_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (user_id, shipment_id, format) DO UPDATE SET failure_code = excluded.failure_code,
      failure_message = excluded.failure_message, failed_at = excluded.failed_at`);
  const find = db.prepare('SELECT * FROM label_files WHERE user_id = ? AND shipment_id = ? AND format = ? AND file IS NOT NULL');
  const markPrinted = db.prepare('UPDATE label_files SET printed_at = ? WHERE user_id = ? AND shipment_id = ? AND format = ?');
  const findAny = db.prepare('SELECT * FROM label_files WHERE shipment_id = ? AND file IS NOT NULL ORDER BY fetched_at DESC');

  return {
    root,
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
      return fs.readFileSync(path.join(dataDir, relative(row.user_id, row.shipment_id, row.format)));
    },
    markPrinted(userId: number, shipmentId: number, format: LabelFormat, at = new Date().toISOString()): void {
      markPrinted.run(at, userId, shipmentId, format);
    },
    /** Writes every file first, then records them in one transaction (one disk sync per batch). */
    keepAll(userId: number, format: LabelFormat, labels: Array<{ shipmentId: number; bytes: Uint8Array }>, at = new Date().toISOString()): void {
      // One account's labels share a folder: it is made private once per batch, not once per label.
      if (labels.length > 0) securePrivateDir(path.dirname(path.join(dataDir, relative(userId, 0, format))));
      const rows = labels.map(({ shipmentId, bytes }) => {
        const file = relative(userId, shipmentId, format);
        writeAtomically(path.join(dataDir, file), bytes);
        return { userId, shipmentId, format, file, size: bytes.length, at };
      });
      db.transaction(() => {
        for (const row of rows) upsert.run(row);
      })();
    },
  };
}
export type LabelStore = ReturnType<typeof createLabelStore>;
