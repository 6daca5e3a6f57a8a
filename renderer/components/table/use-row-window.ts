/**
 * Rows of a long cached list, read in windows: a virtualized table asks for the index range it shows
 * and only the pages (of ~100 rows) covering it are fetched by offset. The total comes with every page.
 * A new `queryKey` (filters, search, sort) starts over; a new `version` (the sync brought data) re-reads
 * the pages already loaded while the old rows stay on screen, so nothing flickers.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/errors';

export interface RowPage<Row> {
  total: number;
  rows: Row[];
}

export type FetchPage<Row> = (offset: number, limit: number) => Promise<{ ok: true; value: RowPage<Row> } | { ok: false; error: ApiError }>;

export interface RowWindow<Row> {
  /** null until the first page answered. */
  total: number | null;
  rowAt(index: number): Row | undefined;
  /** Makes sure the rows from `start` to `end` (inclusive) are loaded or on their way. */
  ensureRange(start: number, end: number): void;
  error: ApiError | null;
}

interface WindowState<Row> {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, Row[]>;
  error: ApiError | null;
}

export function useRowWindow<Row>(fetchPage: FetchPage<Row>, queryKey: string, version: number, pageSize = 100): RowWindow<Row> {
  const [state, setState] = useState<WindowState<Row>>({ key: queryKey, total: null, pages: new Map(), error: null });
  const inFlight = useRef(new Set<string>());
  const latest = useRef({ fetchPage, queryKey, state });
  latest.current = { fetchPage, queryKey, state };

  const load = useCallback(
    (page: number, key: string) => {
      const flightKey = `${key}#${page}`;
      if (inFlight.current.has(flightKey)) return;
      inFlight.current.add(flightKey);
      void latest.current.fetchPage(page * pageSize, pageSize).then((result) => {
        inFlight.current.delete(flightKey);
        // An answer for filters the seller has already changed is dropped.
        if (latest.current.queryKey !== key) return;
        setState((current) => {
          if (current.key !== key) return current;
          if (!result.ok) return { ...current, error: result.error };
          const pages = new Map(current.pages);
          pages.set(page, result.value.rows);
          return { key, total: result.value.total, pages, error: null };
        });
      });
    },
    [pageSize],
  );

  // New filters: start over from the first page.
  useEffect(() => {
    setState({ key: queryKey, total: null, pages: new Map(), error: null });
    load(0, queryKey);
  }, [queryKey, load]);

  // New data in the cache: re-read what is loaded (the first page always, for the total).
  useEffect(() => {
    if (version === 0) return;
    const { state: current, queryKey: key } = latest.current;
    const pages = new Set([0, ...current.pages.keys()]);
    for (const page of pages) load(page, key);
  }, [version, load]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      const { state: current, queryKey: key } = latest.current;
      if (current.key !== key || current.total === null) return;
      const last = Math.min(end, current.total - 1);
      for (let page = Math.floor(Math.max(0, start) / pageSize); page * pageSize <= last; page += 1) {
        if (!current.pages.has(page)) load(page, key);
      }
    },
    [load, pageSize],
  );

  const current = state.key === queryKey ? state : { total: null, pages: new Map<number, Row[]>(), error: null };
  return {
    total: current.total,
    rowAt: (index) => current.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    ensureRange,
    error: current.error,
  };
}
