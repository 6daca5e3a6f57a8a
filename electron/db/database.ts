/** Opens the one SQLite database of a data directory: WAL, foreign keys, schema brought up to date. */
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { prepareDatabaseFiles } from '../core/file-modes';
import { MIGRATIONS, migrate, type Migration } from './migrations';

export const DATABASE_FILE = 'mostrador.sqlite';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron has its own ABI). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  prepareDatabaseFiles(file);
  const db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // The cache is read far more than written: keep hot pages in memory (64 MiB) and map the file.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    // FULL: a committed rotated token pair must survive a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    migrate(db, options.migrations ?? MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * One transaction synced against a crash (kill -9: the write-ahead log is in the system's hands) but
 * not against a power cut, which may take it back until the next FULL commit syncs it. For progress
 * that can be redone — a batch of labels that can be downloaded again, a print job's count after each
 * part — on the path between Mercado Libre's answer and the printer, where a disk sync per step costs
 * 1–3 ms. The seller's intents (outbox entries, a new print job, its end) stay FULL. Inside another
 * transaction, `work` simply joins it.
 */
export function progressTransaction<T>(db: Database, work: () => T): T {
  if (db.inTransaction) return work();
  db.pragma('synchronous = NORMAL');
  try {
    return db.transaction(work)();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

/** SQLite's own default: a checkpoint once the write-ahead log holds this many pages. */
const AUTO_CHECKPOINT_PAGES = 1000;
const checkpointHolds = new WeakMap<Database, number>();

/**
 * Keeps SQLite's automatic checkpoint — copying the write-ahead log into the database file, with a
 * disk sync — off a path the seller is waiting on: it fell on whichever commit crossed the log's
 * limit (a batch of labels, a print part) and took 5–10 ms here, far more on a slow laptop disk.
 * While held, commits only append to the log (it grows by what is written meanwhile). The last
 * release turns the automatic checkpoint back on and catches up once the event loop is free. Holds
 * nest; releasing twice is harmless. A hold lets go by itself after `maxMs` (a job that sends for
 * minutes, e.g. to a slow spooler, must not let the log grow under a sync meanwhile): the path
 * that matters, from Mercado Libre's answers to the printer, takes well under a second.
 */
export function holdCheckpoints(db: Database, { maxMs = 30_000 }: { maxMs?: number } = {}): () => void {
  const held = checkpointHolds.get(db) ?? 0;
  if (held === 0) db.pragma('wal_autocheckpoint = 0');
  checkpointHolds.set(db, held + 1);
  let released = false;
  const expiry = setTimeout(() => release(), maxMs);
  expiry.unref();
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(expiry);
    const left = (checkpointHolds.get(db) ?? 1) - 1;
    checkpointHolds.set(db, left);
    if (left > 0 || !db.open) return;
    db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    setImmediate(() => {
      if (!db.open || db.inTransaction || (checkpointHolds.get(db) ?? 0) > 0) return;
      try {
        // PASSIVE: copies what it can without waiting on a reader; the automatic one does the rest later.
        db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // Busy or closing: the automatic checkpoint catches up at a later commit.
      }
    }).unref();
  };
  return release;
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}
