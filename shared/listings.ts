/** Listings as the screens see them: rows with their variations, and descriptions. */
import { z } from 'zod';
import { PendingEdit } from './listing-edits';

export const ListingsQuery = z
  .object({
    accountIds: z.array(z.number().int().positive()).max(50).optional(),
    statuses: z.array(z.enum(['active', 'paused', 'closed', 'under_review', 'inactive'])).max(5).optional(),
    search: z.string().max(200).optional(),
    sort: z.enum(['title_asc', 'price_desc', 'price_asc', 'stock_asc', 'sold_desc', 'updated_desc']).default('title_asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ListingsQuery = z.input<typeof ListingsQuery>;

export const ListingVariation = z.object({
  id: z.number(),
  attributes: z.string(),
  sku: z.string().nullable(),
  available: z.number(),
  sold: z.number(),
  price: z.number().nullable(),
});

export const ListingRow = z.object({
  id: z.string(),
  userId: z.number(),
  title: z.string(),
  status: z.string(),
  subStatus: z.array(z.string()),
  price: z.number().nullable(),
  currencyId: z.string().nullable(),
  available: z.number(),
  sold: z.number(),
  sku: z.string().nullable(),
  thumbnail: z.string().nullable(),
  permalink: z.string().nullable(),
  logisticType: z.string().nullable(),
  variations: z.array(ListingVariation),
  /** Edits queued in the outbox and not yet confirmed by Mercado Libre (shown with a marker). */
  pending: z.array(PendingEdit).optional(),
});
export type ListingRow = z.infer<typeof ListingRow>;

export const ListingsPage = z.object({ total: z.number(), rows: z.array(ListingRow) });
export type ListingsPage = z.infer<typeof ListingsPage>;

export const ListingDescription = z.object({
  itemId: z.string(),
  plainText: z.string(),
  /** When it was read from Mercado Libre (ISO, UTC). */
  fetchedAt: z.string(),
  /** True when Mercado Libre could not be reached and this is the saved copy. */
  fromCache: z.boolean(),
});
export type ListingDescription = z.infer<typeof ListingDescription>;

/** What a listing's detail shows beyond its row: pictures and attributes, from the saved listing. */
export const ListingPicture = z.object({ id: z.string(), url: z.string() });
export const ListingAttribute = z.object({ id: z.string(), name: z.string(), value: z.string() });

export const ListingDetail = z.object({
  itemId: z.string(),
  pictures: z.array(ListingPicture),
  attributes: z.array(ListingAttribute),
  /** 'new', 'used' or null when Mercado Libre did not say. */
  condition: z.string().nullable(),
});
export type ListingDetail = z.infer<typeof ListingDetail>;
