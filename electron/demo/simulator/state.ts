// What every route reads: the current world (replaced on reset), configuration, queued faults, the
// OAuth store, rate-limit windows, the request log and open item scans.
import type { AuthStore } from './auth-store';
import type { PendingFaults, SimConfig } from './config';
import type { RateWindows } from './faults';
import type { World } from './world';

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  ms: number;
  at: string;
  user_id: number | null;
  app_id: string | null;
}

export interface Scroll {
  sellerId: number;
  ids: string[];
  position: number;
  expiresAt: number;
}

export interface SimState {
  world: World;
  config: SimConfig;
  pending: PendingFaults;
  auth: AuthStore;
  windows: RateWindows;
  log: RequestLogEntry[];
  scrolls: Map<string, Scroll>;
}

/** Keeps the log bounded during long benchmark runs and long demo sessions. */
export const LOG_LIMIT = 50_000;
