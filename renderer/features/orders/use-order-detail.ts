/**
 * One order in full for the detail panel, read from the cache and read again when orders, shipments or
 * listings change. `undefined` while loading, `null` when the order is not in the saved data.
 */
import { useEffect, useState } from 'react';
import type { OrderDetail } from '../../../shared/orders';
import { call } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';

type Loaded = { id: number; detail: OrderDetail | null };

export function useOrderDetail(id: number): OrderDetail | null | undefined {
  const version = useCacheVersion('orders', 'shipments', 'items');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    void call('orders.get', { id }).then((result) => {
      if (current) setLoaded({ id, detail: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
  }, [id, version]);
  return loaded?.id === id ? loaded.detail : undefined;
}
