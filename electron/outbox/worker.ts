/**
 * The outbox worker: sends due entries in order per target (never two in flight for one listing),
 * reading each group's remote objects first so that nothing already applied is sent again and a change
 * made elsewhere becomes a conflict. Retries what Mercado Libre could not take now (offline, 429, 5xx)
 * with growing pauses; an unclear outcome (timeout, dropped connection after sending) is reconciled by
 * the next read before anything is resent. Started with the app; after a crash, "sending" entries are
 * treated as unclear.
 */
import { AppError, type ApiError } from '../../shared/errors';
import { meliErrorDetails } from '../meli/errors';
import { chunk, runPool } from '../sync/pool';
import type { AnyExecutor } from './executor';
import type { OutboxStore, StoredEntry } from './outbox-store';

export interface OutboxWorkerDeps {
  store: OutboxStore;
  executors: readonly AnyExecutor[];
  /** Runs work in one database transaction. */
  transaction: (work: () => void) => void;
  /** Called after entries changed state (ids), so the screens can follow. */
  changed: (ids: number[], userIds: number[]) => void;
  /** Entries sent at once (different targets). */
  concurrency?: number;
  /** First pause after a retryable failure; doubles per attempt up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

// Kept for later, not failed: the connection, Mercado Libre's pace, or a sign-in the seller will renew.
const RETRYABLE = new Set(['offline', 'rate_limited', 'needs_sign_in']);

function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toJSON();
  return { code: 'internal', message: 'Something went wrong inside Mostrador while sending this change. It was kept.' };
}

export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const executors = new Map(deps.executors.map((executor) => [executor.kind, executor]));
  const now = deps.now ?? (() => new Date());
  const baseDelay = deps.baseDelayMs ?? 2_000;
  const maxDelay = deps.maxDelayMs ?? 300_000;
  let running = false;
  let stopped = true;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let idle: Promise<void> = Promise.resolve();
  let controller = new AbortController();

  function later(entry: StoredEntry, error: ApiError, unclear: boolean): StoredEntry {
    const retryAfter = (error.details as { retryAfterMs?: number } | undefined)?.retryAfterMs ?? 0;
    const delay = Math.max(retryAfter, Math.min(maxDelay, baseDelay * 2 ** Math.min(entry.attempts, 12)));
    return deps.store.move(entry.id, unclear ? 'unclear' : 'pending', {
      nextAttemptAt: new Date(now().getTime() + delay).toISOString(),
      lastError: error,
      attempted: true,
    });
  }

  /** Sends one entry whose remote object was just read. */
  async function process(executor: AnyExecutor, entry: StoredEntry, remote: unknown): Promise<void> {
    if (remote === undefined) {
      deps.store.move(entry.id, 'failed', { lastError: { code: 'not_found', message: 'Mercado Libre no longer has this listing: the change cannot be applied.' }, attempted: true });
      return;
    }
    const comparison = executor.compare(entry, remote);
    if (comparison.outcome === 'applied') {
      deps.transaction(() => {
        executor.applyLocal(entry, remote);
        deps.store.move(entry.id, 'done');
      });
      return;
    }
    if (comparison.outcome === 'conflict') {
      deps.store.move(entry.id, 'conflict', { conflict: comparison.fields });
      return;
    }
    // Committed before the request leaves: a crash from here on is resolved by reading, not by resending.
    deps.store.move(entry.id, 'sending');
    try {
      const after = await executor.send(entry, remote);
      deps.transaction(() => {
        executor.applyLocal(entry, after);
        deps.store.move(entry.id, 'done', { attempted: true });
      });
    } catch (error) {
      const apiError = toApiError(error);
      const unclear = meliErrorDetails(error)?.unclear ?? false;
      if (unclear || RETRYABLE.has(apiError.code)) later(entry, apiError, unclear);
      else deps.store.move(entry.id, 'failed', { lastError: apiError, attempted: true });
    }
  }

  /** Reads one batch's remote objects; on failure its entries wait (or fail) and null comes back. */
  async function readBatch(executor: AnyExecutor, userId: number, batch: readonly StoredEntry[], touched: Set<number>): Promise<Map<string, unknown> | null> {
    try {
      return await executor.readRemote(userId, batch);
    } catch (error) {
      const apiError = toApiError(error);
      for (const entry of batch) {
        if (RETRYABLE.has(apiError.code)) later(entry, apiError, entry.state === 'unclear');
        else deps.store.move(entry.id, 'failed', { lastError: apiError, attempted: true });
        touched.add(entry.id);
      }
      return null;
    }
  }

  /**
   * Sends one account's entries of one kind as a stream: the remote objects are read a batch at a
   * time (20 listings per multiget), the next batch's read starting as soon as this batch's first entry
   * goes out, so the sends never wait for a read and no batch waits for the slowest send of the one
   * before. Each entry is still compared with a read made after every earlier entry of its target
   * was settled (due() gives one entry per target per pass).
   */
  async function sendGroup(executor: AnyExecutor, userId: number, entries: readonly StoredEntry[]): Promise<void> {
    const batches = chunk(entries, executor.readBatch);
    const touched = new Set<number>();
    const reads = new Map<number, Promise<Map<string, unknown> | null>>();
    const readAt = (index: number) => {
      const batch = batches[index];
      if (!batch) return Promise.resolve(null);
      const known = reads.get(index) ?? readBatch(executor, userId, batch, touched);
      reads.set(index, known);
      return known;
    };
    const flush = () => {
      if (touched.size === 0) return;
      deps.changed([...touched], [userId]);
      touched.clear();
    };
    await runPool(entries, deps.concurrency ?? 4, controller.signal, async (entry, index) => {
      const batchIndex = Math.floor(index / executor.readBatch);
      const remotes = await readAt(batchIndex);
      if (!stopped && batchIndex + 1 < batches.length) void readAt(batchIndex + 1);
      if (remotes === null || stopped) return;
      await process(executor, entry, remotes.get(entry.target));
      touched.add(entry.id);
      // The screens follow batch by batch, not entry by entry.
      if (touched.size >= executor.readBatch) flush();
    });
    flush();
  }

  /** One pass: every due entry, grouped by account and kind so remote reads are shared. */
  async function pass(): Promise<number> {
    const due = deps.store.due(200);
    if (due.length === 0) return 0;
    const groups = new Map<string, StoredEntry[]>();
    for (const entry of due) {
      const key = `${entry.userId}:${entry.kind}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const entries of groups.values()) {
      const first = entries[0];
      const executor = first ? executors.get(first.kind) : undefined;
      if (!first || !executor || stopped) continue;
      await sendGroup(executor, first.userId, entries);
    }
    return due.length;
  }

  function schedule(): void {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    const next = deps.store.nextDueAt();
    if (next === null) return;
    timer = setTimeout(() => kick(), Math.max(50, Date.parse(next) - now().getTime()));
    timer.unref();
  }

  /** Looks for due entries now (after a Save, or when Mercado Libre is reachable again). */
  function kick(): Promise<void> {
    if (stopped) return idle;
    if (running) {
      again = true;
      return idle;
    }
    running = true;
    idle = (async () => {
      try {
        do {
          again = false;
          while (!stopped && (await pass()) > 0) {
            // Keep going while entries are due; entries waiting on time are picked up by the timer.
            if (deps.store.due(1).length === 0) break;
          }
        } while (again && !stopped);
      } catch (error) {
        deps.log?.(`outbox: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = false;
        schedule();
      }
    })();
    return idle;
  }

  return {
    kick,
    start(): void {
      if (!stopped) return;
      stopped = false;
      controller = new AbortController();
      const resumed = deps.store.sendingToUnclear();
      if (resumed > 0) deps.log?.(`outbox: ${resumed} change(s) were being sent when Mostrador stopped; checking them before anything is resent`);
      void kick();
    },
    async stop(): Promise<void> {
      stopped = true;
      controller.abort();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await idle;
    },
    /** Resolves when the worker has nothing left to do right now (tests and scripts). */
    idle: () => idle,
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
