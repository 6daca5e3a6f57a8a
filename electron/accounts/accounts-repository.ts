/** Connected Mercado Libre accounts as stored locally (secrets live in the vault, never here). */
import type { Database } from 'better-sqlite3';
import { Account } from '../../shared/contract';

interface AccountRow {
  user_id: number;
  nickname: string;
  site_id: string;
  status: string;
  last_sync_at: string | null;
}

export function listAccounts(db: Database): Account[] {
  const rows = db
    .prepare('SELECT user_id, nickname, site_id, status, last_sync_at FROM accounts ORDER BY nickname COLLATE NOCASE')
    .all() as AccountRow[];
  return rows.map((row) =>
    Account.parse({
      userId: row.user_id,
      nickname: row.nickname,
      siteId: row.site_id,
      status: row.status,
      lastSyncAt: row.last_sync_at,
    }),
  );
}

export interface AccountRecord {
  userId: number;
  nickname: string;
  siteId: string;
  raw: unknown;
}

/** Adds a newly connected account, or marks an existing one connected again (reconnect). */
export function upsertAccount(db: Database, account: AccountRecord, now = new Date()): void {
  db.prepare(
    `INSERT INTO accounts (user_id, nickname, site_id, status, raw_json, created_at)
     VALUES (@userId, @nickname, @siteId, 'connected', @raw, @now)
     ON CONFLICT(user_id) DO UPDATE SET nickname = excluded.nickname, site_id = excluded.site_id,
       status = 'connected', raw_json = excluded.raw_json`,
  ).run({ userId: account.userId, nickname: account.nickname, siteId: account.siteId, raw: JSON.stringify(account.raw), now: now.toISOString() });
}

export function setAccountStatus(db: Database, userId: number, status: Account['status']): boolean {
  return db.prepare('UPDATE accounts SET status = ? WHERE user_id = ?').run(status, userId).changes > 0;
}

export function deleteAccount(db: Database, userId: number): boolean {
  return db.prepare('DELETE FROM accounts WHERE user_id = ?').run(userId).changes > 0;
}
