/** How the Orders filters become a query: local calendar days to UTC instants, sort toggling. */
import { describe, expect, it } from 'vitest';
import { localDayStart, nextSort, NO_FILTERS, sortDirection, toQuery } from '../../renderer/features/orders/orders-filters';

describe('orders-filters', () => {
  it('turns picked days into local midnights, "to" being the next day (exclusive)', () => {
    expect(localDayStart('2026-03-05')).toBe(new Date(2026, 2, 5).toISOString());
    expect(localDayStart('2026-03-05', 1)).toBe(new Date(2026, 2, 6).toISOString());
    expect(localDayStart('')).toBeNull();
    const query = toQuery({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-31', shipping: 'label_ready', search: '  mochila ' });
    expect(query).toEqual({ sort: 'date_desc', shipping: ['label_ready'], from: new Date(2026, 2, 1).toISOString(), to: new Date(2026, 3, 1).toISOString(), search: 'mochila' });
  });

  it('sorts a column the natural way first, then flips it', () => {
    expect(nextSort('date_desc', 'date')).toBe('date_asc');
    expect(nextSort('date_asc', 'total')).toBe('total_desc');
    expect(nextSort('total_desc', 'total')).toBe('total_asc');
    expect(sortDirection('total_asc', 'total')).toBe('ascending');
    expect(sortDirection('total_asc', 'date')).toBe('none');
  });
});
