/** Orders from the local cache: the Orders screen's windows and one order in full; `orders.new` when a sync brings orders in. */
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';
import { createNewOrderWatch } from './new-orders';
import { orderDetail } from './order-detail';
import { queryOrders } from './orders-query';

export function createOrdersModule(deps: { db: Database; events: EventBus }): AppModule {
  const watch = createNewOrderWatch(deps.db, (found) => deps.events.emit('orders.new', found));
  return {
    name: 'orders',
    handlers: {
      'orders.query': (query) => queryOrders(deps.db, query),
      'orders.get': ({ id }) => orderDetail(deps.db, id),
    },
    on: {
      'cache.changed': (change) => {
        if (change.entities.includes('orders') && change.scope !== 'shipping') watch.changed(change.userId);
      },
      // Sent when an account's sync ends: what it found is announced once (another account still
      // syncing keeps its finds until its own sync ends).
      'sync.status': (status) => watch.flush(status.accounts.filter((account) => account.state !== 'running').map((account) => account.userId)),
    },
    start: () => watch.seed(),
  };
}
