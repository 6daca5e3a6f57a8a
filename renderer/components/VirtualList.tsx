/**
 * A list of any length that keeps only the items in view (plus a few) in the DOM: a scroll box holding
 * a <ul> as tall as every item, each <li> placed where it belongs and measured once drawn, so items may
 * differ in height. For lists a seller must be able to read whole (a plan's thousands of changes).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  /** Height of an item before it is measured. */
  estimate: number;
  renderItem(item: T, index: number): ReactNode;
  /** Attributes of each item's <li> (class, test id, data-*). */
  itemProps?(item: T): HTMLAttributes<HTMLLIElement> & Record<`data-${string}`, string>;
  label: string;
  /** The scroll box's class (its height comes from here) and the list's. */
  className: string;
  listClassName?: string;
  testId?: string;
  /** A new value scrolls back to the top. */
  resetKey?: string;
  overscan?: number;
}

export function VirtualList<T>({ items, itemKey, estimate, renderItem, itemProps, label, className, listClassName, testId, resetKey, overscan = 8 }: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    getItemKey: (index) => (items[index] === undefined ? index : itemKey(items[index])),
    overscan,
  });
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [resetKey]);
  return (
    // The scroll box takes focus so the keyboard can scroll it.
    <div ref={scroller} className={className} tabIndex={0} role="region" aria-label={label} data-testid={testId}>
      <ul className={listClassName} aria-label={label} style={{ position: 'relative', height: virtualizer.getTotalSize(), margin: 0, padding: 0, listStyle: 'none' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={row.key}
              {...itemProps?.(item)}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item, row.index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
