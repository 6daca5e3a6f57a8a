/**
 * Stock by SKU: one count per product, kept in step across every listing (and variation, kit, store)
 * that sells it. These are the shapes the Stock screen and the local API exchange.
 */
import { z } from 'zod';
import { ItemId } from './listing-edits';

export const Sku = z.string().trim().min(1).max(100);
const Units = z.number().int().min(0).max(1_000_000);

/** One listing or variation that sells a SKU: what Mercado Libre shows now and what the rule wants. */
export const StockLink = z.object({
  itemId: z.string(),
  variationId: z.number().nullable(),
  userId: z.number(),
  title: z.string(),
  variation: z.string().nullable(),
  status: z.string(),
  /** Units of the SKU one sale of this listing takes (a kit of two takes 2). */
  units: z.number(),
  /** Set by hand (kits, several SKUs) rather than read from the listing's SKU. */
  manual: z.boolean(),
  fulfilment: z.boolean(),
  current: z.number(),
  /** What the rule wants Mercado Libre to show; null when it is not written (fulfilment, closed). */
  target: z.number().nullable(),
  maxQuantity: z.number().nullable(),
});
export type StockLink = z.infer<typeof StockLink>;

export const StockRow = z.object({
  sku: z.string(),
  name: z.string(),
  onHand: z.number(),
  buffer: z.number(),
  note: z.string(),
  autoApply: z.boolean(),
  /** Units Mercado Libre's fulfilment holds for this SKU: counted apart, never written. */
  heldElsewhere: z.number(),
  links: z.array(StockLink),
});
export type StockRow = z.infer<typeof StockRow>;

/** A listing or variation without a SKU: the seller can assign one. */
export const UnlinkedListing = z.object({
  itemId: z.string(),
  variationId: z.number().nullable(),
  userId: z.number(),
  title: z.string(),
  variation: z.string().nullable(),
  status: z.string(),
  availableQuantity: z.number(),
});
export type UnlinkedListing = z.infer<typeof UnlinkedListing>;

export const StockListQuery = z.object({ query: z.string().max(200).optional() }).strict().optional();

export const StockList = z.object({
  rows: z.array(StockRow),
  unlinked: z.array(UnlinkedListing),
  autoApply: z.boolean(),
});
export type StockList = z.infer<typeof StockList>;

export const StockSetInput = z
  .object({ sku: Sku, onHand: Units.optional(), buffer: Units.optional(), note: z.string().max(500).optional(), autoApply: z.boolean().optional() })
  .strict()
  .refine((input) => input.onHand !== undefined || input.buffer !== undefined || input.note !== undefined || input.autoApply !== undefined, { message: 'Say what to change.' });

export const StockLinkInput = z
  .object({
    sku: Sku,
    itemId: ItemId,
    variationId: z.number().int().positive().optional(),
    /** 0 removes the link. */
    units: z.number().int().min(0).max(1000),
  })
  .strict();

export const StockCapInput = z
  .object({ itemId: ItemId, variationId: z.number().int().positive().optional(), maxQuantity: Units.nullable() })
  .strict();

export const PLAN_REASONS = ['sale_or_restock', 'buffer', 'cap', 'kit', 'out_of_stock'] as const;

export const PlanChange = z.object({
  itemId: z.string(),
  variationId: z.number().nullable(),
  userId: z.number(),
  title: z.string(),
  variation: z.string().nullable(),
  skus: z.array(z.string()),
  before: z.number(),
  after: z.number(),
  /** Why: what the rule computed from (on hand − buffer, capped, divided by kit units). */
  reason: z.enum(PLAN_REASONS),
  /** A seller's pause stays: the stock is written, the listing is not reactivated. */
  pausedBySeller: z.boolean(),
});
export type PlanChange = z.infer<typeof PlanChange>;

export const StockPlan = z.object({
  planId: z.string(),
  changes: z.array(PlanChange),
  /** Listings (not variations) touched: a listing's variations go together. */
  listings: z.number(),
  /** Fulfilment listings linked to the SKUs: shown, never written. */
  fulfilment: z.number(),
  expiresAt: z.string(),
});
export type StockPlan = z.infer<typeof StockPlan>;

export const StockPlanInput = z.object({ userId: z.number().int().positive().optional(), skus: z.array(Sku).max(10_000).optional() }).strict().optional();

export const IMPORT_ERRORS = ['unknown_sku', 'not_a_number', 'negative', 'duplicate_sku', 'bad_encoding', 'missing_sku', 'bad_header'] as const;
export type ImportError = (typeof IMPORT_ERRORS)[number];

export const ImportRow = z.object({
  line: z.number(),
  sku: z.string(),
  name: z.string().nullable(),
  before: z.object({ onHand: z.number(), buffer: z.number() }).nullable(),
  after: z.object({ onHand: z.number(), buffer: z.number() }).nullable(),
  errors: z.array(z.enum(IMPORT_ERRORS)),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportPreview = z.object({
  previewId: z.string(),
  separator: z.string(),
  rows: z.array(ImportRow),
  /** Good rows that change something: what confirming applies. */
  changing: z.number(),
  failing: z.number(),
  expiresAt: z.string(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const StockLogEntry = z.object({
  id: z.number(),
  at: z.string(),
  sku: z.string().nullable(),
  itemId: z.string().nullable(),
  variationId: z.number().nullable(),
  kind: z.enum(['sale', 'cancellation', 'manual', 'import', 'apply', 'auto_apply']),
  before: z.number().nullable(),
  after: z.number().nullable(),
  detail: z.string(),
  batchId: z.string().nullable(),
});
export type StockLogEntry = z.infer<typeof StockLogEntry>;
