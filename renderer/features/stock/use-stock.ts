/** The inventory for the Stock screen: read again whenever listings, orders or the outbox change. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import type { StockList } from '../../../shared/stock';
import { call } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';

export interface StockState {
  list: StockList | null;
  error: ApiError | null;
  retry(): void;
}

export function useStock(query: string): StockState {
  const version = useCacheVersion('items', 'orders', 'outbox');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ list: StockList | null; error: ApiError | null }>({ list: null, error: null });
  useEffect(() => {
    let live = true;
    void call('stock.list', query.trim() ? { query: query.trim() } : {}).then((result) => {
      if (!live) return;
      setState((previous) => (result.ok ? { list: result.value, error: null } : { list: previous.list, error: result.error }));
    });
    return () => {
      live = false;
    };
  }, [query, version, attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...state, retry };
}
