/** Orders from the local cache: the filtered, sorted window the Orders screen shows, and one order in full. */
import { z } from 'zod';
import { NewOrders, OrderDetail, OrdersPage, OrdersQuery } from '../orders';
import type { EventSpec, MethodSpec } from './define';

export const ordersMethods = {
  'orders.query': {
    summary: 'Cached orders: filter by account, status, shipping (including "label ready to print") and date; search; sort; a window of rows.',
    input: OrdersQuery,
    output: OrdersPage,
  },
  'orders.get': {
    summary: 'One cached order in full: lines, pack, and the order and shipment as received.',
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: OrderDetail,
  },
} as const satisfies Record<string, MethodSpec>;

export const ordersEvents = {
  'orders.new': {
    summary:
      "A sync found orders created since the newest one saved (not during an account's first sync): which account, how many, and the first ten, oldest first. Sent once when the sync ends.",
    payload: NewOrders,
  },
} as const satisfies Record<string, EventSpec>;
