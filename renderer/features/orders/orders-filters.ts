/**
 * What the seller chose on the Orders screen (status, shipping, dates, search, sort) and how it
 * becomes an `orders.query` for the store chosen in the status bar. Dates are typed as calendar days of the store (its site's time zone) in
 * the UI language's pattern ("23/11/2026", "11/23/2026") and sent as UTC instants: "from" is that
 * day's midnight where the store is, "to" the next day's (exclusive).
 */
import type { OrderSort, OrdersQuery } from '../../../shared/orders';
import type { z } from 'zod';

export interface OrdersFilters {
  status: string;
  shipping: string;
  from: string;
  to: string;
  search: string;
  sort: z.infer<typeof OrderSort>;
}

export const NO_FILTERS: OrdersFilters = { status: '', shipping: '', from: '', to: '', search: '', sort: 'date_desc' };

/** Minutes `timeZone` is ahead of UTC at `at` (this computer's zone when undefined). */
function zoneOffsetMinutes(at: number, timeZone: string | undefined): number {
  if (!timeZone) return -new Date(at).getTimezoneOffset();
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  return (Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - at) / 60_000;
}

/** `yyyy-mm-dd` → that day's midnight in `timeZone` (the store's; this computer's when undefined) as an ISO instant. */
export function localDayStart(day: string, plusDays = 0, timeZone?: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  if (Number.isNaN(wall)) return null;
  // The offset at the guessed instant, then once more at the corrected one (a day that starts a DST change).
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(guess, timeZone) * 60_000).toISOString();
}

export type DayField = 'day' | 'month' | 'year';

/** The order of day, month and year in `locale`'s short dates, and the mark between them. */
export function dayPattern(locale: string): { order: DayField[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(Date.UTC(2026, 10, 23, 12)));
  const order = parts.map((part) => part.type).filter((type): type is DayField => type === 'day' || type === 'month' || type === 'year');
  return { order, separator: parts.find((part) => part.type === 'literal')?.value ?? '/' };
}

/** A day typed in the UI's pattern ("23/11/2026") → `yyyy-mm-dd`; '' for empty, null when not a real day. */
export function parseDay(text: string, locale: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const numbers = trimmed.split(/[^\d]+/).filter(Boolean);
  const { order } = dayPattern(locale);
  if (numbers.length !== 3) return null;
  const value = (field: DayField) => Number(numbers[order.indexOf(field)]);
  const [year, month, day] = [value('year'), value('month'), value('day')];
  if (year < 2000 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** `yyyy-mm-dd` in the UI's pattern, for showing a chosen day back. */
export function showDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  const { order, separator } = dayPattern(locale);
  const values: Record<DayField, string> = { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
  return order.map((field) => values[field]).join(separator);
}

/** `accountId`: the one store asked for, undefined for all; `timeZone`: the store's, for the days. */
export function toQuery(filters: OrdersFilters, accountId?: number, timeZone?: string): Omit<OrdersQuery, 'offset' | 'limit'> {
  const query: Omit<OrdersQuery, 'offset' | 'limit'> = { sort: filters.sort };
  if (filters.status) query.statuses = [filters.status as NonNullable<OrdersQuery['statuses']>[number]];
  if (filters.shipping) query.shipping = [filters.shipping as NonNullable<OrdersQuery['shipping']>[number]];
  const from = localDayStart(filters.from, 0, timeZone);
  const to = localDayStart(filters.to, 1, timeZone);
  if (from) query.from = from;
  if (to) query.to = to;
  if (accountId !== undefined) query.accountIds = [accountId];
  const search = filters.search.trim();
  if (search) query.search = search.slice(0, 200);
  return query;
}

export function hasFilters(filters: OrdersFilters): boolean {
  return Boolean(filters.status || filters.shipping || filters.from || filters.to || filters.search.trim());
}

/** Clicking a column header: the first click sorts the natural way, the next flips it. */
export function nextSort(current: OrdersFilters['sort'], column: 'date' | 'total' | 'buyer'): OrdersFilters['sort'] {
  if (column === 'buyer') return current === 'buyer_asc' ? 'buyer_desc' : 'buyer_asc';
  if (column === 'date') return current === 'date_desc' ? 'date_asc' : 'date_desc';
  return current === 'total_desc' ? 'total_asc' : 'total_desc';
}

export function sortDirection(current: OrdersFilters['sort'], column: 'date' | 'total' | 'buyer'): 'ascending' | 'descending' | 'none' {
  if (!current.startsWith(column)) return 'none';
  return current.endsWith('asc') ? 'ascending' : 'descending';
}
