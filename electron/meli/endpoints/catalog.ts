/** Category settings and listing fees: public data, callable with or without an account. */
import { z } from 'zod';
import type { MeliClient } from '../client';
import { Category, ListingPrice } from '../schemas';
import { parseAnswer, seg } from './parse';

export interface ListingPriceQuery {
  siteId: string;
  price: number;
  listingTypeId?: string;
  categoryId?: string;
}

// Without listing_type_id Mercado Libre answers one entry per listing type; with it, a single object.
const ListingPrices = z.union([z.array(ListingPrice), ListingPrice.transform((one) => [one])]);

export function catalogApi(client: MeliClient) {
  return {
    /** GET /categories/{id}: settings such as max_title_length. */
    async category(userId: number | null, categoryId: string): Promise<Category> {
      const call = { userId, method: 'GET', path: `/categories/${seg(categoryId)}` } as const;
      return parseAnswer(Category, await client.request(call), call);
    },
    /** GET /sites/{site}/listing_prices: the sale fee for a price, per listing type. */
    async listingPrices(userId: number | null, query: ListingPriceQuery): Promise<ListingPrice[]> {
      const call = { userId, method: 'GET', path: `/sites/${seg(query.siteId)}/listing_prices` } as const;
      const response = await client.request({
        ...call,
        query: { price: query.price, listing_type_id: query.listingTypeId, category_id: query.categoryId },
      });
      return parseAnswer(ListingPrices, response, call);
    },
  };
}
