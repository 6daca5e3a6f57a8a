/**
 * The outbox as the renderer sees it: how many changes wait, clash or failed (the status bar and the
 * Pending changes section show these), and a version that moves whenever any entry changed state, so
 * the Pending changes list re-reads itself. Follows `outbox.changed` from the first use on.
 */
import type { OutboxCounts } from '../../shared/outbox';
import { call, transport } from '../api/client';
import { createStore } from './create-store';

interface OutboxState {
  counts: OutboxCounts | null;
  /** Bumped on every `outbox.changed`. */
  version: number;
}

export const useOutbox = createStore<OutboxState>(() => ({ counts: null, version: 0 }));

let following = false;

/** Starts following outbox events (once per window) and reads the current counts. */
export function followOutbox(): void {
  if (following) return;
  following = true;
  transport().on('outbox.changed', (change) => {
    useOutbox.setState((state) => ({ counts: change.counts, version: state.version + 1 }));
  });
  void refreshOutboxCounts();
}

export async function refreshOutboxCounts(): Promise<void> {
  const result = await call('outbox.counts');
  if (result.ok) useOutbox.setState({ counts: result.value });
}

/** How many changes still need something: sending, or the seller's decision. */
export function openCount(counts: OutboxCounts | null): number {
  return counts ? counts.waiting + counts.conflicts + counts.failed : 0;
}
