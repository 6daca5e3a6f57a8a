/** Every Mercado Libre endpoint the app calls, grouped by what the seller works on. */
import type { MeliClient } from '../client';
import { catalogApi } from './catalog';
import { itemsApi, type MultigetMemory } from './items';
import { messagesApi } from './messages';
import { ordersApi } from './orders';
import { questionsApi } from './questions';
import { shipmentsApi } from './shipments';
import { usersApi } from './users';

function endpoints(client: MeliClient, multiget: MultigetMemory) {
  return {
    users: usersApi(client),
    items: itemsApi(client, multiget),
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
  /** Whether Mercado Libre answers at all, soon (outside the budget; see MeliClient.reachable). */
  reachable(timeoutMs?: number): Promise<boolean>;
}

/** Calls default to interactive priority: whatever the seller asked for goes ahead of the sync. */
export function createMeliApi(client: MeliClient): MeliApi {
  const multiget: MultigetMemory = { path: '/items' };
  return {
    ...endpoints(client, multiget),
    background: endpoints(client.withPriority('background'), multiget),
    reachable: (timeoutMs) => client.reachable(timeoutMs),
  };
}
