/**
 * The part every data table shares: a virtualizer over `total` rows in a scroll container, asking the
 * row window for the rows in view (plus overscan) as the seller scrolls, and scrolling back to the top
 * when the query changes (`resetKey`). `rowHeight` is the estimate before a row is measured; it may
 * depend on the row (a heading, a question with an answer).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { RowWindow } from './use-row-window';

export interface VirtualRowsOptions {
  rows: Pick<RowWindow<unknown>, 'ensureRange'>;
  total: number;
  rowHeight: number | ((index: number) => number);
  overscan: number;
  resetKey: string;
  onReset?: () => void;
}

export function useVirtualRows({ rows, total, rowHeight, overscan, resetKey, onReset }: VirtualRowsOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: typeof rowHeight === 'number' ? () => rowHeight : rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    rows.ensureRange(first, last);
  }, [rows, first, last]);

  // A new filter, search or sort starts at the top, not at the old scroll position.
  const reset = useRef(onReset);
  reset.current = onReset;
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    reset.current?.();
  }, [resetKey]);

  return { scroller, virtualizer, items };
}
