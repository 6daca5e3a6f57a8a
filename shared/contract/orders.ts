/** Orders from the local cache: the filtered, sorted window the Orders screen shows, and one order in full. */
import { z } from 'zod';
import { NewOrders, OrderDetail, OrderNotesRefresh, OrderNotesRefreshInput, OrdersPage, OrdersQuery } from '../orders';
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
  'orders.notes.refresh': {
    summary:
      "Read the seller's notes on these cached orders from Mercado Libre (kept for offline use; orders read in the last 5 minutes are not asked again). Orders that could not be read keep their notes and are listed with the reason. orders.get then shows them; packing slips print them.",
    input: OrderNotesRefreshInput,
    output: OrderNotesRefresh,
  },
} as const satisfies Record<string, MethodSpec>;

export const ordersEvents = {
  'orders.new': {
    summary:
      "A sync found orders created since the newest one saved (not during an account's first sync): which account, how many, and the first ten, oldest first. Sent once when the sync ends.",
    payload: NewOrders,
  },
} as const satisfies Record<string, EventSpec>;
