import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../electron/db/database';
import { DatabaseTooNewError, MIGRATIONS, RELEASED_THROUGH, migrate, schemaVersion, type Migration } from '../../electron/db/migrations';
import { orderDetail } from '../../electron/orders/order-detail';
import { queryOrders } from '../../electron/orders/orders-query';
import { queryListings } from '../../electron/listings/listings-query';
import { queryQuestions } from '../../electron/questions/questions-query';
import { ListingsQuery } from '../../shared/listings';
import { QuestionsQuery } from '../../shared/questions';
import { OrdersQuery } from '../../shared/orders';
import { tempDir } from '../helpers/temp-dir';
import { schemaOf } from './schema-snapshot';
import { SEED, SEED_SHIPMENT, seedAtVersion, seedOrderJson } from './seed-old-versions';

const MIGRATIONS_DIR = path.join(import.meta.dirname, '../../electron/db/migrations');

/**
 * sha256 of each released step's file. Sellers' databases ran exactly this code: a change here means a
 * released step was edited. Change the schema in a new step instead; never update these hashes.
 */
const RELEASED_STEP_HASHES: Record<string, string> = {
  '0001-accounts.ts': '13d183d2e6777b5588f95868ed045a4f14f7705ce31beed6b0a9535df57f8b43',
  '0002-outbox-and-sync-state.ts': '4a5541b0d2fcea9e8fee42b609b8d81d3b8ffe22664e3986c6448bf162b1c11f',
  '0003-secrets.ts': 'aae6e73730f36dadc4ef462e9e18122f0a59581dfd9a4729de3ec08ec1c7df9f',
  '0004-cache.ts': '8197c8dc1b4f4a93f4de1161228891efd5183a259686ef42a30c8fa4c25ab642',
};

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
      // The seeder writes the layouts of steps 1–5; later steps are reached by migrating seeded data.
      const seeded = Math.min(from, 5);
      migrate(old, MIGRATIONS, seeded);
      seedAtVersion(old, seeded);
      migrate(old, MIGRATIONS, from);
      expect(schemaVersion(old)).toBe(from);
      old.close();

      const db = openDatabase(file);
      expect(schemaVersion(db)).toBe(MIGRATIONS.length);
      const fresh = openDatabase(path.join(tempDir(), 'fresh.sqlite'));
      expect(tables(db)).toEqual(tables(fresh));
      // Tables, columns, indexes, triggers and full-text tables: the same as a database made today.
      expect(schemaOf(db)).toEqual(schemaOf(fresh));
      if (from >= 1) expect(db.prepare('SELECT nickname FROM accounts WHERE user_id = 7').get()).toEqual({ nickname: 'TIENDA' });
      if (from >= 2) expect(db.prepare('SELECT count(*) AS n FROM outbox WHERE user_id = 7').get()).toEqual({ n: 1 });
      if (from >= 3) expect(db.prepare('SELECT hex(ciphertext) AS hex FROM secrets').get()).toEqual({ hex: '00FF' });
      if (from >= 4) expectSeedCacheReadable(db);
      db.close();
      fresh.close();
    });
  }

  it('makes a released database (step 4) with many orders smaller on upgrade, and keeps every order', () => {
    const file = path.join(tempDir(), 'v4.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS, RELEASED_THROUGH);
    old.transaction(() => seedAtVersion(old, RELEASED_THROUGH, 2000))();
    old.close();
    const before = fs.statSync(file).size;

    const db = openDatabase(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const after = fs.statSync(file).size;
    // The data shrinks: compared without the pages an empty database has at each version, so that
    // later steps' new (empty) tables do not count as data.
    const emptyAt = (version: number) => {
      const emptyFile = path.join(tempDir(), `empty-${version}.sqlite`);
      const empty = new BetterSqlite3(emptyFile);
      migrate(empty, MIGRATIONS, version);
      empty.close();
      return fs.statSync(emptyFile).size;
    };
    expect(after - emptyAt(MIGRATIONS.length)).toBeLessThan((before - emptyAt(RELEASED_THROUGH)) * 0.6);
    expect(db.prepare('SELECT count(*) AS n FROM orders').get()).toEqual({ n: 2000 });
    expect(orderDetail(db, SEED.orderId + 1999).raw.order).toEqual(seedOrderJson(1999));
    expect(queryOrders(db, OrdersQuery.parse({ search: 'compradora1999' })).rows.map((row) => row.id)).toEqual([SEED.orderId + 1999]);
    db.close();
  });

  it('keeps one file per step, numbered in order', () => {
    const files = fs.readdirSync(MIGRATIONS_DIR).filter((name) => /^\d{4}-.+\.ts$/.test(name)).sort();
    expect(files.map((name) => Number(name.slice(0, 4)))).toEqual(MIGRATIONS.map((step) => step.version));
    expect(RELEASED_THROUGH).toBeLessThanOrEqual(MIGRATIONS.length);
  });

  it('never edits a released step', () => {
    const files = fs.readdirSync(MIGRATIONS_DIR).filter((name) => /^\d{4}-.+\.ts$/.test(name)).sort();
    const released = Object.fromEntries(
      files
        .filter((name) => Number(name.slice(0, 4)) <= RELEASED_THROUGH)
        // Line endings as checked out (CRLF on some Windows clones) are not an edit.
        .map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8').replace(/\r\n/g, '\n')).digest('hex')]),
    );
    expect(released).toEqual(RELEASED_STEP_HASHES);
  });

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

/** The seeded cache reads back through the screens' own queries: search, detail with its JSON, questions. */
function expectSeedCacheReadable(db: BetterSqlite3.Database): void {
  const found = queryOrders(db, OrdersQuery.parse({ search: 'compradora1' }));
  expect(found.rows.map((row) => row.id)).toEqual([SEED.orderId + 1]);
  expect(queryOrders(db, OrdersQuery.parse({ search: SEED.variationSku })).total).toBe(3);
  expect(queryOrders(db, OrdersQuery.parse({ shipping: ['label_ready'] })).rows.map((row) => row.id)).toEqual([SEED.orderId]);
  const detail = orderDetail(db, SEED.orderId);
  expect(detail.raw.order).toEqual(seedOrderJson(0));
  expect(detail.raw.shipment).toEqual(SEED_SHIPMENT);
  expect(detail.lines[0]?.variationText).toBe('Talle: M');
  const listings = queryListings(db, ListingsQuery.parse({ search: SEED.variationSku }));
  expect(listings.rows.map((row) => [row.id, row.variations.map((variation) => variation.sku)])).toEqual([[SEED.itemId, [SEED.variationSku]]]);
  expect(queryQuestions(db, QuestionsQuery.parse({})).rows.map((row) => [row.id, row.itemTitle])).toEqual([[SEED.questionId, 'Remera algodón negra']]);
  expect(db.prepare('SELECT plain_text FROM item_descriptions').pluck().get()).toBe('Algodón peinado');
}
