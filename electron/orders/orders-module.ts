/** Orders from the local cache: the Orders screen's windows and one order in full, the seller's notes read on demand; `orders.new` when a sync brings orders in. */
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';
import { createNewOrderWatch } from './new-orders';
import { orderDetail } from './order-detail';
import type { OrderNotes } from './order-notes';
import { queryOrders } from './orders-query';

export function createOrdersModule(deps: { db: Database; events: EventBus; notes: OrderNotes }): AppModule {
  const watch = createNewOrderWatch(deps.db, (found) => deps.events.emit('orders.new', found));
  return {
    name: 'orders',
    handlers: {
      'orders.query': (query) => queryOrders(deps.db, query),
      'orders.get': ({ id }) => orderDetail(deps.db, id),
      'orders.notes.refresh': ({ orderIds, force }) => deps.notes.refresh(orderIds, force === true ? 0 : undefined),
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
