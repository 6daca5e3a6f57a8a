/** Sales: search by date watermark, one order (206 partial answers flagged), and the seller's notes. */
import { z } from 'zod';
import type { MeliClient } from '../client';
import { Order, OrderNote, OrderSearch, type Paging } from '../schemas';
import { parseAnswer, requireInput, seg } from './parse';

export const ORDER_SEARCH_LIMIT_MAX = 51;
export const ORDER_NOTE_MAX_CHARS = 300;

export interface OrderSearchQuery {
  sellerId: number;
  status?: string;
  /** ISO dates; Mercado Libre truncates them to the hour. */
  updatedFrom?: string;
  updatedTo?: string;
  sort?: 'date_asc' | 'date_desc';
  offset?: number;
  limit?: number;
}

export interface OrderSearchPage {
  orders: Order[];
  paging: Paging;
}

export interface OrderDetail {
  order: Order;
  /** True when Mercado Libre answered 206: some parts were left out and must be fetched again later. */
  partial: boolean;
  /** The parts it named in X-Content-Missing (e.g. "buyer"). */
  missing: string[];
}

// GET notes has been seen as [{order_id, results:[…]}]; accept that, a bare wrapper, or a bare list.
const NoteList = z.union([
  z.array(z.looseObject({ results: z.array(OrderNote) })).transform((groups) => groups.flatMap((group) => group.results)),
  z.looseObject({ results: z.array(OrderNote) }).transform((group) => group.results),
  z.array(OrderNote),
]);
// POST and PUT answer {note: {…}} or the note itself.
const NoteAnswer = z.union([z.looseObject({ note: OrderNote }).transform((wrapped) => wrapped.note), OrderNote]);

function checkNote(text: string): void {
  requireInput(text.trim() !== '' && text.length <= ORDER_NOTE_MAX_CHARS, `A note holds 1 to ${ORDER_NOTE_MAX_CHARS} characters.`, 'note');
}

export function ordersApi(client: MeliClient) {
  return {
    async search(userId: number, query: OrderSearchQuery): Promise<OrderSearchPage> {
      const limit = query.limit ?? ORDER_SEARCH_LIMIT_MAX;
      requireInput(limit >= 1 && limit <= ORDER_SEARCH_LIMIT_MAX, `Order search pages hold 1 to ${ORDER_SEARCH_LIMIT_MAX} results.`, 'limit');
      const call = { userId, method: 'GET', path: '/orders/search' } as const;
      const response = await client.request({
        ...call,
        query: {
          seller: query.sellerId,
          'order.status': query.status,
          'order.date_last_updated.from': query.updatedFrom,
          'order.date_last_updated.to': query.updatedTo,
          sort: query.sort ?? 'date_desc',
          offset: query.offset ?? 0,
          limit,
        },
      });
      const page = parseAnswer(OrderSearch, response, call);
      return { orders: page.results, paging: page.paging ?? {} };
    },

    async get(userId: number, orderId: number): Promise<OrderDetail> {
      const call = { userId, method: 'GET', path: `/orders/${seg(orderId)}` } as const;
      const response = await client.request(call);
      const missing = (response.headers['x-content-missing'] ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      return { order: parseAnswer(Order, response, call), partial: response.status === 206, missing };
    },

    async notes(userId: number, orderId: number): Promise<OrderNote[]> {
      const call = { userId, method: 'GET', path: `/orders/${seg(orderId)}/notes` } as const;
      return parseAnswer(NoteList, await client.request(call), call);
    },

    async addNote(userId: number, orderId: number, note: string): Promise<OrderNote> {
      checkNote(note);
      const call = { userId, method: 'POST', path: `/orders/${seg(orderId)}/notes` } as const;
      return parseAnswer(NoteAnswer, await client.request({ ...call, body: { note } }), call);
    },

    async updateNote(userId: number, orderId: number, noteId: string, note: string): Promise<OrderNote> {
      checkNote(note);
      const call = { userId, method: 'PUT', path: `/orders/${seg(orderId)}/notes/${seg(noteId)}` } as const;
      return parseAnswer(NoteAnswer, await client.request({ ...call, body: { note } }), call);
    },

    async deleteNote(userId: number, orderId: number, noteId: string): Promise<void> {
      await client.request({ userId, method: 'DELETE', path: `/orders/${seg(orderId)}/notes/${seg(noteId)}` });
    },
  };
}
