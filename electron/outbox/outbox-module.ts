/**
 * The outbox as a capability: the API to list, retry, discard and resolve changes, the worker that
 * sends them (started with the app), and `enqueue` for the capabilities that write (listing edits now;
 * stock, answers and labels later), which records the entry in the caller's transaction.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { OutboxState } from '../../shared/outbox';
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';
import type { AnyExecutor } from './executor';
import { createOutboxStore, type NewEntry, type OutboxStore, type StoredEntry } from './outbox-store';
import { createOutboxWorker, type OutboxWorker } from './worker';

export interface OutboxModuleDeps {
  db: Database;
  events: EventBus;
  executors: readonly AnyExecutor[];
  /** Start sending with the app (the app does; tests that inspect queued entries may not). */
  autoStart: boolean;
  concurrency?: number;
  baseDelayMs?: number;
  log?: (line: string) => void;
}

export interface OutboxModule extends AppModule {
  store: OutboxStore;
  worker: OutboxWorker;
  /** Queues entries in one transaction with `alsoRecord` (the caller's local marker), then wakes the worker. */
  enqueue(entries: readonly NewEntry[], alsoRecord?: () => void): number[];
  /** Drops an entry not sent yet (pending, failed or in conflict). */
  discard(id: number): StoredEntry;
}

const DISCARDABLE: readonly OutboxState[] = ['pending', 'failed', 'conflict'];

export function createOutboxModule(deps: OutboxModuleDeps): OutboxModule {
  const store = createOutboxStore(deps.db);
  let online = true;
  const executors = new Map(deps.executors.map((executor) => [executor.kind, executor]));
  const announce = (ids: number[], userIds: number[]) => {
    deps.events.emit('outbox.changed', { ids, counts: store.counts() });
    for (const userId of userIds) deps.events.emit('cache.changed', { userId, entities: ['outbox', 'items'] });
  };
  const worker = createOutboxWorker({
    store,
    executors: deps.executors,
    transaction: (work) => deps.db.transaction(work)(),
    changed: announce,
    ...(deps.concurrency !== undefined ? { concurrency: deps.concurrency } : {}),
    ...(deps.baseDelayMs !== undefined ? { baseDelayMs: deps.baseDelayMs } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });

  function existing(id: number): StoredEntry {
    const entry = store.get(id);
    if (!entry) throw new AppError('not_found', 'There is no such change in the outbox.');
    return entry;
  }
  function refuseState(entry: StoredEntry, allowed: readonly OutboxState[], action: string): void {
    if (!allowed.includes(entry.state)) {
      throw new AppError('conflict', `This change is ${entry.state}: it cannot be ${action} now.`, { state: entry.state });
    }
  }

  function discard(id: number): StoredEntry {
    const entry = existing(id);
    refuseState(entry, DISCARDABLE, 'discarded');
    const moved = store.move(id, 'discarded');
    announce([id], [entry.userId]);
    return moved;
  }

  async function resolve(id: number, keep: 'mine' | 'theirs'): Promise<StoredEntry> {
    const entry = existing(id);
    refuseState(entry, ['conflict'], 'resolved');
    const executor = executors.get(entry.kind);
    if (keep === 'theirs') {
      const rest = executor?.withoutConflicts?.(entry, entry.conflict ?? []) ?? null;
      const moved = deps.db.transaction(() => {
        if (rest === null) return store.move(id, 'discarded');
        // Only the clashing fields take Mercado Libre's value; the rest of the change still goes.
        store.replacePayload(id, rest);
        return store.move(id, 'pending');
      })();
      announce([id], [entry.userId]);
      if (rest !== null) void worker.kick();
      return moved;
    }
    // Keep mine: the change is re-based on what Mercado Libre has now, so the next check sends it.
    if (!executor) throw new AppError('internal', 'No sender is registered for this kind of change.');
    const remote = (await executor.readRemote(entry.userId, [entry])).get(entry.target);
    if (remote === undefined) throw new AppError('not_found', 'Mercado Libre no longer has this listing.');
    const moved = deps.db.transaction(() => {
      store.replacePayload(id, executor.rebase(entry, remote));
      return store.move(id, 'pending');
    })();
    announce([id], [entry.userId]);
    void worker.kick();
    return moved;
  }

  return {
    name: 'outbox',
    store,
    worker,
    discard,
    enqueue(entries, alsoRecord) {
      const ids = deps.db.transaction(() => {
        const added = entries.map((entry) => store.add(entry));
        alsoRecord?.();
        return added;
      })();
      announce(ids, [...new Set(entries.map((entry) => entry.userId))]);
      void worker.kick();
      return ids;
    },
    handlers: {
      'outbox.list': (query) => store.list({ ...(query?.state ? { states: query.state } : {}), ...(query?.userId ? { userId: query.userId } : {}), ...(query?.target ? { target: query.target } : {}), limit: query?.limit ?? 200 }),
      'outbox.counts': () => store.counts(),
      'outbox.retry': ({ id }) => {
        const entry = existing(id);
        refuseState(entry, ['failed'], 'retried');
        const moved = store.move(id, 'pending');
        announce([id], [entry.userId]);
        void worker.kick();
        return moved;
      },
      'outbox.discard': ({ id }) => discard(id),
      'outbox.resolve': ({ id, keep }) => resolve(id, keep),
    },
    on: {
      // Back online: whatever waited for the connection goes now, not at its next pause's end.
      'sync.status': (status) => {
        if (status.online && !online) {
          store.wakeWaiting();
          void worker.kick();
        }
        online = status.online;
      },
      // An account signed in again: what waited for it goes now.
      'accounts.changed': () => void worker.kick(),
    },
    start() {
      if (deps.autoStart) worker.start();
    },
    stop: () => worker.stop(),
  };
}
