/**
 * Runs the sync of each account: first a full pass, then incremental polling at the interval from
 * Settings, backing off while Mercado Libre is unreachable or rate-limiting; "Sync now" and cancel.
 * Steps run in order (orders, listings, shipments, questions); each commits as it goes, so a sync that
 * is cancelled, fails or is killed resumes from the last committed point. A step that fails does not
 * stop the others (listings refused still leave orders, shipments and questions read); the status
 * names the steps that failed. Only a failure no step can get past (offline, signed out, rate limited)
 * ends the sync early, and the steps not tried count as failed.
 */
import type { Database } from 'better-sqlite3';
import type { Account } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { SYNC_STEPS, type AccountSyncStatus, type SyncProblem, type SyncStatus, type SyncStep } from '../../shared/sync';
import type { EventBus } from '../core/event-bus';
import type { MeliApi } from '../meli/endpoints';
import { meliErrorDetails } from '../meli/errors';
import { syncItems } from './items-step';
import { syncOrders } from './orders-step';
import { syncQuestions } from './questions-step';
import { syncShipments } from './shipments-step';
import type { StepContext } from './step-context';
import { createReachabilityWatch } from './reachability-watch';
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
  /** How often the connection is checked while polling (tests may shorten it). */
  reachabilityEveryMs?: number;
  log?: (line: string) => void;
}

type State = AccountSyncStatus['state'];

export interface SyncOptions {
  /** Read every listing again, not only what changed. */
  forceFull?: boolean;
  /** Compare every listing with Mercado Libre (the seller asked: "Sync now"), not only the slice due. */
  checkAll?: boolean;
}

const MESSAGES: Partial<Record<State, string>> = {
  offline: 'Mercado Libre cannot be reached. Showing saved data; syncing resumes by itself.',
  rate_limited: 'Mercado Libre asked us to slow down. Syncing resumes shortly.',
  needs_sign_in: 'This account must be connected again.',
  error: 'The last sync failed. It will be tried again.',
};

const STEP_NAMES: Record<SyncStep, string> = { orders: 'orders', items: 'listings', shipments: 'shipments', questions: 'questions' };

/** The steps that failed, and the failure the state is named after (the first, or the one that ended the sync). */
export class SyncStepsFailed extends Error {
  constructor(
    readonly failedSteps: SyncStep[],
    readonly decisiveError: unknown,
  ) {
    super(`sync steps failed: ${failedSteps.join(', ')}: ${decisiveError instanceof Error ? decisiveError.message : String(decisiveError)}`);
    this.name = 'SyncStepsFailed';
  }
}

/** Failures that every later step would meet too: no point in trying them now. */
function endsTheSync(error: unknown): boolean {
  if (!(error instanceof AppError)) return false;
  if (error.code === 'needs_sign_in' || error.code === 'rate_limited') return true;
  return error.code === 'offline' && meliErrorDetails(error)?.reason !== 'server_error';
}

export function createSyncService(deps: SyncServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const running = new Map<number, { controller: AbortController; done: Promise<void> }>();
  const states = new Map<number, { state: State; message: string | null; failedSteps: SyncStep[] }>();
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  const connected = () => deps.accounts().filter((account) => account.status === 'connected');

  function status(): SyncStatus {
    const accounts = deps.accounts().map((account): AccountSyncStatus => {
      const current = states.get(account.userId) ?? { state: account.status === 'needs_sign_in' ? 'needs_sign_in' : 'idle', message: null, failedSteps: [] };
      return {
        userId: account.userId,
        state: running.has(account.userId) ? 'running' : current.state,
        lastSyncAt: readWatermark(deps.db, account.userId, 'sync.completed_at'),
        message: current.message,
        problem: running.has(account.userId) ? null : problemOf(current.state, current.failedSteps),
        firstSyncDone: readWatermark(deps.db, account.userId, 'items.full_at') !== null,
        failedSteps: current.failedSteps,
      };
    });
    return { online: !accounts.some((account) => account.state === 'offline'), accounts };
  }

  const announce = () => deps.events.emit('sync.status', status());

  async function runSteps(userId: number, signal: AbortSignal, options: SyncOptions): Promise<void> {
    const ctx: StepContext = {
      db: deps.db,
      api: deps.api().background,
      userId,
      signal,
      concurrency: deps.concurrency ?? 4,
      now,
      progress: (step, done, total) => deps.events.emit('sync.progress', { userId, step, done, total }),
      commit: (entities, write) => {
        deps.db.transaction(write)();
        deps.events.emit('cache.changed', { userId, entities });
      },
    };
    const steps: Array<[SyncStep, () => Promise<void>]> = [
      ['orders', () => syncOrders(ctx)],
      ['items', () => syncItems(ctx, { forceFull: options.forceFull ?? false, checkAll: options.checkAll ?? false })],
      ['shipments', () => syncShipments(ctx)],
      ['questions', () => syncQuestions(ctx)],
    ];
    const failed: SyncStep[] = [];
    let decisiveError: unknown = null;
    let stopped = false;
    for (const [step, run] of steps) {
      if (stopped) {
        failed.push(step);
        continue;
      }
      try {
        await run();
      } catch (error) {
        if (signal.aborted) throw error;
        deps.log?.(`sync of account ${userId}: ${STEP_NAMES[step]} failed: ${error instanceof Error ? error.message : String(error)}`);
        failed.push(step);
        stopped = endsTheSync(error);
        // A lost connection (or sign-in) names the state even after another step's failure.
        if (decisiveError === null || stopped) decisiveError = error;
      }
    }
    if (failed.length > 0) throw new SyncStepsFailed(failed, decisiveError);
    const finishedAt = now().toISOString();
    deps.db.transaction(() => {
      writeWatermark(deps.db, userId, 'sync.completed_at', finishedAt);
      deps.db.prepare('UPDATE accounts SET last_sync_at = ? WHERE user_id = ?').run(finishedAt, userId);
    })();
  }

  function problemOf(state: State, failedSteps: SyncStep[]): SyncProblem | null {
    if (state === 'idle' || state === 'running') return null;
    const partial = failedSteps.length > 0 && failedSteps.length < SYNC_STEPS.length;
    return state === 'error' && partial ? 'partial' : state;
  }

  function messageFor(state: State, failedSteps: SyncStep[]): string | null {
    const general = MESSAGES[state] ?? null;
    if (failedSteps.length === 0 || failedSteps.length === SYNC_STEPS.length || state === 'needs_sign_in') return general;
    const names = failedSteps.map((step) => STEP_NAMES[step]).join(', ');
    return `Not synced: ${names}. ${state === 'error' ? 'The rest is up to date; it will be tried again.' : general}`;
  }

  /** A server error on some steps while others went through is no loss of connection. */
  function partialState(error: unknown, failedSteps: SyncStep[]): State {
    const state = stateFor(error);
    const someSynced = failedSteps.length > 0 && failedSteps.length < SYNC_STEPS.length;
    return state === 'offline' && someSynced && !endsTheSync(error) ? 'error' : state;
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
  function syncAccount(userId: number, options: SyncOptions = {}): Promise<void> {
    const existing = running.get(userId);
    if (existing) return existing.done;
    const controller = new AbortController();
    const done = (async () => {
      try {
        await runSteps(userId, controller.signal, options);
        states.set(userId, { state: 'idle', message: null, failedSteps: [] });
      } catch (error) {
        if (controller.signal.aborted) {
          // Stopped because the connection was found lost: say offline, and fail like an offline sync.
          const reason: unknown = controller.signal.reason;
          if (reason instanceof AppError && reason.code === 'offline') {
            states.set(userId, { state: 'offline', message: MESSAGES.offline ?? null, failedSteps: states.get(userId)?.failedSteps ?? [] });
            throw reason;
          }
          states.set(userId, { state: 'idle', message: null, failedSteps: [] });
          return;
        }
        const failedSteps = error instanceof SyncStepsFailed ? error.failedSteps : [];
        const first = error instanceof SyncStepsFailed ? error.decisiveError : error;
        const state = error instanceof SyncStepsFailed ? partialState(first, failedSteps) : stateFor(first);
        states.set(userId, { state, message: messageFor(state, failedSteps), failedSteps });
        deps.log?.(`sync of account ${userId} stopped: ${error instanceof Error ? error.message : String(error)}`);
        // The caller sees the first failure as it was (offline, signed out…), not a wrapper.
        throw first;
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
    const accounts = connected();
    const results = await Promise.allSettled(accounts.map((account) => syncAccount(account.userId)));
    return results.every((result) => result.status === 'fulfilled');
  }

  /** A poll right away; the one after it is scheduled from its outcome. */
  function pollNow(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => undefined, 0);
    void syncAll().then((ok) => {
      failures = ok ? 0 : failures + 1;
      if (timer !== null) schedule();
    });
  }

  // Between polls the connection is checked every few seconds, so "offline" shows within about ten
  // (a hanging server as soon as a refused one); when it is back, syncing resumes at once.
  const watch = createReachabilityWatch({
    probe: () => deps.api().reachable(),
    wanted: () => connected().length > 0,
    ...(deps.reachabilityEveryMs !== undefined ? { everyMs: deps.reachabilityEveryMs } : {}),
    onChange: (reachable) => {
      if (reachable) {
        failures = 0;
        pollNow();
        return;
      }
      const lost = new AppError('offline', MESSAGES.offline ?? 'Mercado Libre cannot be reached.', { source: 'reachability' });
      for (const account of connected()) {
        const run = running.get(account.userId);
        // A sync waiting on a dead connection would only hang until its timeouts; stop it now.
        if (run) run.controller.abort(lost);
        else states.set(account.userId, { state: 'offline', message: lost.message, failedSteps: states.get(account.userId)?.failedSteps ?? [] });
      }
      deps.log?.('Mercado Libre stopped answering: offline');
      announce();
    },
  });

  /** The next poll: the interval from Settings, or sooner-but-growing while failing. */
  function schedule(): void {
    const interval = deps.intervalMinutes() * 60_000;
    const base = deps.retryBaseMs ?? 15_000;
    const delay = failures === 0 ? interval : Math.min(interval, base * 2 ** Math.min(failures - 1, 5));
    // One pending poll at a time, whichever path (timer, reschedule, reconnect) asks for the next.
    if (timer !== null) clearTimeout(timer);
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
    /** Starts polling: a sync right away, then at the interval; and the connection check between. */
    start(): void {
      if (timer !== null) return;
      failures = 0;
      pollNow();
      watch.start();
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
      watch.stop();
      for (const run of running.values()) run.controller.abort();
      await Promise.allSettled([...running.values()].map((run) => run.done));
    },
  };
}
export type SyncService = ReturnType<typeof createSyncService>;
