/**
 * Who may read the data folder: only the seller. The folder is 0700 and every file in it 0600 — the
 * cache holds buyers' names and addresses, the key file unlocks saved sign-ins. Modes are enforced on
 * every start, not only when a file is created, so a folder or file from an older version (or made by
 * hand, or under a loose umask) is tightened too. Windows has no POSIX modes; its per-user profile
 * folder already keeps other users out.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export class DataDirError extends Error {
  override name = 'DataDirError';
}

const posix = () => process.platform !== 'win32';

/** Creates the folder if needed and makes it 0700; refuses (with the reason) when that is not possible. */
export function securePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!posix()) return;
  try {
    fs.chmodSync(dir, PRIVATE_DIR_MODE);
  } catch (error) {
    throw new DataDirError(
      `The data folder ${dir} cannot be made private to you (${(error as NodeJS.ErrnoException).code ?? String(error)}). ` +
        'Fix its owner and permissions, or choose another folder with MOSTRADOR_DATA_DIR.',
    );
  }
  const mode = fs.statSync(dir).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new DataDirError(
      `The data folder ${dir} stays readable by others (mode ${mode.toString(8)}) on this file system. ` +
        'Choose a folder on a disk that keeps permissions with MOSTRADOR_DATA_DIR.',
    );
  }
}

/** Makes an existing file 0600; a missing one is left for its writer (which creates it 0600). */
export function restrictFile(file: string): void {
  if (!posix()) return;
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Writes bytes 0600, whole then renamed (a crash never leaves half a file); the folder is made 0700. */
export function writePrivateFile(file: string, bytes: Uint8Array): void {
  securePrivateDir(path.dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes, { mode: PRIVATE_FILE_MODE });
  restrictFile(temporary);
  fs.renameSync(temporary, file);
}

/**
 * SQLite creates `-wal` and `-shm` with the database file's own mode, so the database is created 0600
 * before SQLite opens it, and the three files of an existing one are tightened.
 */
export function prepareDatabaseFiles(file: string): void {
  if (file === ':memory:' || file === '') return;
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const suffix of ['', '-wal', '-shm']) restrictFile(file + suffix);
}
