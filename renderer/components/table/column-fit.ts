/**
 * Which columns of a data table fit the box it is drawn in. Each column has a grid track, the least
 * width it needs and a priority (1 = never left out). When the box is too narrow, the columns of the
 * lowest priority give way first: one that names a `stackUnder` column moves into that column's cell
 * (one above the other), any other is left out — so the important columns (the order's shipping, where
 * "label ready" shows) stay in view instead of sliding past the box's edge.
 */

export interface ColumnDef<Id extends string = string> {
  id: Id;
  /** The grid track while there is room, e.g. `minmax(110px, 1fr)` or `124px`. */
  track: string;
  /** The least width (px) the column's content needs. */
  minWidth: number;
  /** 1 is always shown; higher numbers give way first. */
  priority: number;
  /** When it must give way, shown under this column's content instead of being left out. */
  stackUnder?: Id;
}

export interface ColumnFit<Id extends string = string> {
  /** The grid-template-columns of every row. */
  template: string;
  /** True when some column is stacked: rows then have two lines. */
  stacked: boolean;
  /** Columns left out (for the "hidden columns" hint), in table order. */
  hidden: Id[];
  /** Where a column's cell goes, or null when it is left out. */
  place(id: Id): CellPlace | null;
}

export interface CellPlace {
  /** 1-based grid column. */
  column: number;
  /** 'full' spans both lines of a stacked row; 'top'/'bottom' share a column. */
  line: 'full' | 'top' | 'bottom';
}

export interface FitSpacing {
  /** Gap between columns (px). */
  gap: number;
  /** Left plus right padding of a row (px). */
  padding: number;
}

function neededWidth(columns: readonly ColumnDef[], shown: ReadonlySet<string>, spacing: FitSpacing): number {
  const tracks = columns.filter((column) => shown.has(column.id));
  return tracks.reduce((sum, column) => sum + column.minWidth, 0) + Math.max(0, tracks.length - 1) * spacing.gap + spacing.padding;
}

/** The columns that fit `width` px (0 or less: not measured yet, everything is shown). */
export function fitColumns<Id extends string>(columns: readonly ColumnDef<Id>[], width: number, spacing: FitSpacing): ColumnFit<Id> {
  const shown = new Set<Id>(columns.map((column) => column.id));
  const stackedInto = new Map<Id, Id>();
  const yielding = columns
    .filter((column) => column.priority > 1)
    .sort((a, b) => b.priority - a.priority || columns.indexOf(b) - columns.indexOf(a));
  for (const column of yielding) {
    if (width <= 0 || neededWidth(columns, shown, spacing) <= width) break;
    shown.delete(column.id);
    const host = column.stackUnder;
    if (host && shown.has(host) && !stackedInto.has(host)) stackedInto.set(host, column.id);
  }
  const tracks = columns.filter((column) => shown.has(column.id));
  const stacked = stackedInto.size > 0;
  const guests = new Map([...stackedInto].map(([host, guest]) => [guest, host]));
  return {
    template: tracks.map((column) => column.track).join(' '),
    stacked,
    hidden: columns.filter((column) => !shown.has(column.id) && !guests.has(column.id)).map((column) => column.id),
    place(id) {
      const host = guests.get(id);
      if (host) return { column: tracks.findIndex((column) => column.id === host) + 1, line: 'bottom' };
      const index = tracks.findIndex((column) => column.id === id);
      if (index < 0) return null;
      return { column: index + 1, line: stackedInto.has(id) ? 'top' : 'full' };
    },
  };
}
