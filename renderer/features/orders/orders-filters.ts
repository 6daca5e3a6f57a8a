/**
 * What the seller chose on the Orders screen (status, shipping, dates, search, sort) and how it becomes
 * an `orders.query` for the store chosen in the status bar. Dates are picked as calendar days in the seller's time zone and sent
 * as UTC instants: "from" is that day's local midnight, "to" the next day's (exclusive).
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

/** `yyyy-mm-dd` (an <input type="date"> value) → that local day's midnight as an ISO instant. */
export function localDayStart(day: string, plusDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `accountId`: the one store asked for; undefined for all. */
export function toQuery(filters: OrdersFilters, accountId?: number): Omit<OrdersQuery, 'offset' | 'limit'> {
  const query: Omit<OrdersQuery, 'offset' | 'limit'> = { sort: filters.sort };
  if (filters.status) query.statuses = [filters.status as NonNullable<OrdersQuery['statuses']>[number]];
  if (filters.shipping) query.shipping = [filters.shipping as NonNullable<OrdersQuery['shipping']>[number]];
  const from = localDayStart(filters.from);
  const to = localDayStart(filters.to, 1);
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
  if (column === 'buyer') return 'buyer_asc';
  if (column === 'date') return current === 'date_desc' ? 'date_asc' : 'date_desc';
  return current === 'total_desc' ? 'total_asc' : 'total_desc';
}

export function sortDirection(current: OrdersFilters['sort'], column: 'date' | 'total' | 'buyer'): 'ascending' | 'descending' | 'none' {
  if (!current.startsWith(column)) return 'none';
  return current.endsWith('asc') ? 'ascending' : 'descending';
}
