import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../electron/db/database';
import { DatabaseTooNewError, migrate, schemaVersion, type Migration } from '../../electron/db/migrations';
import { MIGRATIONS } from '../../electron/db/schema';
import { tempDir } from '../helpers/temp-dir';

function tables(db: BetterSqlite3.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[]).map((row) => row.name);
}

describe('database', () => {
  it('opens a new file with WAL, foreign keys and the latest schema', () => {
    const file = databasePath(tempDir());
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(['accounts', 'outbox', 'sync_state']));
    db.close();
  });

  // A seller may skip releases: every earlier schema must upgrade to the current one and keep its rows.
  for (let from = 0; from < MIGRATIONS.length; from += 1) {
    it(`upgrades a database from version ${from} and keeps its data`, () => {
      const file = path.join(tempDir(), 'old.sqlite');
      const old = new BetterSqlite3(file);
      migrate(old, MIGRATIONS, from);
      expect(schemaVersion(old)).toBe(from);
      if (from >= 1) {
        old.prepare("INSERT INTO accounts (user_id, nickname, site_id, created_at) VALUES (7, 'TIENDA', 'MLA', '2026-01-01T00:00:00Z')").run();
      }
      old.close();

      const db = openDatabase(file);
      expect(schemaVersion(db)).toBe(MIGRATIONS.length);
      const fresh = openDatabase(path.join(tempDir(), 'fresh.sqlite'));
      expect(tables(db)).toEqual(tables(fresh));
      if (from >= 1) expect(db.prepare('SELECT nickname FROM accounts WHERE user_id = 7').get()).toEqual({ nickname: 'TIENDA' });
      db.close();
      fresh.close();
    });
  }

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const newer = new BetterSqlite3(file);
    newer.exec('CREATE TABLE future (x INTEGER)');
    newer.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    newer.close();

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    const check = new BetterSqlite3(file);
    expect(schemaVersion(check)).toBe(MIGRATIONS.length + 3);
    expect(tables(check)).toEqual(['future']);
    check.close();
  });

  it('rolls back a failing step whole, leaving the previous version', () => {
    const file = path.join(tempDir(), 'broken.sqlite');
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE one (x INTEGER)') },
      {
        version: 2,
        name: 'two fails halfway',
        up: (db) => {
          db.exec('CREATE TABLE two (x INTEGER)');
          throw new Error('disk full');
        },
      },
    ];
    const db = new BetterSqlite3(file);
    expect(() => migrate(db, steps)).toThrow('disk full');
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['one']);
    db.close();
  });

  it('rejects a step list whose numbers are out of order', () => {
    const db = new BetterSqlite3(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'skipped', up: () => undefined }])).toThrow(/expected 1/);
    db.close();
  });
});
