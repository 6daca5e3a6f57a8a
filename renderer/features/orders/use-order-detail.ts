/**
 * One order in full for the detail panel, read from the cache and read again when orders, shipments or
 * listings change, or when its notes were just read from Mercado Libre. `undefined` while loading,
 * `null` when the order is not in the saved data.
 */
import { useEffect, useState } from 'react';
import type { OrderDetail } from '../../../shared/orders';
import { call } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';

type Loaded = { id: number; detail: OrderDetail | null };

export function useOrderDetail(id: number): OrderDetail | null | undefined {
  const version = useCacheVersion('orders', 'shipments', 'items');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // The seller's notes live apart from the order at Mercado Libre: read once the order is opened, then
  // shown (offline, the notes kept before stay).
  const [notesRead, setNotesRead] = useState<{ id: number; at: number } | null>(null);
  useEffect(() => {
    let current = true;
    void call('orders.notes.refresh', { orderIds: [id] }).then((result) => {
      if (current && result.ok && result.value.read.length > 0) setNotesRead({ id, at: Date.now() });
    });
    return () => {
      current = false;
    };
  }, [id]);
  const notesVersion = notesRead?.id === id ? notesRead.at : 0;
  useEffect(() => {
    let current = true;
    void call('orders.get', { id }).then((result) => {
      if (current) setLoaded({ id, detail: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
  }, [id, version, notesVersion]);
  return loaded?.id === id ? loaded.detail : undefined;
}
