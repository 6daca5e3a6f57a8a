/**
 * Counts every request sent to Mercado Libre, per account, so benchmarks can compare the calls made
 * with the minimum needed and the rate-limit time spent.
 */

export interface RequestCounts {
  /** HTTP requests actually sent (every attempt, retries included). */
  requests: number;
  /** Attempts after the first one of a call. */
  retries: number;
  /** Answers with status 429. */
  rateLimited: number;
  /** Calls that finally failed (after any retries). */
  failures: number;
  /** Time spent waiting in backoff or Retry-After, in milliseconds. */
  backoffMs: number;
}

export interface StatsSnapshot {
  total: RequestCounts;
  /** Keyed by Mercado Libre user id; "public" for calls made without an account. */
  byAccount: Record<string, RequestCounts>;
}

export type AccountKey = number | null;

const empty = (): RequestCounts => ({ requests: 0, retries: 0, rateLimited: 0, failures: 0, backoffMs: 0 });

export function accountLabel(userId: AccountKey): string {
  return userId === null ? 'public' : String(userId);
}

export function createRequestStats() {
  const byAccount = new Map<string, RequestCounts>();

  function bucket(userId: AccountKey): RequestCounts {
    const key = accountLabel(userId);
    let counts = byAccount.get(key);
    if (!counts) {
      counts = empty();
      byAccount.set(key, counts);
    }
    return counts;
  }

  return {
    add(userId: AccountKey, field: keyof RequestCounts, amount = 1): void {
      bucket(userId)[field] += amount;
    },
    of(userId: AccountKey): RequestCounts {
      return { ...(byAccount.get(accountLabel(userId)) ?? empty()) };
    },
    snapshot(): StatsSnapshot {
      const total = empty();
      const accounts: Record<string, RequestCounts> = {};
      for (const [key, counts] of byAccount) {
        accounts[key] = { ...counts };
        for (const field of Object.keys(total) as (keyof RequestCounts)[]) total[field] += counts[field];
      }
      return { total, byAccount: accounts };
    },
    reset(): void {
      byAccount.clear();
    },
  };
}
export type RequestStats = ReturnType<typeof createRequestStats>;
