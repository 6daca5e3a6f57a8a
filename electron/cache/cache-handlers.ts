/** The read side of the local cache: what the Orders, Listings and Questions screens ask for. */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../core/registry';
import { listingDescription } from '../listings/descriptions';
import { queryListings } from '../listings/listings-query';
import type { MeliApi } from '../meli/endpoints';
import { orderDetail } from '../orders/order-detail';
import { queryOrders } from '../orders/orders-query';
import { queryQuestions } from '../questions/questions-query';

export type CacheHandlers = Pick<Handlers, 'orders.query' | 'orders.get' | 'listings.query' | 'listings.description' | 'questions.query'>;

export function createCacheHandlers(db: Database, api: () => MeliApi): CacheHandlers {
  return {
    'listings.description': ({ itemId }) => listingDescription(db, api(), itemId),
    'orders.query': (query) => queryOrders(db, query),
    'orders.get': ({ id }) => orderDetail(db, id),
    'listings.query': (query) => queryListings(db, query),
    'questions.query': (query) => queryQuestions(db, query),
  };
}
