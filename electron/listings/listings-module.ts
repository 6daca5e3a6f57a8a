/** Listings from the local cache, and their descriptions (read from Mercado Libre when opened). */
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';
import type { MeliApi } from '../meli/endpoints';
import { listingDescription } from './descriptions';
import { queryListings } from './listings-query';

export function createListingsModule(deps: { db: Database; api: () => MeliApi; events: EventBus }): AppModule {
  return {
    name: 'listings',
    handlers: {
      'listings.query': (query) => queryListings(deps.db, query),
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
