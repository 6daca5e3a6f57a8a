/**
 * Sync as the renderer sees it: each account's state and last sync (`sync.status`), the step a running
 * sync is on (`sync.progress`), and `dataVersion`, a counter the data screens watch to re-read the cache
 * while a sync brings rows in and when it finishes. Follows the host's events from the first use on.
 */
import type { SyncProgress, SyncStatus } from '../../shared/sync';
import { call, transport } from '../api/client';
import { createStore } from './create-store';

interface SyncState {
  status: SyncStatus | null;
  /** The latest progress of each running account, by user id. */
  progress: Readonly<Record<number, SyncProgress>>;
  dataVersion: number;
}

export const useSync = createStore<SyncState>(() => ({ status: null, progress: {}, dataVersion: 0 }));

// Progress events arrive many times a second during a sync; the screens re-query at most this often.
const REFRESH_EVERY_MS = 1_500;
let following = false;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;

function bumpDataVersionSoon(): void {
  if (refreshTimer !== null) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    useSync.setState((state) => ({ dataVersion: state.dataVersion + 1 }));
  }, REFRESH_EVERY_MS);
}

function receiveStatus(status: SyncStatus): void {
  const previous = useSync.getState().status;
  const running = new Set(status.accounts.filter((account) => account.state === 'running').map((account) => account.userId));
  const progress = Object.fromEntries(Object.entries(useSync.getState().progress).filter(([userId]) => running.has(Number(userId))));
  const finished = previous?.accounts.some(
    (before) => before.state === 'running' && !running.has(before.userId),
  );
  useSync.setState((state) => ({ status, progress, dataVersion: finished ? state.dataVersion + 1 : state.dataVersion }));
}

/** Starts following sync events (once per window) and reads the current status. */
export function followSync(): void {
  if (following) return;
  following = true;
  transport().on('sync.status', receiveStatus);
  transport().on('sync.progress', (event) => {
    useSync.setState((state) => ({ progress: { ...state.progress, [event.userId]: event } }));
    // Orders and listings land in the cache step by step: let the screens show them as they come.
    if (event.step === 'orders' || event.step === 'items' || event.step === 'shipments') bumpDataVersionSoon();
  });
  void refreshSyncStatus();
}

export async function refreshSyncStatus(): Promise<void> {
  const result = await call('sync.status');
  if (result.ok) receiveStatus(result.value);
}

export async function syncNow(): Promise<void> {
  const result = await call('sync.now');
  // The status event follows; reading it here too makes the button react even if the stream lags.
  if (result.ok) await refreshSyncStatus();
}

export async function cancelSync(userId?: number): Promise<boolean> {
  const result = await call('sync.cancel', userId === undefined ? {} : { userId });
  return result.ok && result.value.cancelled > 0;
}

/** Whether any account's first full sync is done (screens tell "empty" from "not synced yet"). */
export function anyFirstSyncDone(status: SyncStatus | null): boolean {
  return status?.accounts.some((account) => account.firstSyncDone) ?? false;
}

export function isSyncRunning(status: SyncStatus | null): boolean {
  return status?.accounts.some((account) => account.state === 'running') ?? false;
}
