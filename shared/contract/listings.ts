/** Listings from the local cache, with their variations, and their descriptions. */
import { z } from 'zod';
import { ListingEditInput } from '../listing-edits';
import { ListingDescription, ListingsPage, ListingsQuery } from '../listings';
import type { MethodSpec } from './define';

export const listingsMethods = {
  'listings.query': {
    summary: 'Cached listings with their variations: filter by account and status, search title and SKU, sort.',
    input: ListingsQuery,
    output: ListingsPage,
  },
  'listings.description': {
    summary: "A listing's description: read from Mercado Libre when the listing is opened, the saved copy when offline.",
    input: z.object({ itemId: z.string().regex(/^[A-Z]{3}\d{1,15}$/) }).strict(),
    output: ListingDescription,
  },
  'listings.edit': {
    summary:
      "Change a listing (or one variation): title, price, stock, status, description, SKU. Checked against Mercado Libre's rules, then queued in the outbox and sent when Mercado Libre is reachable; `outbox.changed` follows its state.",
    input: ListingEditInput,
    output: z.object({ outboxId: z.number() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const listingsEvents = {} as const;
