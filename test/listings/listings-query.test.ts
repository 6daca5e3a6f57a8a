import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { openDatabase } from '../../electron/db/database';
import { upsertItems } from '../../electron/listings/items-store';
import { queryListings } from '../../electron/listings/listings-query';
import { ListingsQuery } from '../../shared/listings';
import { tempDir } from '../helpers/temp-dir';

let db: Database;
const query = (input: ListingsQuery) => queryListings(db, ListingsQuery.parse(input));
const ids = (input: ListingsQuery) => query(input).rows.map((row) => row.id);

const item = (id: string, title: string, status = 'active') => ({ id, title, status, price: 100, currency_id: id.startsWith('MLB') ? 'BRL' : 'ARS', variations: [] });

beforeEach(() => {
  db = openDatabase(path.join(tempDir(), 'cache.sqlite'));
  upsertAccount(db, { userId: 1, nickname: 'TIENDA', siteId: 'MLA', raw: {} });
  upsertAccount(db, { userId: 2, nickname: 'LOJA', siteId: 'MLB', raw: {} });
  upsertAccount(db, { userId: 3, nickname: 'AZTECA', siteId: 'MLM', raw: {} });
  db.transaction(() => {
    upsertItems(db, 1, [item('MLA1', 'Remera negra'), item('MLA2', 'Remera blanca', 'paused')]);
    upsertItems(db, 2, [item('MLB1', 'Camiseta preta'), item('MLB2', 'Remera importada')]);
    upsertItems(db, 3, [item('MLM1', 'Playera roja')]);
  })();
});

describe('listings query by store', () => {
  it('without accounts lists every store, each row naming its account', () => {
    const page = query({});
    expect(page.total).toBe(5);
    expect(Object.fromEntries(page.rows.map((row) => [row.id, row.userId]))).toEqual({ MLA1: 1, MLA2: 1, MLB1: 2, MLB2: 2, MLM1: 3 });
  });

  it('with one account lists only its listings, also combined with search and status', () => {
    expect(ids({ accountIds: [2] }).sort()).toEqual(['MLB1', 'MLB2']);
    expect(query({ accountIds: [2] }).total).toBe(2);
    expect(ids({ accountIds: [1], search: 'remera' }).sort()).toEqual(['MLA1', 'MLA2']);
    expect(ids({ accountIds: [2], search: 'remera' })).toEqual(['MLB2']);
    expect(ids({ accountIds: [1], statuses: ['paused'] })).toEqual(['MLA2']);
    expect(ids({ accountIds: [1, 3] }).sort()).toEqual(['MLA1', 'MLA2', 'MLM1']);
  });

  it('an account with no listings (or not on this computer) matches nothing', () => {
    expect(query({ accountIds: [99] })).toEqual({ total: 0, rows: [] });
  });

  it('refuses an account id that is not a positive whole number', () => {
    for (const bad of [[0], [-1], [1.5], ['1']]) expect(ListingsQuery.safeParse({ accountIds: bad }).success).toBe(false);
  });
});
