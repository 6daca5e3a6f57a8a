/**
 * The bulk bar's logic: the selection (rows checked, a Shift range, every match of the filter), the
 * change read from what the seller typed in the store's money, and the words of a finished batch.
 */
import { describe, expect, it } from 'vitest';
import { batchRunning, batchSummary, bulkChangeOf, isSelected, NO_SELECTION, selectedCount, toggleRows } from '../../renderer/features/listings/bulk-form';
import { siteMoney } from '../../renderer/features/listings/site-money';

const ars = siteMoney('MLA');
const usd = siteMoney('MLM');

describe('selection', () => {
  it('checks and unchecks rows, a range at once, and counts every match of the filter', () => {
    const some = toggleRows(NO_SELECTION, ['MLA1', 'MLA2', 'MLA3'], true);
    expect(selectedCount(some, 60)).toBe(3);
    const fewer = toggleRows(some, ['MLA2'], false);
    expect(isSelected(fewer, 'MLA2')).toBe(false);
    expect(isSelected(fewer, 'MLA3')).toBe(true);
    expect(selectedCount(fewer, 60)).toBe(2);
    expect(selectedCount({ kind: 'query' }, 60)).toBe(60);
    expect(isSelected({ kind: 'query' }, 'MLA9')).toBe(true);
    // Unchecking from "every match" leaves only what is checked by hand afterwards.
    expect(selectedCount(toggleRows({ kind: 'query' }, ['MLA1'], false), 60)).toBe(0);
    expect(some.kind === 'ids' && some.ids.size).toBe(3);
  });
});

describe('bulkChangeOf', () => {
  it('reads percentages, prices and units the way the site writes them', () => {
    expect(bulkChangeOf('price_up', '10', ars)).toEqual({ kind: 'price_percent', percent: 10 });
    expect(bulkChangeOf('price_up', '12,5 %', ars)).toEqual({ kind: 'price_percent', percent: 12.5 });
    expect(bulkChangeOf('price_down', '15', ars)).toEqual({ kind: 'price_percent', percent: -15 });
    expect(bulkChangeOf('price_set', '12.500,50', ars)).toEqual({ kind: 'price_set', price: 12500.5 });
    expect(bulkChangeOf('price_set', '12,500.50', usd)).toEqual({ kind: 'price_set', price: 12500.5 });
    expect(bulkChangeOf('stock_set', '0', ars)).toEqual({ kind: 'stock_set', quantity: 0 });
    expect(bulkChangeOf('stock_add', '-3', ars)).toEqual({ kind: 'stock_add', delta: -3 });
    expect(bulkChangeOf('stock_add', '+5', ars)).toEqual({ kind: 'stock_add', delta: 5 });
    expect(bulkChangeOf('pause', '', ars)).toEqual({ kind: 'status', status: 'paused' });
    expect(bulkChangeOf('activate', 'ignored', ars)).toEqual({ kind: 'status', status: 'active' });
  });

  it('refuses what Mercado Libre or the backend would refuse, before any preview', () => {
    for (const [action, text] of [
      ['price_up', ''],
      ['price_up', '0'],
      ['price_up', '501'],
      ['price_down', '91'],
      ['price_set', '0'],
      ['price_set', 'abc'],
      ['stock_set', '-1'],
      ['stock_set', '2,5'],
      ['stock_add', '0'],
      ['stock_add', '2000000'],
    ] as const) {
      expect(bulkChangeOf(action, text, ars), `${action} ${text}`).toBeNull();
    }
  });
});

describe('batch summary', () => {
  const status = { batchId: 'b', total: 50, pending: 0, done: 45, failed: 2, conflict: 1, discarded: 2 };
  it('counts conflicts as failed and says how many were stopped', () => {
    expect(batchSummary(status, 3)).toEqual({ changed: 45, leftOut: 3, failed: 3, cancelled: 2 });
  });
  it('runs while anything is pending, or before the first status arrives', () => {
    expect(batchRunning(null)).toBe(true);
    expect(batchRunning({ ...status, pending: 1 })).toBe(true);
    expect(batchRunning(status)).toBe(false);
  });
});
