/** Every Mercado Libre endpoint the app calls, grouped by what the seller works on. */
import type { MeliClient } from '../client';
import { catalogApi } from './catalog';
import { itemsApi } from './items';
import { messagesApi } from './messages';
import { ordersApi } from './orders';
import { questionsApi } from './questions';
import { shipmentsApi } from './shipments';
import { usersApi } from './users';

export function createMeliApi(client: MeliClient) {
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
export type MeliApi = ReturnType<typeof createMeliApi>;
