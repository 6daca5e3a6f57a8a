/**
 * The Pending changes list: outbox entries newest first, read again whenever the outbox changes, each
 * with the listing it writes to (title, currency, variation names) read from the saved listings so a
 * seller sees "Mochila urbana: Precio $ 1.000 → $ 1.100", not an id and a JSON blob.
 */
import { useCallback, useEffect, useState } from 'react';
import { editParts, readListingEdit } from '../../../shared/listing-edit-payload';
import { LISTING_EDIT_FIELDS, type ListingEditField } from '../../../shared/listing-edits';
import type { ListingRow } from '../../../shared/listings';
import { OPEN_OUTBOX_STATES, type OutboxEntry } from '../../../shared/outbox';
import type { ApiError } from '../../../shared/errors';
import { call } from '../../api/client';
import { useOutbox } from '../../stores/outbox';

export interface FieldChange {
  field: ListingEditField;
  /** The variation the field belongs to; null for the whole listing. */
  variationId: number | null;
  before: unknown;
  after: unknown;
}

export interface EntryView {
  entry: OutboxEntry;
  itemId: string | null;
  /** Each changed field, the listing's first, then each variation's (before → after). */
  changes: FieldChange[];
  listing: ListingRow | null;
}

export function describeEntry(entry: OutboxEntry, listings: ReadonlyMap<string, ListingRow>): EntryView {
  // Entries of either payload shape (one variation each, or several together) read the same way.
  const payload = readListingEdit(entry.payload);
  if (!payload) return { entry, itemId: null, changes: [], listing: null };
  const changes = editParts(payload).flatMap((part) =>
    LISTING_EDIT_FIELDS.filter((field) => part.changes[field] !== undefined).map((field) => ({ field, variationId: part.variationId, before: part.base[field], after: part.changes[field] })),
  );
  return { entry, itemId: payload.itemId, changes, listing: listings.get(payload.itemId) ?? null };
}

/** The item id an entry writes to ("item:MLA123" → "MLA123"). */
function itemOf(entry: OutboxEntry): string | null {
  const match = /^item:([A-Z]{3}\d+)$/.exec(entry.target);
  return match?.[1] ?? null;
}

/** The saved listings behind the entries (search matches ids), so each entry can name its listing. */
async function readListings(itemIds: readonly string[]): Promise<Map<string, ListingRow>> {
  const found = new Map<string, ListingRow>();
  const pages = await Promise.all(itemIds.map((id) => call('listings.query', { search: id, limit: 5 })));
  pages.forEach((page, index) => {
    const row = page.ok ? page.value.rows.find((candidate) => candidate.id === itemIds[index]) : undefined;
    if (row) found.set(row.id, row);
  });
  return found;
}

export interface OutboxList {
  views: EntryView[] | null;
  error: ApiError | null;
  reload(): void;
}

/** `userId`: the store chosen in the status bar; undefined for all. */
export function useOutboxEntries(includeFinished: boolean, userId: number | undefined): OutboxList {
  const version = useOutbox((state) => state.version);
  const [views, setViews] = useState<EntryView[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void (async () => {
      const result = await call('outbox.list', { ...(includeFinished ? {} : { state: [...OPEN_OUTBOX_STATES] }), ...(userId === undefined ? {} : { userId }) });
      if (!current) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      const ids = [...new Set(result.value.map(itemOf).filter((id): id is string => id !== null))];
      // Titles and prices are re-read with each change, so a confirmed value shows its new "before".
      const rows = await readListings(ids);
      if (!current) return;
      setViews(result.value.map((entry) => describeEntry(entry, rows)));
    })();
    return () => {
      current = false;
    };
  }, [includeFinished, userId, version, attempt]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { views, error, reload };
}
