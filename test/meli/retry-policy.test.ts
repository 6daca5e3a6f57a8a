// The retry policy's decisions, one case per documented situation.
import { describe, expect, it } from 'vitest';
import { decideRetry, DEFAULT_RETRY, parseRetryAfter, type AttemptOutcome, type HttpMethod } from '../../electron/meli/retry-policy';

const half = () => 0.5;
const status = (code: number, retryAfterMs: number | null = null): AttemptOutcome => ({ kind: 'status', status: code, retryAfterMs });
const network = (code: string, reachedServer: boolean): AttemptOutcome => ({ kind: 'network', code, reachedServer });

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.UTC(2026, 10, 23, 12, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

describe('decisions', () => {
  const cases: Array<[HttpMethod, AttemptOutcome, 'retry' | 'unclear' | 'final']> = [
    ['GET', status(429), 'retry'],
    ['GET', status(500), 'retry'],
    ['GET', status(503), 'retry'],
    ['GET', network('ECONNRESET', true), 'retry'],
    ['GET', network('ETIMEDOUT', true), 'retry'],
    ['GET', status(404), 'final'],
    ['POST', status(429), 'retry'],
    ['PUT', network('ECONNREFUSED', false), 'retry'],
    ['PUT', status(500), 'unclear'],
    ['POST', status(502), 'unclear'],
    ['DELETE', network('ECONNRESET', true), 'unclear'],
    ['POST', network('ETIMEDOUT', true), 'unclear'],
    ['PUT', status(409), 'final'],
    ['POST', status(400), 'final'],
  ];
  it.each(cases)('%s after %j: %s', (method, outcome, expected) => {
    const decision = decideRetry(method, outcome, 1, DEFAULT_RETRY, half);
    const kind = decision.retry ? 'retry' : decision.unclear ? 'unclear' : 'final';
    expect(kind).toBe(expected);
  });

  it('stops after the last attempt, and before an overlong Retry-After', () => {
    expect(decideRetry('GET', status(503), DEFAULT_RETRY.maxAttempts, DEFAULT_RETRY, half)).toMatchObject({ retry: false, reason: 'exhausted', unclear: false });
    expect(decideRetry('GET', status(429, 120_000), 1, DEFAULT_RETRY, half)).toMatchObject({ retry: false, reason: 'retry_after_too_long' });
    expect(decideRetry('POST', status(429, 2_000), 1, DEFAULT_RETRY, half)).toEqual({ retry: true, delayMs: 2_000 });
  });
});
