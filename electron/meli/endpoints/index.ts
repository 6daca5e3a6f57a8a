/** Every Mercado Libre endpoint the app calls, grouped by what the seller works on. */
import type { MeliClient } from '../client';
import { catalogApi } from './catalog';
import { itemsApi } from './items';
import { messagesApi } from './messages';
import { ordersApi } from './orders';
import { questionsApi } from './questions';
import { shipmentsApi } from './shipments';
import { usersApi } from './users';

function endpoints(client: MeliClient) {
  return {
    users: usersApi(client),
    items: itemsApi(client),
    catalog: catalogApi(client),
    orders: ordersApi(client),
    questions: questionsApi(client),
    shipments: shipmentsApi(client),
    messages: messagesApi(client),
  };
}
export type MeliEndpoints = ReturnType<typeof endpoints>;

export interface MeliApi extends MeliEndpoints {
  /** The same endpoints queued behind the seller's own calls, for sync pages (same budget and cap). */
  background: MeliEndpoints;
}

/** Calls default to interactive priority: whatever the seller asked for goes ahead of the sync. */
export function createMeliApi(client: MeliClient): MeliApi {
  return { ...endpoints(client), background: endpoints(client.withPriority('background')) };
}
