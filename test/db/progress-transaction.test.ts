// Progress saved without a disk sync (a batch of labels, a print part's count) must still survive the
// app being killed: the write-ahead log is the system's once the transaction commits.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, progressTransaction } from '../../electron/db/database';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/progress-then-kill.ts');
let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('progress transactions', () => {
  it('keeps every committed row across a SIGKILL right after the last commit', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-progress-'));
    const file = path.join(dir, 'mostrador.sqlite');
    const child = spawnSync(process.execPath, ['--import', 'tsx', FIXTURE, file, '200'], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('still alive');
    const db = openDatabase(file);
    try {
      expect(db.prepare('SELECT count(*) FROM probe').pluck().get()).toBe(200);
      expect(db.prepare('SELECT n FROM probe ORDER BY rowid DESC LIMIT 1').pluck().get()).toBe(199);
    } finally {
      db.close();
    }
  });

  it('restores FULL syncing afterwards, rolls back whole on error, and joins an open transaction', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-progress-'));
    const db = openDatabase(path.join(dir, 'mostrador.sqlite'));
    try {
      db.exec('CREATE TABLE probe (n INTEGER NOT NULL)');
      const insert = db.prepare('INSERT INTO probe (n) VALUES (?)');
      const count = () => db.prepare('SELECT count(*) FROM probe').pluck().get();
      progressTransaction(db, () => insert.run(1));
      // 2 = FULL.
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(() =>
        progressTransaction(db, () => {
          insert.run(2);
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(count()).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      // Inside another transaction it is part of it: rolled back with it.
      expect(() =>
        db.transaction(() => {
          progressTransaction(db, () => insert.run(3));
          throw new Error('outer');
        })(),
      ).toThrow('outer');
      expect(count()).toBe(1);
    } finally {
      db.close();
    }
  });
});
