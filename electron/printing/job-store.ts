/** Print jobs as rows: what to print (in order), how far it got, and the printer's words on failure. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { PrintFailure, PrintItem, PrintJob, PrintSkip } from '../../shared/printing';

interface JobRow {
  id: number;
  printer_id: string;
  state: PrintJob['state'];
  items_json: string;
  copies: number;
  total: number;
  sent: number;
  error: string | null;
  spooler_ids: string;
  skipped_json: string;
  failure_json: string | null;
  resend_of: number | null;
  created_at: string;
  updated_at: string;
}

function toJob(row: JobRow): PrintJob {
  return {
    id: row.id,
    printerId: row.printer_id,
    state: row.state,
    items: JSON.parse(row.items_json) as PrintItem[],
    copies: row.copies,
    total: row.total,
    sent: row.sent,
    error: row.error,
    failure: row.failure_json === null ? null : (JSON.parse(row.failure_json) as PrintFailure),
    spoolerIds: JSON.parse(row.spooler_ids) as string[],
    skipped: JSON.parse(row.skipped_json) as PrintSkip[],
    resendOf: row.resend_of,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createJobStore(db: Database) {
  const now = () => new Date().toISOString();
  const updateJob = db.prepare(`
    UPDATE print_jobs SET state = coalesce(@state, state), sent = coalesce(@sent, sent),
      error = CASE WHEN @setError = 1 THEN @error ELSE error END,
      failure_json = CASE WHEN @setError = 1 THEN @failure ELSE failure_json END,
      spooler_ids = CASE WHEN @spoolerId IS NULL THEN spooler_ids ELSE json_insert(spooler_ids, '$[#]', @spoolerId) END,
      updated_at = @at
    WHERE id = @id RETURNING *`);
  return {
    create(printerId: string, items: PrintItem[], copies: number, resendOf: number | null = null): PrintJob {
      const at = now();
      const info = db
        .prepare(`INSERT INTO print_jobs (printer_id, state, items_json, copies, total, resend_of, created_at, updated_at) VALUES (?, 'queued', ?, ?, ?, ?, ?, ?)`)
        .run(printerId, JSON.stringify(items), copies, items.length * copies, resendOf, at, at);
      return this.get(Number(info.lastInsertRowid));
    },
    get(id: number): PrintJob {
      const row = db.prepare('SELECT * FROM print_jobs WHERE id = ?').get(id) as JobRow | undefined;
      if (!row) throw new AppError('not_found', 'There is no print job with that id.', { jobId: id });
      return toJob(row);
    },
    list(limit = 100): PrintJob[] {
      return (db.prepare('SELECT * FROM print_jobs ORDER BY id DESC LIMIT ?').all(limit) as JobRow[]).map(toJob);
    },
    /** One statement: what changed is set, the rest kept; the job comes back as saved. */
    /** `error` and `failure` go together: setting one (or null) sets both. */
    update(id: number, change: { state?: PrintJob['state']; sent?: number; error?: string | null; failure?: PrintFailure | null; spoolerId?: string }): PrintJob {
      const row = updateJob.get({
        id,
        state: change.state ?? null,
        sent: change.sent ?? null,
        setError: change.error === undefined && change.failure === undefined ? 0 : 1,
        error: change.error ?? null,
        failure: change.failure ? JSON.stringify(change.failure) : null,
        spoolerId: change.spoolerId ?? null,
        at: now(),
      }) as JobRow | undefined;
      if (!row) throw new AppError('not_found', 'There is no print job with that id.', { jobId: id });
      return toJob(row);
    },
    /**
     * Takes labels that could not be fetched out of a job (every copy of them) and lists them with
     * the reason; they are always after what was sent, so `sent` still counts a prefix of the rest.
     */
    skip(id: number, skips: PrintSkip[]): PrintJob {
      const job = this.get(id);
      const gone = new Set(skips.map((skip) => skip.shipmentId));
      const items = job.items.filter((item) => item.kind !== 'label' || !gone.has(item.shipmentId));
      db.prepare('UPDATE print_jobs SET items_json = ?, total = ?, skipped_json = ?, updated_at = ? WHERE id = ?').run(
        JSON.stringify(items),
        items.length * job.copies,
        JSON.stringify([...job.skipped, ...skips]),
        now(),
        id,
      );
      return this.get(id);
    },
    /** Jobs a stopped Mostrador left half-done: they are not sent again on their own. */
    interrupted(): PrintJob[] {
      return (db.prepare("SELECT * FROM print_jobs WHERE state IN ('queued', 'sending') ORDER BY id").all() as JobRow[]).map(toJob);
    },
  };
}
export type JobStore = ReturnType<typeof createJobStore>;
