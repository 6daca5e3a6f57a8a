/** The read side of the local cache: what the Orders, Listings and Questions screens ask for. */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../core/registry';
import { queryListings } from '../listings/listings-query';
import { orderDetail } from '../orders/order-detail';
import { queryOrders } from '../orders/orders-query';
import { queryQuestions } from '../questions/questions-query';

export type CacheHandlers = Pick<Handlers, 'orders.query' | 'orders.get' | 'listings.query' | 'questions.query'>;

export function createCacheHandlers(db: Database): CacheHandlers {
  return {
    'orders.query': (query) => queryOrders(db, query),
    'orders.get': ({ id }) => orderDetail(db, id),
    'listings.query': (query) => queryListings(db, query),
    'questions.query': (query) => queryQuestions(db, query),
  };
}
