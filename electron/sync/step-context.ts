/** What every sync step gets: the database, the API, the account, cancellation, progress and commits. */
import type { Database } from 'better-sqlite3';
import type { CacheEntity } from '../../shared/contract';
import type { SyncStep } from '../../shared/sync';
import type { MeliEndpoints } from '../meli/endpoints';

export interface StepContext {
  db: Database;
  /** Background priority: the seller's own calls go ahead of sync pages. */
  api: MeliEndpoints;
  userId: number;
  signal: AbortSignal;
  /** Requests a step keeps in flight; the client's budget and concurrency cap still apply. */
  concurrency: number;
  now: () => Date;
  progress: (step: SyncStep, done: number, total: number | null) => void;
  /** Runs `write` in one transaction, then tells the screens which entities changed (`cache.changed`). */
  commit: (entities: CacheEntity[], write: () => void) => void;
}

export const HOUR_MS = 3_600_000;

/** Mercado Libre truncates order date filters to the hour; so do our windows. */
export function floorHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}
