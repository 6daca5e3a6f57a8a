/**
 * The one HTTP client for all of Mercado Libre. It owns what every call shares: the bearer token
 * (asked per attempt, so a refresh is picked up), the per-app request budget and concurrency cap, retries
 * with backoff, the per-account request counter, and turning failures into AppErrors without tokens.
 * Endpoint functions (endpoints/) build on `request`; nothing else in the app talks to Mercado Libre.
 */
import type { LookupFunction } from 'node:net';
import { AppError } from '../../shared/errors';
import { DEFAULT_CONNECT_TIMEOUT_MS } from './connect-timeout';
import { createHttpTransport, TransportError, type TransportResponse } from './http-transport';
import { meliError, type MeliFailure } from './errors';
import { createRequestBudget } from './request-budget';
import { DEFAULT_RETRY, decideRetry, parseRetryAfter, reachedServer, type AttemptOutcome, type HttpMethod, type RetryOptions } from './retry-policy';
import { createRequestStats, type RequestCounts, type StatsSnapshot } from './stats';

export type { HttpMethod } from './retry-policy';

export interface BudgetOptions {
  /** Requests started in any rolling second, across every account of the app. */
  requestsPerSecond: number;
  /** Requests in flight at once. */
  concurrency: number;
}

/** Conservative: sellers report 429s from about 5–7 requests/second. */
export const DEFAULT_BUDGET: BudgetOptions = { requestsPerSecond: 5, concurrency: 4 };
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The reachability check wants any answer at all, soon: a hanging server counts as unreachable. */
export const DEFAULT_PROBE_TIMEOUT_MS = 3_000;

export type QueryValue = string | number | boolean | null | undefined;

/**
 * Who is waiting for a call. The seller's own actions (an edit, an answer, a label, opening a
 * description) go ahead of background sync pages; both share one budget and one concurrency cap.
 */
export type RequestPriority = 'interactive' | 'background';

export interface MeliRequest {
  /** The account the call acts for; null for public resources (sent without a token). */
  userId: number | null;
  method: HttpMethod;
  /** Path under the API root, already encoded where it holds ids: "/items/MLA1". */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** "bytes" for files (labels): `data` is then a Buffer. */
  expect?: 'json' | 'bytes';
  /** Cancels the call (a sync the seller stopped): in flight, queued or backing off. Rejects with signal.reason. */
  signal?: AbortSignal;
  /** Defaults to interactive: only the sync marks its calls as background. */
  priority?: RequestPriority;
}

export interface MeliResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  data: unknown;
}

/** What `onRequest` hears about each attempt; deliberately no headers, query or body. */
export interface RequestInfo {
  userId: number | null;
  method: HttpMethod;
  path: string;
  attempt: number;
  priority: RequestPriority;
  /** Time the attempt waited for the budget: from the call (or the end of its backoff) to sending. */
  queuedMs: number;
  /** HTTP status, or null when no answer came. */
  status: number | null;
  networkError: string | null;
  durationMs: number;
}

export interface MeliClientOptions {
  apiUrl: string;
  getAccessToken: (userId: number) => Promise<string>;
  /** Called once per call after a 401, before the single retry (the token manager may refresh). */
  onUnauthorized?: (userId: number, rejectedToken: string) => Promise<unknown>;
  budget?: Partial<BudgetOptions>;
  retry?: Partial<RetryOptions>;
  timeoutMs?: number;
  /** DNS lookup and TCP handshake together (see connect-timeout.ts). */
  connectTimeoutMs?: number;
  onRequest?: (info: RequestInfo) => void;
  /** Test seam: name resolution (a lookup that never answers is what an unplugged network looks like). */
  lookup?: LookupFunction;
  /** Test seams: waiting, jitter and the clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    // A cancelled call should not keep a timer (and the process) alive for the rest of its backoff.
    signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

type Attempt = { kind: 'response'; response: TransportResponse } | { kind: 'network'; code: string };

/** Waits, unless the call is cancelled first. */
function waitUnlessAborted(sleep: (ms: number, signal?: AbortSignal) => Promise<void>, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return sleep(ms);
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    void sleep(ms, signal).then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

/** Query strings as Mercado Libre's own examples write them: commas in id lists stay readable. */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    // Mercado Libre's old examples put the token here; ours goes only in the Authorization header.
    if (key === 'access_token') throw new AppError('internal', 'Access tokens are never sent in the query string.');
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value)).replace(/%2C/gi, ',')}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** Error bodies of byte requests still arrive as JSON. */
function errorBody(data: unknown): unknown {
  if (!Buffer.isBuffer(data)) return data;
  const text = data.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createMeliClient(options: MeliClientOptions) {
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  if (!(budget.requestsPerSecond > 0) || !Number.isInteger(budget.concurrency) || budget.concurrency < 1 || !(retry.maxAttempts >= 1)) {
    throw new AppError('invalid_input', 'The Mercado Libre request budget needs a positive rate, concurrency and attempt count.', { budget, retry });
  }
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const stats = createRequestStats();

  // Whole-number caps per rolling window; a budget under 1/s widens the window instead. Each request
  // holds its place until a window after its answer (request-budget.ts): Mercado Libre counts
  // arrivals, and a slow network can make two windows' worth arrive inside one.
  const perWindow = Math.max(1, Math.floor(budget.requestsPerSecond));
  const queue = createRequestBudget({
    concurrency: budget.concurrency,
    perWindow,
    windowMs: Math.round((1000 * perWindow) / budget.requestsPerSecond),
  });

  // Every status comes back as a value: the retry loop decides what is an error.
  const http = createHttpTransport({
    baseUrl: options.apiUrl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    lookup: options.lookup,
  });

  // A Retry-After pauses the whole app, not only the call that got it: Mercado Libre meant all of us.
  let pausedUntil = 0;

  async function send(request: MeliRequest, token: string | null): Promise<Attempt> {
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    const url = request.path + buildQuery(request.query);
    try {
      const response = await http.request({ method: request.method, url, body: request.body, headers, expect: request.expect ?? 'json', signal: request.signal });
      return { kind: 'response', response };
    } catch (error) {
      request.signal?.throwIfAborted();
      // Only the system's code travels on (the transport's errors carry nothing else).
      return { kind: 'network', code: error instanceof TransportError ? error.code : 'ECONNRESET' };
    }
  }

  async function tokenFor(userId: number | null): Promise<string | null> {
    if (userId === null) return null;
    try {
      return await options.getAccessToken(userId);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('internal', 'The sign-in for this Mercado Libre account could not be read.', { source: 'mercadolibre', userId });
    }
  }

  /** One attempt through the budget; reports it to onRequest and the counter. */
  async function attemptOnce(call: MeliRequest, attempt: number, token: string | null, readyAt: number): Promise<Attempt> {
    const priority = call.priority ?? 'interactive';
    const { result, durationMs, queuedMs } = await queue.run(async () => {
      call.signal?.throwIfAborted();
      const started = now();
      const sent = await send(call, token);
      return { result: sent, durationMs: now() - started, queuedMs: started - readyAt };
    }, { signal: call.signal, priority });
    stats.add(call.userId, 'requests');
    options.onRequest?.({
      userId: call.userId,
      method: call.method,
      path: call.path,
      attempt,
      priority,
      queuedMs,
      status: result.kind === 'response' ? result.response.status : null,
      networkError: result.kind === 'network' ? result.code : null,
      durationMs,
    });
    return result;
  }

  /** A non-2xx answer or a network error, in the terms of errors.ts and retry-policy.ts. */
  function describeFailure(result: Attempt, userId: number | null): { failure: MeliFailure; outcome: AttemptOutcome } {
    if (result.kind === 'network') {
      return {
        failure: { kind: 'network', code: result.code },
        outcome: { kind: 'network', code: result.code, reachedServer: reachedServer(result.code) },
      };
    }
    const { status, data } = result.response;
    const retryAfterMs = parseRetryAfter(result.response.headers['retry-after'], now());
    if (status === 429) {
      stats.add(userId, 'rateLimited');
      if (retryAfterMs !== null) pausedUntil = Math.max(pausedUntil, now() + Math.min(retryAfterMs, retry.maxRetryAfterMs));
    }
    return {
      failure: { kind: 'status', status, body: errorBody(data), retryAfterMs },
      outcome: { kind: 'status', status, retryAfterMs },
    };
  }

  async function request(call: MeliRequest): Promise<MeliResponse> {
    const { userId, method, path } = call;
    let askedAfter401 = false;
    let readyAt = now();
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) stats.add(userId, 'retries');
      const pause = pausedUntil - now();
      if (pause > 0) await waitUnlessAborted(sleep, pause, call.signal);
      call.signal?.throwIfAborted();
      const token = await tokenFor(userId);

      const result = await attemptOnce(call, attempt, token, readyAt);
      if (result.kind === 'response' && result.response.status >= 200 && result.response.status < 300) {
        return { status: result.response.status, headers: result.response.headers, data: result.response.data };
      }

      // A rejected token did nothing, so even a write may go again once the token manager had its say.
      if (result.kind === 'response' && result.response.status === 401 && userId !== null && token !== null && options.onUnauthorized && !askedAfter401) {
        askedAfter401 = true;
        try {
          await options.onUnauthorized(userId, token);
        } catch (error) {
          stats.add(userId, 'failures');
          throw error;
        }
        continue;
      }

      const { failure, outcome } = describeFailure(result, userId);
      const decision = decideRetry(method, outcome, attempt, retry, random);
      if (!decision.retry) {
        stats.add(userId, 'failures');
        throw meliError(failure, { method, path, attempts: attempt, unclear: decision.unclear, secrets: token === null ? [] : [token] });
      }
      stats.add(userId, 'backoffMs', decision.delayMs);
      await waitUnlessAborted(sleep, decision.delayMs, call.signal);
      readyAt = now();
    }
  }

  function statsOf(): StatsSnapshot;
  function statsOf(userId: number | null): RequestCounts;
  function statsOf(...args: [] | [number | null]): StatsSnapshot | RequestCounts {
    return args.length === 0 ? stats.snapshot() : stats.of(args[0]);
  }

  const client: MeliClient = {
    request,
    /** The same client (one budget, one queue) with every call at this priority unless it names one. */
    withPriority(priority: RequestPriority): MeliClient {
      return { ...client, request: (call: MeliRequest) => request({ priority, ...call }) };
    },
    /** Counts for every account and their total, or for one account (null: calls made without one). */
    stats: statsOf,
    resetStats(): void {
      stats.reset();
    },
    async reachable(timeoutMs = DEFAULT_PROBE_TIMEOUT_MS): Promise<boolean> {
      try {
        // Outside the queue and without a token: it costs none of the budget and names no account.
        await http.request({ method: 'HEAD', url: '/', headers: {}, expect: 'bytes', timeoutMs });
        return true;
      } catch {
        return false;
      }
    },
    /** Resolves when nothing is queued or in flight (used by benchmarks and shutdown). */
    idle(): Promise<void> {
      return queue.idle();
    },
  };
  return client;
}
export interface MeliClient {
  request(call: MeliRequest): Promise<MeliResponse>;
  withPriority(priority: RequestPriority): MeliClient;
  /** Whether Mercado Libre answers at all (any status) within the timeout. */
  reachable(timeoutMs?: number): Promise<boolean>;
  stats(): StatsSnapshot;
  stats(userId: number | null): RequestCounts;
  resetStats(): void;
  idle(): Promise<void>;
}
