/** The schema of a database as comparable text: every table, index, trigger and full-text table. */
import type { Database } from 'better-sqlite3';

export interface SchemaEntry {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

export function schemaOf(db: Database): SchemaEntry[] {
  const rows = db.prepare("SELECT type, name, tbl_name AS 'table', sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name").all() as SchemaEntry[];
  // Whitespace inside a CREATE statement is not part of the schema.
  return rows.map((row) => ({ ...row, sql: row.sql === null ? null : row.sql.replace(/\s+/g, ' ').trim() }));
}
