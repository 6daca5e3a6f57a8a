// Which table columns fit a box: the lowest priority gives way first, a column with `stackUnder` moves
// under its host instead of disappearing, and priority 1 columns always stay.
import { describe, expect, it } from 'vitest';
import { fitColumns, type ColumnDef } from '../../renderer/components/table/column-fit';

type Id = 'date' | 'buyer' | 'items' | 'status' | 'shipping';
const COLUMNS: ColumnDef<Id>[] = [
  { id: 'date', track: '80px', minWidth: 80, priority: 1 },
  { id: 'buyer', track: 'minmax(100px, 1fr)', minWidth: 100, priority: 2 },
  { id: 'items', track: 'minmax(120px, 1fr)', minWidth: 120, priority: 4 },
  { id: 'status', track: '110px', minWidth: 110, priority: 3, stackUnder: 'shipping' },
  { id: 'shipping', track: '140px', minWidth: 140, priority: 1 },
];
const SPACING = { gap: 10, padding: 20 };
// Everything: 550 of columns + 4 gaps + padding = 610.

describe('fitColumns', () => {
  it('shows every column when they fit, or before the box is measured', () => {
    for (const width of [610, 2000, 0]) {
      const fit = fitColumns(COLUMNS, width, SPACING);
      expect(fit.template).toBe('80px minmax(100px, 1fr) minmax(120px, 1fr) 110px 140px');
      expect(fit.hidden).toEqual([]);
      expect(fit.stacked).toBe(false);
      expect(fit.place('status')).toEqual({ column: 4, line: 'full' });
    }
  });

  it('leaves out the lowest priority first and names it', () => {
    const fit = fitColumns(COLUMNS, 609, SPACING);
    expect(fit.hidden).toEqual(['items']);
    expect(fit.place('items')).toBeNull();
    expect(fit.template).toBe('80px minmax(100px, 1fr) 110px 140px');
  });

  it('stacks a column under its host rather than dropping it', () => {
    const fit = fitColumns(COLUMNS, 480, SPACING); // 430 + 3 gaps + 20 = 480 without items; status must go too
    expect(fit.hidden).toEqual(['items']);
    expect(fit.template).toBe('80px minmax(100px, 1fr) 110px 140px');
    const tighter = fitColumns(COLUMNS, 479, SPACING);
    expect(tighter.stacked).toBe(true);
    expect(tighter.hidden).toEqual(['items']);
    expect(tighter.template).toBe('80px minmax(100px, 1fr) 140px');
    expect(tighter.place('shipping')).toEqual({ column: 3, line: 'top' });
    expect(tighter.place('status')).toEqual({ column: 3, line: 'bottom' });
    expect(tighter.place('date')).toEqual({ column: 1, line: 'full' });
  });

  it('never drops a priority 1 column, however narrow', () => {
    const fit = fitColumns(COLUMNS, 100, SPACING);
    expect(fit.template).toBe('80px 140px');
    expect(fit.hidden).toEqual(['buyer', 'items']);
    expect(fit.place('status')).toEqual({ column: 2, line: 'bottom' });
  });
});
