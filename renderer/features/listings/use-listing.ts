/**
 * What the listing editor reads: the listing's saved row (read again when listings change, so a queued
 * edit's pending value shows at once) and its description, read once when the editor opens.
 */
import { useEffect, useState } from 'react';
import type { ListingDescription, ListingRow } from '../../../shared/listings';
import { call } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';

type Loaded<T> = { id: string; value: T };

/** `undefined` while loading, `null` when the listing is not in the saved data. */
export function useListing(itemId: string): ListingRow | null | undefined {
  const version = useCacheVersion('items');
  const [loaded, setLoaded] = useState<Loaded<ListingRow | null> | null>(null);
  useEffect(() => {
    let current = true;
    void call('listings.query', { search: itemId, limit: 5 }).then((result) => {
      if (current) setLoaded({ id: itemId, value: result.ok ? (result.value.rows.find((row) => row.id === itemId) ?? null) : null });
    });
    return () => {
      current = false;
    };
  }, [itemId, version]);
  return loaded?.id === itemId ? loaded.value : undefined;
}

/** `undefined` while reading, `null` when it could not be read (offline with no saved copy). */
export function useListingDescription(itemId: string): ListingDescription | null | undefined {
  const [loaded, setLoaded] = useState<Loaded<ListingDescription | null> | null>(null);
  useEffect(() => {
    let current = true;
    void call('listings.description', { itemId }).then((result) => {
      if (current) setLoaded({ id: itemId, value: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
  }, [itemId]);
  return loaded?.id === itemId ? loaded.value : undefined;
}
