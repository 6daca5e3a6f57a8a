// While a print job holds them, commits only append to the write-ahead log: no automatic checkpoint
// (a copy into the database file with a disk sync) lands between Mercado Libre's answer and the printer.
// The last release turns the automatic checkpoint back on and catches up once the loop is free.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdCheckpoints, openDatabase } from '../../electron/db/database';

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const MB = 1024 * 1024;

function openProbe() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-checkpoint-'));
  const file = path.join(dir, 'mostrador.sqlite');
  const db = openDatabase(file);
  db.exec('CREATE TABLE probe (bytes BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO probe (bytes) VALUES (?)');
  // 12 MB in commits of 100 kB: three times what the automatic checkpoint lets the log hold (1000 pages).
  const write = () => {
    for (let commit = 0; commit < 120; commit += 1) db.transaction(() => insert.run(Buffer.alloc(100_000, commit)))();
  };
  const sizes = () => ({ db: fs.statSync(file).size, wal: fs.statSync(`${file}-wal`).size });
  return { db, write, sizes };
}

describe('holding checkpoints', () => {
  it('without a hold, the automatic checkpoint keeps the log near its limit', () => {
    const { db, write, sizes } = openProbe();
    try {
      write();
      expect(sizes().wal).toBeLessThan(6 * MB);
      expect(sizes().db).toBeGreaterThan(6 * MB);
    } finally {
      db.close();
    }
  });

  it('keeps every commit in the log while held, nests, and checkpoints after the last release', async () => {
    const { db, write, sizes } = openProbe();
    try {
      const outer = holdCheckpoints(db);
      const inner = holdCheckpoints(db);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      write();
      expect(sizes().wal).toBeGreaterThan(11 * MB);
      expect(sizes().db).toBeLessThan(1 * MB);
      inner();
      inner();
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      outer();
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      // The catch-up runs once the event loop is free, not inside the release.
      expect(sizes().db).toBeLessThan(1 * MB);
      await new Promise((resolve) => setImmediate(resolve));
      expect(sizes().db).toBeGreaterThan(11 * MB);
      expect(db.prepare('SELECT count(*) FROM probe').pluck().get()).toBe(120);
    } finally {
      db.close();
    }
  });

  it('lets go by itself after its longest time', async () => {
    const { db } = openProbe();
    try {
      const release = holdCheckpoints(db, { maxMs: 50 });
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      // The job's own release later changes nothing (and takes no other hold's place).
      const other = holdCheckpoints(db);
      release();
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      other();
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    } finally {
      db.close();
    }
  });

  it('a release after the database closed does nothing', async () => {
    const { db } = openProbe();
    const release = holdCheckpoints(db);
    db.close();
    expect(() => release()).not.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
  });
});
