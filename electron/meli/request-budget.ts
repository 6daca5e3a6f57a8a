/**
 * The request budget every Mercado Libre call goes through: at most `perWindow` requests inside any
 * rolling window, at most `concurrency` in flight, the seller's own calls ahead of the sync's.
 *
 * Mercado Libre counts a request when it arrives, and the arrival is somewhere between the moment the
 * request leaves and the moment its answer is back: a slow hop or a latency spike moves it later. So a
 * request holds its place in the window from its start until a full window after its answer. Then no
 * window at the server can ever hold more than `perWindow` arrivals, whatever the network did in
 * between: of any `perWindow + 1` arrivals inside one window, the one that started last would have
 * found the other `perWindow` still holding their places. The cost is the request's own duration per
 * place (a fixed margin cost as much, and did not hold against a spike).
 *
 * Once half the window is taken, the sync's (background) calls are paced at the budget's own rate:
 * one per `windowMs / perWindow`, with an allowance of three to catch up after a late one. Let free, a
 * long sync fills the window in one burst; its places then come free together a window later, so the
 * next burst fills it again, and so on: after any stall (a busy event loop, a slow answer) the window
 * stayed full-then-empty for minutes, a seller's call made in the full part waited for the oldest
 * place (measured: up to 450 ms on a large store's sync), and the answers of a burst, arriving
 * together, were stored back to back. Paced, places come free a few at a time and the seller's call
 * takes the next. A full window allows no more than that rate anyway (each place is held a window
 * plus the request's duration), so a long sync is not slower (without the allowance it was, by 2%),
 * and a short one still sends its first half window at once. The seller's own calls are never paced.
 */
export type BudgetPriority = 'interactive' | 'background';

/** Paced calls that may go at once after a late one (see the header). */
const PACE_ALLOWANCE = 3;

export interface RequestBudgetOptions {
  perWindow: number;
  windowMs: number;
  concurrency: number;
}

interface Waiter {
  priority: BudgetPriority;
  start: () => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | null;
}

export interface RequestBudget {
  /** Runs `task` once a place is free; rejects with the signal's reason if cancelled while waiting. */
  run<T>(task: () => Promise<T>, options?: { priority?: BudgetPriority; signal?: AbortSignal }): Promise<T>;
  /** Resolves when nothing waits and nothing is in flight. */
  idle(): Promise<void>;
}

export function createRequestBudget(options: RequestBudgetOptions): RequestBudget {
  const clock = () => performance.now();
  const { perWindow, windowMs, concurrency } = options;
  // Answers still inside their trailing window, oldest first.
  const answered: number[] = [];
  const waiting: Waiter[] = [];
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerAt = 0;
  let idleWaiters: Array<() => void> = [];

  function expire(now: number): void {
    while (answered.length > 0 && (answered[0] ?? 0) <= now - windowMs) answered.shift();
  }

  function settleIdle(): void {
    if (inFlight > 0 || waiting.length > 0) return;
    const resolvers = idleWaiters;
    idleWaiters = [];
    for (const resolve of resolvers) resolve();
  }

  // Past half the window, the sync's calls are paced (see the header): each takes a credit, credits
  // come back one per window's share, and at most PACE_ALLOWANCE are kept.
  const backgroundSpacingMs = windowMs / perWindow;
  let credits = PACE_ALLOWANCE;
  let creditedAt = clock();

  function pump(): void {
    const now = clock();
    expire(now);
    credits = Math.min(PACE_ALLOWANCE, credits + (now - creditedAt) / backgroundSpacingMs);
    creditedAt = now;
    let spacingLeft = 0;
    while (waiting.length > 0 && inFlight < concurrency && inFlight + answered.length < perWindow) {
      const next = waiting[0] as Waiter;
      // Interactive calls come first in the queue: a background call at the head means only they wait.
      if (next.priority === 'background' && inFlight + answered.length >= perWindow / 2 && credits < 1) {
        spacingLeft = (1 - credits) * backgroundSpacingMs;
        break;
      }
      waiting.shift();
      if (next.onAbort) next.signal?.removeEventListener('abort', next.onAbort);
      if (next.priority === 'background') credits = Math.max(0, credits - 1);
      inFlight += 1;
      next.start();
    }
    // Blocked by the spacing or by the window (not by concurrency): wake up when the next may start.
    const windowFull = inFlight + answered.length >= perWindow && answered.length > 0;
    if (waiting.length > 0 && inFlight < concurrency && (spacingLeft > 0 || windowFull)) {
      const wakeAt = now + Math.max(1, Math.ceil(spacingLeft > 0 ? spacingLeft : (answered[0] ?? now) + windowMs - now));
      if (timer === null || wakeAt < timerAt) {
        if (timer !== null) clearTimeout(timer);
        timerAt = wakeAt;
        timer = setTimeout(() => {
          timer = null;
          pump();
        }, wakeAt - now);
      }
    }
    settleIdle();
  }

  function finish(): void {
    inFlight -= 1;
    answered.push(clock());
    pump();
  }

  function enqueue(waiter: Waiter): void {
    // Interactive calls go before every background call, each priority keeps its order.
    if (waiter.priority === 'interactive') {
      const firstBackground = waiting.findIndex((other) => other.priority === 'background');
      waiting.splice(firstBackground === -1 ? waiting.length : firstBackground, 0, waiter);
    } else {
      waiting.push(waiter);
    }
  }

  return {
    run<T>(task: () => Promise<T>, runOptions: { priority?: BudgetPriority; signal?: AbortSignal } = {}): Promise<T> {
      const { signal } = runOptions;
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason as Error);
          return;
        }
        const waiter: Waiter = {
          priority: runOptions.priority ?? 'interactive',
          signal,
          onAbort: null,
          start: () => {
            let result: Promise<T>;
            try {
              result = task();
            } catch (error) {
              result = Promise.reject(error as Error);
            }
            result.then(resolve, reject).finally(finish);
          },
        };
        if (signal) {
          waiter.onAbort = () => {
            const index = waiting.indexOf(waiter);
            if (index === -1) return;
            waiting.splice(index, 1);
            reject(signal.reason as Error);
            settleIdle();
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        enqueue(waiter);
        pump();
      });
    },
    idle(): Promise<void> {
      if (inFlight === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
