/**
 * What a listing's detail and editor read: the listing's saved row (read again when listings change, so a
 * queued edit's pending value shows at once), its pictures and attributes, and its description, read once
 * when the panel opens.
 */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import type { ListingDescription, ListingDetail, ListingRow } from '../../../shared/listings';
import { call } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';

type Loaded<T> = { id: string; value: T };
type Answer<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** One read per listing (and per `version`), by a module-level `read`: `undefined` while reading, `null` when it failed. */
function useListingRead<T>(itemId: string, version: number, read: (itemId: string) => Promise<Answer<T | null>>): T | null | undefined {
  const [loaded, setLoaded] = useState<Loaded<T | null> | null>(null);
  useEffect(() => {
    let current = true;
    void read(itemId).then((result) => {
      if (current) setLoaded({ id: itemId, value: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
  }, [itemId, version, read]);
  return loaded?.id === itemId ? loaded.value : undefined;
}

const readRow = async (itemId: string): Promise<Answer<ListingRow | null>> => {
  const result = await call('listings.query', { search: itemId, limit: 5 });
  return result.ok ? { ok: true, value: result.value.rows.find((row) => row.id === itemId) ?? null } : result;
};
const readDetail = (itemId: string) => call('listings.detail', { itemId });
const readDescription = (itemId: string) => call('listings.description', { itemId });

/** `undefined` while loading, `null` when the listing is not in the saved data. */
export function useListing(itemId: string): ListingRow | null | undefined {
  return useListingRead(itemId, useCacheVersion('items'), readRow);
}

/** Pictures and attributes from the saved listing: `undefined` while reading, `null` when not saved. */
export function useListingDetail(itemId: string): ListingDetail | null | undefined {
  return useListingRead(itemId, useCacheVersion('items'), readDetail);
}

/** `undefined` while reading, `null` when it could not be read (offline with no saved copy). */
export function useListingDescription(itemId: string): ListingDescription | null | undefined {
  return useListingRead(itemId, 0, readDescription);
}
