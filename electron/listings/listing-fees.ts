/**
 * The sale fee Mercado Libre charges for a listing at a price, and what the seller nets: read from
 * listing_prices for the listing's site, category and listing type, kept per price for offline use.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { MeliApi } from '../meli/endpoints';

interface FeeRow {
  site_id: string;
  category_id: string | null;
  listing_type_id: string | null;
  currency_id: string | null;
  user_id: number;
}

export interface ListingFee {
  itemId: string;
  price: number;
  saleFee: number;
  net: number;
  currencyId: string | null;
  listingTypeId: string | null;
  fromCache: boolean;
}

export function createListingFees(deps: { db: Database; api: () => MeliApi }) {
  const known = new Map<string, number>();
  const listing = deps.db.prepare(
    'SELECT a.site_id, i.category_id, i.listing_type_id, i.currency_id, i.user_id FROM items i JOIN accounts a ON a.user_id = i.user_id WHERE i.id = ?',
  );

  return async function fees(itemId: string, price: number): Promise<ListingFee> {
    const row = listing.get(itemId) as FeeRow | undefined;
    if (!row) throw new AppError('not_found', 'That listing is not in the saved data.');
    const key = `${row.site_id}|${row.category_id ?? ''}|${row.listing_type_id ?? ''}|${price}`;
    const answer = (saleFee: number, fromCache: boolean): ListingFee => ({
      itemId,
      price,
      saleFee,
      // Cents, so the subtraction does not drift (the API's amounts have at most two decimals).
      net: Math.round(price * 100 - saleFee * 100) / 100,
      currencyId: row.currency_id,
      listingTypeId: row.listing_type_id,
      fromCache,
    });
    const cached = known.get(key);
    if (cached !== undefined) return answer(cached, true);
    const prices = await deps.api().catalog.listingPrices(row.user_id, {
      siteId: row.site_id,
      price,
      ...(row.listing_type_id ? { listingTypeId: row.listing_type_id } : {}),
      ...(row.category_id ? { categoryId: row.category_id } : {}),
    });
    const match = prices.find((entry) => entry.listing_type_id === row.listing_type_id) ?? prices[0];
    if (!match) throw new AppError('not_found', 'Mercado Libre has no fee for this listing type.');
    known.set(key, match.sale_fee_amount);
    return answer(match.sale_fee_amount, false);
  };
}
