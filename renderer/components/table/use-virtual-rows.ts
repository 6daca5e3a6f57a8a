/**
 * The part every data table shares: a virtualizer over `total` rows in a scroll container, asking the
 * row window for the rows in view (plus overscan) as the seller scrolls, and scrolling back to the top
 * when the query changes (`resetKey`).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { RowWindow } from './use-row-window';

export function useVirtualRows<Row>(options: { rows: RowWindow<Row>; total: number; rowHeight: number; overscan: number; resetKey: string; onReset?: () => void }) {
  const { rows, total, rowHeight, overscan, resetKey, onReset } = options;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
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
