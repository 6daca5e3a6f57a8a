/** Orders from the local cache: the Orders screen's windows and one order in full. */
import type { Database } from 'better-sqlite3';
import type { AppModule } from '../core/module';
import { orderDetail } from './order-detail';
import { queryOrders } from './orders-query';

export function createOrdersModule(deps: { db: Database }): AppModule {
  return {
    name: 'orders',
    handlers: {
      'orders.query': (query) => queryOrders(deps.db, query),
      'orders.get': ({ id }) => orderDetail(deps.db, id),
    },
  };
}
