/** Orders from the local cache: the filtered, sorted window the Orders screen shows, and one order in full. */
import { z } from 'zod';
import { OrderDetail, OrdersPage, OrdersQuery } from '../orders';
import type { MethodSpec } from './define';

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

export const ordersEvents = {} as const;
