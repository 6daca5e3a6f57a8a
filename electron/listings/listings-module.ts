/** Listings: the cached rows with their queued edits, descriptions (read when opened), and edits through the outbox. */
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';
import type { MeliApi } from '../meli/endpoints';
import type { OutboxModule } from '../outbox/outbox-module';
import { listingDescription } from './descriptions';
import { createBulkEdits } from './bulk-edits';
import { createListingEdits } from './listing-edits';
import { listingDetail } from './listing-detail';
import { createListingFees } from './listing-fees';
import { queryListings } from './listings-query';

export interface ListingsModuleDeps {
  db: Database;
  api: () => MeliApi;
  events: EventBus;
  outbox: OutboxModule;
}

export function createListingsModule(deps: ListingsModuleDeps): AppModule {
  const edits = createListingEdits(deps);
  const bulk = createBulkEdits({ db: deps.db, outbox: deps.outbox, edits });
  const fees = createListingFees(deps);
  return {
    name: 'listings',
    handlers: {
      'listings.query': (query) => {
        const page = queryListings(deps.db, query);
        const pending = edits.pendingFor(page.rows.map((row) => row.id));
        return { ...page, rows: page.rows.map((row) => ({ ...row, pending: pending.get(row.id) ?? [] })) };
      },
      'listings.detail': ({ itemId }) => listingDetail(deps.db, itemId),
      'listings.edit': (input) => edits.edit(input),
      'listings.bulk.preview': (input) => bulk.preview(input),
      'listings.bulk.apply': ({ previewId }) => bulk.apply(previewId),
      'listings.bulk.status': ({ batchId }) => bulk.status(batchId),
      'listings.bulk.cancel': ({ batchId }) => bulk.cancel(batchId),
      'listings.bulk.undo': ({ batchId }) => bulk.undo(batchId),
      'listings.fees': ({ itemId, price }) => fees(itemId, price),
      'listings.description': async ({ itemId }) => {
        const description = await listingDescription(deps.db, deps.api(), itemId);
        if (!description.fromCache) {
          const userId = deps.db.prepare('SELECT user_id FROM items WHERE id = ?').pluck().get(itemId);
          if (typeof userId === 'number') deps.events.emit('cache.changed', { userId, entities: ['descriptions'] });
        }
        return description;
      },
    },
  };
}
