/** How the Orders filters become a query: local calendar days to UTC instants, sort toggling. */
import { describe, expect, it } from 'vitest';
import { localDayStart, nextSort, parseDay, showDay, NO_FILTERS, sortDirection, toQuery } from '../../renderer/features/orders/orders-filters';

describe('orders-filters', () => {
  it('turns picked days into local midnights, "to" being the next day (exclusive)', () => {
    expect(localDayStart('2026-03-05')).toBe(new Date(2026, 2, 5).toISOString());
    expect(localDayStart('2026-03-05', 1)).toBe(new Date(2026, 2, 6).toISOString());
    expect(localDayStart('')).toBeNull();
    const query = toQuery({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-31', shipping: 'label_ready', search: '  mochila ' });
    expect(query).toEqual({ sort: 'date_desc', shipping: ['label_ready'], from: new Date(2026, 2, 1).toISOString(), to: new Date(2026, 3, 1).toISOString(), search: 'mochila' });
  });

  it("starts a day at the store's midnight, whatever this computer's zone", () => {
    expect(localDayStart('2026-03-05', 0, 'America/Argentina/Buenos_Aires')).toBe('2026-03-05T03:00:00.000Z');
    expect(localDayStart('2026-03-05', 1, 'America/Mexico_City')).toBe('2026-03-06T06:00:00.000Z');
    // São Paulo has had no daylight saving since 2019; Santiago changes clocks in April and September.
    expect(localDayStart('2026-01-10', 0, 'America/Sao_Paulo')).toBe('2026-01-10T03:00:00.000Z');
    expect(localDayStart('2026-01-10', 0, 'America/Santiago')).toBe('2026-01-10T03:00:00.000Z');
    expect(localDayStart('2026-07-10', 0, 'America/Santiago')).toBe('2026-07-10T04:00:00.000Z');
  });

  it('reads a day typed in the UI pattern and refuses days that do not exist', () => {
    expect(parseDay('23/11/2026', 'es-AR')).toBe('2026-11-23');
    expect(parseDay('5/3/2026', 'pt-BR')).toBe('2026-03-05');
    expect(parseDay('11/23/2026', 'en')).toBe('2026-11-23');
    expect(parseDay('23/11/2026', 'en')).toBeNull();
    expect(parseDay('31/02/2026', 'es-AR')).toBeNull();
    expect(parseDay('23/11', 'es-AR')).toBeNull();
    expect(parseDay('  ', 'es-AR')).toBe('');
    expect(showDay('2026-11-23', 'es-AR')).toBe('23/11/2026');
    expect(showDay('2026-11-23', 'en')).toBe('11/23/2026');
  });

  it('sorts a column the natural way first, then flips it', () => {
    expect(nextSort('date_desc', 'date')).toBe('date_asc');
    expect(nextSort('date_asc', 'total')).toBe('total_desc');
    expect(nextSort('total_desc', 'total')).toBe('total_asc');
    expect(sortDirection('total_asc', 'total')).toBe('ascending');
    expect(sortDirection('total_asc', 'date')).toBe('none');
  });
});
