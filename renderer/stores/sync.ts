/**
 * Sync as the renderer sees it: each account's state and last sync (`sync.status`) and the step a running
 * sync is on (`sync.progress`). Follows the host's events from the first use on. (What the data screens
 * re-read when rows arrive is `cache.changed`: see cache-changes.ts.)
 */
import type { SyncProgress, SyncStatus } from '../../shared/sync';
import { call, transport } from '../api/client';
import { createStore } from './create-store';

interface SyncState {
  status: SyncStatus | null;
  /** The latest progress of each running account, by user id. */
  progress: Readonly<Record<number, SyncProgress>>;
}

export const useSync = createStore<SyncState>(() => ({ status: null, progress: {} }));

let following = false;

function receiveStatus(status: SyncStatus): void {
  const running = new Set(status.accounts.filter((account) => account.state === 'running').map((account) => account.userId));
  const progress = Object.fromEntries(Object.entries(useSync.getState().progress).filter(([userId]) => running.has(Number(userId))));
  useSync.setState({ status, progress });
}

/** Starts following sync events (once per window) and reads the current status. */
export function followSync(): void {
  if (following) return;
  following = true;
  transport().on('sync.status', receiveStatus);
  transport().on('sync.progress', (event) => {
    useSync.setState((state) => ({ progress: { ...state.progress, [event.userId]: event } }));
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
