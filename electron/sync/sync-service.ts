/**
 * Runs the sync of each account: first a full pass, then incremental polling at the interval from
 * Settings, backing off while Mercado Libre is unreachable or rate-limiting; "Sync now" and cancel.
 * Steps run in order (orders, listings, shipments, questions); each commits as it goes, so a sync that
 * is cancelled, fails or is killed resumes from the last committed point.
 */
import type { Database } from 'better-sqlite3';
import type { Account } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { AccountSyncStatus, SyncStatus } from '../../shared/sync';
import type { EventBus } from '../core/event-bus';
import type { MeliApi } from '../meli/endpoints';
import { syncItems } from './items-step';
import { syncOrders } from './orders-step';
import { syncQuestions } from './questions-step';
import { syncShipments } from './shipments-step';
import type { StepContext } from './step-context';
import { readWatermark, writeWatermark } from './sync-state';

export interface SyncServiceDeps {
  db: Database;
  api: () => MeliApi;
  events: EventBus;
  accounts: () => Account[];
  intervalMinutes: () => number;
  now?: () => Date;
  concurrency?: number;
  /** First pause before retrying after a failed poll (doubles up to the interval). */
  retryBaseMs?: number;
  log?: (line: string) => void;
}

type State = AccountSyncStatus['state'];

const MESSAGES: Partial<Record<State, string>> = {
  offline: 'Mercado Libre cannot be reached. Showing saved data; syncing resumes by itself.',
  rate_limited: 'Mercado Libre asked us to slow down. Syncing resumes shortly.',
  needs_sign_in: 'This account must be connected again.',
  error: 'The last sync failed. It will be tried again.',
};

export function createSyncService(deps: SyncServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const running = new Map<number, { controller: AbortController; done: Promise<void> }>();
  const states = new Map<number, { state: State; message: string | null }>();
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;

  function status(): SyncStatus {
    const accounts = deps.accounts().map((account): AccountSyncStatus => {
      const current = states.get(account.userId) ?? { state: account.status === 'needs_sign_in' ? 'needs_sign_in' : 'idle', message: null };
      return {
        userId: account.userId,
        state: running.has(account.userId) ? 'running' : current.state,
        lastSyncAt: readWatermark(deps.db, account.userId, 'sync.completed_at'),
        message: current.message,
        firstSyncDone: readWatermark(deps.db, account.userId, 'items.full_at') !== null,
      };
    });
    return { online: !accounts.some((account) => account.state === 'offline'), accounts };
  }

  const announce = () => deps.events.emit('sync.status', status());

  async function runSteps(userId: number, signal: AbortSignal, forceFull: boolean): Promise<void> {
    const ctx: StepContext = {
      db: deps.db,
      api: deps.api().background,
      userId,
      signal,
      concurrency: deps.concurrency ?? 4,
      now,
      progress: (step, done, total) => deps.events.emit('sync.progress', { userId, step, done, total }),
    };
    await syncOrders(ctx);
    await syncItems(ctx, { forceFull });
    await syncShipments(ctx);
    await syncQuestions(ctx);
    const finishedAt = now().toISOString();
    deps.db.transaction(() => {
      writeWatermark(deps.db, userId, 'sync.completed_at', finishedAt);
      deps.db.prepare('UPDATE accounts SET last_sync_at = ? WHERE user_id = ?').run(finishedAt, userId);
    })();
  }

  function stateFor(error: unknown): State {
    if (error instanceof AppError) {
      if (error.code === 'offline') return 'offline';
      if (error.code === 'rate_limited') return 'rate_limited';
      if (error.code === 'needs_sign_in') return 'needs_sign_in';
    }
    return 'error';
  }

  /** Syncs one account; a second call while it runs joins the running one. */
  function syncAccount(userId: number, options: { forceFull?: boolean } = {}): Promise<void> {
    const existing = running.get(userId);
    if (existing) return existing.done;
    const controller = new AbortController();
    const done = (async () => {
      try {
        await runSteps(userId, controller.signal, options.forceFull ?? false);
        states.set(userId, { state: 'idle', message: null });
      } catch (error) {
        if (controller.signal.aborted) {
          states.set(userId, { state: 'idle', message: null });
          return;
        }
        const state = stateFor(error);
        states.set(userId, { state, message: MESSAGES[state] ?? null });
        deps.log?.(`sync of account ${userId} stopped: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      } finally {
        running.delete(userId);
        announce();
      }
    })();
    running.set(userId, { controller, done });
    announce();
    return done;
  }

  async function syncAll(): Promise<boolean> {
    const accounts = deps.accounts().filter((account) => account.status === 'connected');
    const results = await Promise.allSettled(accounts.map((account) => syncAccount(account.userId)));
    return results.every((result) => result.status === 'fulfilled');
  }

  /** The next poll: the interval from Settings, or sooner-but-growing while failing. */
  function schedule(): void {
    const interval = deps.intervalMinutes() * 60_000;
    const base = deps.retryBaseMs ?? 15_000;
    const delay = failures === 0 ? interval : Math.min(interval, base * 2 ** Math.min(failures - 1, 5));
    timer = setTimeout(() => {
      void syncAll().then((ok) => {
        failures = ok ? 0 : failures + 1;
        if (timer !== null) schedule();
      });
    }, delay);
    timer.unref();
  }

  return {
    status,
    syncAccount,
    syncAll,
    /** Starts polling: a sync right away, then at the interval. */
    start(): void {
      if (timer !== null) return;
      timer = setTimeout(() => undefined, 0);
      void syncAll().then((ok) => {
        failures = ok ? 0 : 1;
        schedule();
      });
    },
    /** Called when the interval setting changes. */
    reschedule(): void {
      if (timer === null) return;
      clearTimeout(timer);
      schedule();
    },
    cancel(userId?: number): number {
      let cancelled = 0;
      for (const [id, run] of running) {
        if (userId === undefined || id === userId) {
          run.controller.abort();
          cancelled += 1;
        }
      }
      return cancelled;
    },
    async stop(): Promise<void> {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      for (const run of running.values()) run.controller.abort();
      await Promise.allSettled([...running.values()].map((run) => run.done));
    },
  };
}
export type SyncService = ReturnType<typeof createSyncService>;
