/**
 * A seller's edit of one listing (or one of its variations), as the editor and the local API send it.
 * Rules Mercado Libre documents are checked in main before anything is queued; the codes below name
 * which rule refused a value, so the UI can say it in the seller's language.
 */
import { z } from 'zod';

export const LISTING_EDIT_FIELDS = ['title', 'price', 'availableQuantity', 'status', 'description', 'sku'] as const;
export type ListingEditField = (typeof LISTING_EDIT_FIELDS)[number];

export const ListingChanges = z
  .object({
    title: z.string().trim().min(1).max(255).optional(),
    /** In the listing's currency; up to two decimals (the API keeps what it is sent). */
    price: z
      .number()
      .positive()
      .max(1e10)
      .refine((price) => Math.abs(price * 100 - Math.round(price * 100)) < 1e-6, { message: 'Prices take at most two decimals.' })
      .optional(),
    availableQuantity: z.number().int().min(0).max(1_000_000).optional(),
    status: z.enum(['active', 'paused', 'closed']).optional(),
    description: z.string().max(50_000).optional(),
    sku: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), { message: 'Say what to change.' });
export type ListingChanges = z.infer<typeof ListingChanges>;

export const ItemId = z.string().regex(/^[A-Z]{3}\d{1,15}$/);

export const ListingEditInput = z
  .object({
    itemId: ItemId,
    variationId: z.number().int().positive().optional(),
    changes: ListingChanges,
    /** Closing a listing is final on Mercado Libre: the seller confirms it. */
    confirmClose: z.boolean().optional(),
  })
  .strict();
export type ListingEditInput = z.infer<typeof ListingEditInput>;

/** Which documented rule refused an edit (in `details.issues[].rule` of an invalid_input error). */
export const LISTING_EDIT_RULES = [
  'title_has_sales',
  'title_too_long',
  'fulfilment_stock',
  'close_unconfirmed',
  'listing_closed',
  'variation_unknown',
  'variation_field',
  'has_variations',
  'under_review',
] as const;
export type ListingEditRule = (typeof LISTING_EDIT_RULES)[number];

/** A queued edit the local copy shows until Mercado Libre confirms it. */
export const PendingEdit = z.object({
  outboxId: z.number(),
  state: z.string(),
  variationId: z.number().nullable(),
  changes: z.record(z.string(), z.unknown()),
});
export type PendingEdit = z.infer<typeof PendingEdit>;

/** What a bulk edit does to each selected listing (or each of its variations). */
export const BulkChange = z.discriminatedUnion('kind', [
  /** Price up or down by a percentage (−90 … +500), rounded the way the site shows money. */
  z.object({ kind: z.literal('price_percent'), percent: z.number().min(-90).max(500).refine((value) => value !== 0, { message: 'Say by how much.' }) }),
  z.object({ kind: z.literal('price_set'), price: z.number().positive().max(1e10) }),
  z.object({ kind: z.literal('stock_set'), quantity: z.number().int().min(0).max(1_000_000) }),
  z.object({ kind: z.literal('stock_add'), delta: z.number().int().min(-1_000_000).max(1_000_000).refine((value) => value !== 0, { message: 'Say by how much.' }) }),
  z.object({ kind: z.literal('status'), status: z.enum(['active', 'paused']) }),
]);
export type BulkChange = z.infer<typeof BulkChange>;

/** Why a selected listing is left out of a bulk edit. */
export const BULK_SKIP_REASONS = ['fulfilment_stock', 'listing_closed', 'under_review', 'no_change', 'no_price'] as const;
export type BulkSkipReason = (typeof BULK_SKIP_REASONS)[number];

export const BulkPreviewRow = z.object({
  itemId: z.string(),
  variationId: z.number().nullable(),
  userId: z.number(),
  title: z.string(),
  variation: z.string().nullable(),
  currencyId: z.string().nullable(),
  field: z.enum(['price', 'availableQuantity', 'status']),
  before: z.union([z.number(), z.string(), z.null()]),
  after: z.union([z.number(), z.string(), z.null()]),
  skipped: z.enum(BULK_SKIP_REASONS).nullable(),
});
export type BulkPreviewRow = z.infer<typeof BulkPreviewRow>;

export const BulkPreview = z.object({
  previewId: z.string(),
  change: BulkChange,
  rows: z.array(BulkPreviewRow),
  /** Rows that will be queued, and rows left out (with their reason in `skipped`). */
  changing: z.number(),
  skipping: z.number(),
  expiresAt: z.string(),
});
export type BulkPreview = z.infer<typeof BulkPreview>;

export const BulkBatchStatus = z.object({
  batchId: z.string(),
  total: z.number(),
  pending: z.number(),
  done: z.number(),
  failed: z.number(),
  conflict: z.number(),
  discarded: z.number(),
});
export type BulkBatchStatus = z.infer<typeof BulkBatchStatus>;
