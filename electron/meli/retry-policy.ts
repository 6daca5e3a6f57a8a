/**
 * When a Mercado Libre call is tried again, and after how long. Pure functions: the client feeds them
 * what happened and an injected random source, so the policy is tested without waiting.
 *
 * Mercado Libre publishes no quota; sellers see 429s at about 5–7 requests/second, often without
 * Retry-After. So: exponential backoff with full jitter (spreads retries of many parallel calls
 * instead of sending them back in lockstep), Retry-After when given, and writes retried only when the
 * request surely did not change anything — otherwise the caller must reconcile, never push twice.
 */

import { CONNECT_TIMEOUT_CODE } from './connect-timeout';

export interface RetryOptions {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Upper bound of the first backoff; it doubles on each later attempt. */
  baseDelayMs: number;
  /** No backoff (jittered or not) is longer than this. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails as rate limited instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 7,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What one attempt ended with, as far as retrying is concerned. */
export type AttemptOutcome =
  | { kind: 'status'; status: number; retryAfterMs: number | null }
  | { kind: 'network'; code: string; reachedServer: boolean };

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; unclear: boolean; reason: 'exhausted' | 'not_retryable' | 'unsafe_write' | 'retry_after_too_long' };

/** The cap of the backoff before attempt `attempt + 1` (attempt counts from 1): base·2^(attempt−1), capped. */
export function backoffCeiling(attempt: number, options: RetryOptions): number {
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

/** Full jitter: uniformly anywhere between 0 and the ceiling. */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  return Math.floor(random() * backoffCeiling(attempt, options));
}

/** Retry-After is either delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined | null, now: number): number | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Network failures where the connection was never made, so the server cannot have seen the request. */
const NEVER_REACHED = new Set([CONNECT_TIMEOUT_CODE, 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

export function reachedServer(code: string): boolean {
  return !NEVER_REACHED.has(code);
}

/**
 * A connection that cannot even be made (no network, host down) is given up sooner: the sync
 * scheduler retries later with its own growing pauses, and the seller should see "offline" in
 * about a second rather than after the full backoff.
 */
export const NO_CONNECTION_MAX_ATTEMPTS = 3;

function isTransientStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/**
 * Decides after a failed attempt. 429 is safe to repeat for any method (Mercado Libre refused before
 * doing anything); a 5xx or a dropped connection on a write may have been applied, so it is reported
 * as unclear instead of repeated.
 */
export function decideRetry(
  method: HttpMethod,
  outcome: AttemptOutcome,
  attempt: number,
  options: RetryOptions,
  random: () => number,
): RetryDecision {
  const isRead = method === 'GET';
  let safeToRepeat: boolean;
  if (outcome.kind === 'status') {
    if (!isTransientStatus(outcome.status)) return { retry: false, unclear: false, reason: 'not_retryable' };
    safeToRepeat = isRead || outcome.status === 429;
  } else {
    safeToRepeat = isRead || !outcome.reachedServer;
  }
  if (!safeToRepeat) return { retry: false, unclear: true, reason: 'unsafe_write' };
  if (attempt >= options.maxAttempts) return { retry: false, unclear: false, reason: 'exhausted' };
  if (outcome.kind !== 'status' && !outcome.reachedServer && attempt >= Math.min(options.maxAttempts, NO_CONNECTION_MAX_ATTEMPTS)) {
    return { retry: false, unclear: false, reason: 'exhausted' };
  }
  const retryAfterMs = outcome.kind === 'status' ? outcome.retryAfterMs : null;
  if (retryAfterMs !== null) {
    if (retryAfterMs > options.maxRetryAfterMs) return { retry: false, unclear: false, reason: 'retry_after_too_long' };
    return { retry: true, delayMs: retryAfterMs };
  }
  return { retry: true, delayMs: backoffDelay(attempt, options, random) };
}
