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
