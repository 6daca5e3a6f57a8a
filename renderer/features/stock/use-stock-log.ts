/** The stock log for the Log view: read again whenever listings, orders or the outbox change. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import type { StockLogEntry, StockLogKind } from '../../../shared/stock';
import { call } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';

export const AUTOMATIC_KINDS: readonly StockLogKind[] = ['auto_apply'];
/** The newest this many changes are shown (the most `stock.log` gives); the count says when it is cut. */
export const LOG_SHOWN = 1000;

export interface StockLogState {
  entries: StockLogEntry[] | null;
  error: ApiError | null;
  retry(): void;
}

export function useStockLog(active: boolean, automaticOnly: boolean): StockLogState {
  const version = useCacheVersion('items', 'orders', 'outbox');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ entries: StockLogEntry[] | null; error: ApiError | null }>({ entries: null, error: null });
  useEffect(() => {
    if (!active) return;
    let live = true;
    void call('stock.log', { limit: LOG_SHOWN, ...(automaticOnly ? { kinds: [...AUTOMATIC_KINDS] } : {}) }).then((result) => {
      if (!live) return;
      setState((previous) => (result.ok ? { entries: result.value, error: null } : { entries: previous.entries, error: result.error }));
    });
    return () => {
      live = false;
    };
  }, [active, automaticOnly, version, attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...state, retry };
}
