/**
 * The outbox table: every write to Mercado Libre is a row here first. A row moves
 * pending → sending → done / failed / conflict / unclear (and discarded by the seller); each move is
 * its own committed statement, so a crash leaves every entry in a state the worker can resume from.
 */
import type { Database } from 'better-sqlite3';
import type { ApiError } from '../../shared/errors';
import { OPEN_OUTBOX_STATES, type ConflictField, type OutboxCounts, type OutboxEntry, type OutboxKind, type OutboxState } from '../../shared/outbox';

interface Row {
  id: number;
  user_id: number;
  kind: OutboxKind;
  target: string;
  payload_json: string;
  state: OutboxState;
  attempts: number;
  batch_id: string | null;
  last_error_json: string | null;
  conflict_json: string | null;
  created_at: string;
  updated_at: string;
  next_attempt_at: string | null;
}

/** An entry with its payload typed by its kind's executor. */
export interface StoredEntry<P = unknown> extends Omit<OutboxEntry, 'payload'> {
  payload: P;
}

function fromRow(row: Row): StoredEntry {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    target: row.target,
    payload: JSON.parse(row.payload_json) as unknown,
    state: row.state,
    attempts: row.attempts,
    batchId: row.batch_id,
    lastError: row.last_error_json === null ? null : (JSON.parse(row.last_error_json) as ApiError),
    conflict: row.conflict_json === null ? null : (JSON.parse(row.conflict_json) as ConflictField[]),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    nextAttemptAt: row.next_attempt_at,
  };
}

export interface NewEntry {
  userId: number;
  kind: OutboxKind;
  target: string;
  payload: unknown;
  batchId?: string | null;
}

const OPEN = OPEN_OUTBOX_STATES.map((state) => `'${state}'`).join(', ');

export function createOutboxStore(db: Database, now: () => Date = () => new Date()) {
  const stamp = () => now().toISOString();
  const byId = db.prepare('SELECT * FROM outbox WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO outbox (user_id, kind, target, payload_json, state, attempts, batch_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
  );
  const setState = db.prepare(
    `UPDATE outbox SET state = @state, updated_at = @now, next_attempt_at = @nextAttemptAt,
       last_error_json = @lastError, conflict_json = @conflict, attempts = attempts + @attempted WHERE id = @id`,
  );

  function get(id: number): StoredEntry | null {
    const row = byId.get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  function move(
    id: number,
    state: OutboxState,
    extra: { nextAttemptAt?: string | null; lastError?: ApiError | null; conflict?: ConflictField[] | null; attempted?: boolean } = {},
  ): StoredEntry {
    setState.run({
      id,
      state,
      now: stamp(),
      nextAttemptAt: extra.nextAttemptAt ?? null,
      lastError: extra.lastError ? JSON.stringify(extra.lastError) : null,
      conflict: extra.conflict ? JSON.stringify(extra.conflict) : null,
      attempted: extra.attempted ? 1 : 0,
    });
    const entry = get(id);
    if (!entry) throw new Error(`outbox entry ${id} vanished`);
    return entry;
  }

  return {
    get,
    move,
    /** Queues an entry; call inside the transaction that also records the seller's intent locally. */
    add(entry: NewEntry): number {
      const at = stamp();
      return Number(insert.run(entry.userId, entry.kind, entry.target, JSON.stringify(entry.payload), entry.batchId ?? null, at, at).lastInsertRowid);
    },
    /** Rewrites an entry's payload (keep mine: the new base is what Mercado Libre has now). */
    replacePayload(id: number, payload: unknown): void {
      db.prepare('UPDATE outbox SET payload_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(payload), stamp(), id);
    },
    list(query: { states?: readonly OutboxState[]; userId?: number; target?: string; batchId?: string; limit?: number } = {}): StoredEntry[] {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.states && query.states.length > 0) {
        where.push(`state IN (${query.states.map(() => '?').join(', ')})`);
        params.push(...query.states);
      }
      const equal: Array<[string, unknown]> = [
        ['user_id', query.userId],
        ['target', query.target],
        ['batch_id', query.batchId],
      ];
      for (const [column, value] of equal) {
        if (value === undefined) continue;
        where.push(`${column} = ?`);
        params.push(value);
      }
      const sql = `SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return (db.prepare(sql).all(...params, query.limit ?? 200) as Row[]).map(fromRow);
    },
    /** Open entries for these targets, oldest first (what the local copy shows as pending). */
    openFor(targets: readonly string[]): StoredEntry[] {
      if (targets.length === 0) return [];
      const rows = db
        .prepare(`SELECT * FROM outbox WHERE state IN (${OPEN}) AND target IN (${targets.map(() => '?').join(', ')}) ORDER BY id`)
        .all(...targets) as Row[];
      return rows.map(fromRow);
    },
    /**
     * Entries the worker may send now, oldest first: due, and first in line for their target (an earlier
     * entry for the same listing still pending, sending or unclear goes first; never two in flight).
     */
    due(limit: number): StoredEntry[] {
      const rows = db
        .prepare(
          `SELECT * FROM outbox AS o WHERE o.state IN ('pending', 'unclear')
             AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)
             AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.target = o.target AND e.id < o.id AND e.state IN ('pending', 'sending', 'unclear'))
             AND NOT EXISTS (SELECT 1 FROM outbox AS s WHERE s.target = o.target AND s.state = 'sending')
           ORDER BY o.id LIMIT ?`,
        )
        .all(stamp(), limit) as Row[];
      return rows.map(fromRow);
    },
    /** When the next entry that waits on time becomes due (null: none waits). */
    nextDueAt(): string | null {
      return db.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state IN ('pending', 'unclear') AND next_attempt_at IS NOT NULL").pluck().get() as string | null;
    },
    /** Back online: entries that were waiting out a pause are due now. Returns how many. */
    wakeWaiting(): number {
      return db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state IN ('pending', 'unclear') AND next_attempt_at IS NOT NULL").run().changes;
    },
    /** After a crash, an entry left "sending" may or may not have reached Mercado Libre. */
    sendingToUnclear(): number {
      return db.prepare("UPDATE outbox SET state = 'unclear', updated_at = ? WHERE state = 'sending'").run(stamp()).changes;
    },
    counts(userId?: number): OutboxCounts {
      const row = db
        .prepare(
          `SELECT sum(state IN ('pending', 'sending', 'unclear')) AS waiting, sum(state = 'conflict') AS conflicts, sum(state = 'failed') AS failed
           FROM outbox ${userId === undefined ? '' : 'WHERE user_id = ?'}`,
        )
        .get(...(userId === undefined ? [] : [userId])) as { waiting: number | null; conflicts: number | null; failed: number | null };
      return { waiting: row.waiting ?? 0, conflicts: row.conflicts ?? 0, failed: row.failed ?? 0 };
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;

