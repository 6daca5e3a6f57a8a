// Fault injection in front of every API route: latency, dropped connections, 429 per app and per
// seller (sliding window), and a share of 5xx answers. Decisions use the seeded live stream.
import type { Rng } from './core/prng';
import { ApiError } from './core/http';
import type { PendingFaults, SimConfig } from './config';

export class RateWindows {
  private readonly hits = new Map<string, number[]>();

  /** Records a hit and reports whether the key is over its limit inside the window. */
  hit(key: string, limit: number, windowMs: number, now: number): boolean {
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    const over = list.length >= limit;
    if (!over) list.push(now);
    this.hits.set(key, list);
    return over;
  }

  clear(): void {
    this.hits.clear();
  }
}

export function latencyFor(config: SimConfig, rng: Rng): number {
  const { minMs, maxMs, spikeRate, spikeMs } = config.latency;
  const base = maxMs > minMs ? minMs + rng.next() * (maxMs - minMs) : minMs;
  return Math.round(base + (spikeRate > 0 && rng.chance(spikeRate) ? spikeMs : 0));
}

export function shouldDrop(config: SimConfig, pending: PendingFaults, rng: Rng): boolean {
  if (pending.drops > 0) {
    pending.drops -= 1;
    return true;
  }
  return config.faults.dropRate > 0 && rng.chance(config.faults.dropRate);
}

export function tooManyRequests(config: SimConfig): ApiError {
  const headers: Record<string, string> = {};
  if (config.rateLimit.retryAfterSeconds !== null) headers['retry-after'] = String(config.rateLimit.retryAfterSeconds);
  return config.rateLimit.body === 'local_rate_limited'
    ? new ApiError(429, 'local_rate_limited', 'Too many requests, local rate limit exceeded', [], {}, headers)
    : new ApiError(429, 'too_many_requests', 'Too Many Requests', [], {}, headers);
}

export function checkRateLimit(config: SimConfig, windows: RateWindows, pending: PendingFaults, appId: string | null, sellerId: number | null, now: number): void {
  if (pending.rateLimited > 0) {
    pending.rateLimited -= 1;
    throw tooManyRequests(config);
  }
  const { perApp, perSeller } = config.rateLimit;
  if (perApp && appId !== null && windows.hit(`app:${appId}`, perApp.limit, perApp.windowMs, now)) throw tooManyRequests(config);
  if (perSeller && sellerId !== null && windows.hit(`seller:${sellerId}`, perSeller.limit, perSeller.windowMs, now)) throw tooManyRequests(config);
}

export function serverError(config: SimConfig, pending: PendingFaults, rng: Rng): ApiError | null {
  const queued = pending.serverErrors > 0;
  if (queued) pending.serverErrors -= 1;
  if (!queued && !(config.faults.serverErrorRate > 0 && rng.chance(config.faults.serverErrorRate))) return null;
  return rng.chance(0.5)
    ? new ApiError(500, 'internal_error', 'Internal server error')
    : new ApiError(503, 'service_unavailable', 'Service temporarily unavailable');
}

/** The configured answer of an endpoint that is down, or null. */
export function brokenPath(config: SimConfig, path: string): ApiError | null {
  const broken = config.faults.brokenPaths.find((entry) => path.startsWith(entry.prefix));
  if (!broken) return null;
  return broken.status >= 500
    ? new ApiError(broken.status, 'internal_error', 'Internal server error')
    : new ApiError(broken.status, 'forbidden', 'The caller is not authorized to access this resource');
}

/** Consumes one queued fault or rolls the configured share. */
export function takeFault(pending: PendingFaults, key: 'itemConflicts' | 'orderPartials', rate: number, rng: Rng): boolean {
  if (pending[key] > 0) {
    pending[key] -= 1;
    return true;
  }
  return rate > 0 && rng.chance(rate);
}
