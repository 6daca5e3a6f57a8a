/**
 * Rows of a long cached list, read in windows: a virtualized table asks for the index range it shows
 * and only the pages (of ~100 rows) covering it are fetched by offset. The total comes with every page.
 * A new `queryKey` (filters, search, sort) starts over; a new `version` (the sync brought data) re-reads
 * the pages already loaded while the old rows stay on screen, so nothing flickers. After a failed read
 * `retry()` asks again for what is loaded and what the table last wanted to show.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/errors';

export interface RowPage<Row> {
  total: number;
  rows: Row[];
}

export type FetchPage<Page> = (offset: number, limit: number) => Promise<{ ok: true; value: Page } | { ok: false; error: ApiError }>;

export interface RowWindow<Row, Page extends RowPage<Row> = RowPage<Row>> {
  /** The query this window reads (changes whenever filters, search or sort do). */
  key: string;
  /** null until the first page answered. */
  total: number | null;
  /** The total of the query before this one, while this one's first page is on its way (else null). */
  previousTotal: number | null;
  /** The latest page's answer, for what a method sends beside the rows (e.g. how many are unanswered). */
  latest: Page | null;
  rowAt(index: number): Row | undefined;
  /** Makes sure the rows from `start` to `end` (inclusive) are loaded or on their way. */
  ensureRange(start: number, end: number): void;
  error: ApiError | null;
  retry(): void;
}

interface WindowState<Row, Page> {
  key: string;
  total: number | null;
  previousTotal: number | null;
  latest: Page | null;
  pages: ReadonlyMap<number, Row[]>;
  error: ApiError | null;
}

function emptyState<Row, Page>(key: string, before?: WindowState<Row, Page>): WindowState<Row, Page> {
  return { key, total: null, previousTotal: before ? (before.total ?? before.previousTotal) : null, latest: null, pages: new Map(), error: null };
}

export function useRowWindow<Row, Page extends RowPage<Row> = RowPage<Row>>(
  fetchPage: FetchPage<Page>,
  queryKey: string,
  version: number,
  pageSize = 100,
): RowWindow<Row, Page> {
  const [state, setState] = useState<WindowState<Row, Page>>(() => emptyState(queryKey));
  const inFlight = useRef(new Set<string>());
  const wanted = useRef({ start: 0, end: 0 });
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
          return { key, total: result.value.total, previousTotal: null, latest: result.value, pages, error: null };
        });
      });
    },
    [pageSize],
  );

  const ensureRange = useCallback(
    (start: number, end: number) => {
      wanted.current = { start, end };
      const { state: current, queryKey: key } = latest.current;
      if (current.key !== key || current.total === null) return;
      const last = Math.min(end, current.total - 1);
      for (let page = Math.floor(Math.max(0, start) / pageSize); page * pageSize <= last; page += 1) {
        if (!current.pages.has(page)) load(page, key);
      }
    },
    [load, pageSize],
  );

  /** Re-reads the loaded pages (the first one always, for the total). */
  const reload = useCallback(() => {
    const { state: current, queryKey: key } = latest.current;
    for (const page of new Set([0, ...current.pages.keys()])) load(page, key);
  }, [load]);

  // New filters: start over from the first page.
  useEffect(() => {
    setState((before) => emptyState(queryKey, before));
    load(0, queryKey);
  }, [queryKey, load]);

  // New data in the cache.
  useEffect(() => {
    if (version !== 0) reload();
  }, [version, reload]);

  const retry = useCallback(() => {
    reload();
    ensureRange(wanted.current.start, wanted.current.end);
  }, [reload, ensureRange]);

  const current = state.key === queryKey ? state : emptyState<Row, Page>(queryKey, state);
  return {
    key: queryKey,
    total: current.total,
    previousTotal: current.previousTotal,
    latest: current.latest,
    rowAt: (index) => current.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    ensureRange,
    error: current.error,
    retry,
  };
}
