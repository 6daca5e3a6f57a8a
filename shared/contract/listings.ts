/** Listings from the local cache, with their variations, and their descriptions. */
import { z } from 'zod';
import { BulkBatchStatus, BulkChange, BulkPreview, ItemId, ListingEditInput } from '../listing-edits';
import { ListingDescription, ListingDetail, ListingsPage, ListingsQuery } from '../listings';

const BatchId = z.object({ batchId: z.string().uuid() }).strict();
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
  'listings.detail': {
    summary: "A listing's pictures, attributes and condition, from the saved copy (works offline). The row and its variations come from `listings.query`.",
    input: z.object({ itemId: z.string().regex(/^[A-Z]{3}\d{1,15}$/) }).strict(),
    output: ListingDetail,
  },
  'listings.edit': {
    summary:
      "Change a listing (or one variation): title, price, stock, status, description, SKU. Checked against Mercado Libre's rules, then queued in the outbox and sent when Mercado Libre is reachable; `outbox.changed` follows its state.",
    input: ListingEditInput,
    output: z.object({ outboxId: z.number() }),
  },
  'listings.bulk.preview': {
    summary:
      'What a bulk edit (price ± % or set, stock set or add, pause / activate) would do to the selected listings — by ids or by a Listings query — before anything is queued: before → after per listing or variation, and the ones left out with the reason.',
    input: z
      .object({
        itemIds: z.array(ItemId).min(1).max(5000).optional(),
        query: ListingsQuery.optional(),
        change: BulkChange,
      })
      .strict()
      .refine((input) => (input.itemIds === undefined) !== (input.query === undefined), { message: 'Give either itemIds or a query.' }),
    output: BulkPreview,
  },
  'listings.bulk.apply': {
    summary: 'Queue the changes of a preview in the outbox, as one batch. `listings.bulk.status` and `outbox.changed` follow its progress.',
    input: z.object({ previewId: z.string().uuid() }).strict(),
    output: z.object({ batchId: z.string(), queued: z.number() }),
  },
  'listings.bulk.status': {
    summary: "How far a bulk edit's batch got: pending, done, failed, in conflict, discarded.",
    input: BatchId,
    output: BulkBatchStatus,
  },
  'listings.bulk.cancel': {
    summary: 'Stop a bulk edit: its changes not yet sent are discarded; what was sent stays (undo it with listings.bulk.undo).',
    input: BatchId,
    output: BulkBatchStatus,
  },
  'listings.bulk.undo': {
    summary: 'Undo a whole bulk edit: changes not yet sent are discarded, and the sent ones are queued back to their earlier values, as a new batch.',
    input: BatchId,
    output: z.object({ batchId: z.string().nullable(), discarded: z.number(), queued: z.number() }),
  },
  'listings.fees': {
    summary: "Mercado Libre's sale fee and the net amount for a listing at a price (from listing_prices, kept per site, category and listing type).",
    input: z.object({ itemId: ItemId, price: z.number().positive().max(1e10) }).strict(),
    output: z.object({ itemId: z.string(), price: z.number(), saleFee: z.number(), net: z.number(), currencyId: z.string().nullable(), listingTypeId: z.string().nullable(), fromCache: z.boolean() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const listingsEvents = {} as const;
