/**
 * The column fit of a data table, measured: watches the width of the table's scroll box and answers,
 * per column, the grid placement of its cells (or null when it is left out at this width).
 */
import { useEffect, useMemo, useState, type CSSProperties, type RefObject } from 'react';
import { fitColumns, type CellPlace, type ColumnDef, type ColumnFit, type FitSpacing } from './column-fit';

export interface TableColumns<Id extends string> {
  fit: ColumnFit<Id>;
  /** The row's grid (set on every row, head included). */
  rowStyle: CSSProperties;
  /** Where a cell goes; null: do not draw it. */
  cellStyle(id: Id): CSSProperties | null;
}

const ROW_OF_LINE: Record<CellPlace['line'], string> = { full: '1 / span 2', top: '1', bottom: '2' };

export function useColumnFit<Id extends string>(box: RefObject<HTMLElement | null>, columns: readonly ColumnDef<Id>[], spacing: FitSpacing): TableColumns<Id> {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);

  const { gap, padding } = spacing;
  return useMemo(() => {
    const fit = fitColumns(columns, width, { gap, padding });
    return {
      fit,
      rowStyle: { gridTemplateColumns: fit.template, gridTemplateRows: fit.stacked ? 'auto auto' : undefined },
      cellStyle(id: Id) {
        const place = fit.place(id);
        if (!place) return null;
        return { gridColumn: place.column, gridRow: fit.stacked ? ROW_OF_LINE[place.line] : undefined, alignSelf: place.line === 'top' ? 'end' : place.line === 'bottom' ? 'start' : undefined };
      },
    };
  }, [columns, width, gap, padding]);
}
