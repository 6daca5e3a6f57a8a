/**
 * Stock by SKU: one count per product, kept in step across every listing (and variation, kit, store)
 * that sells it. These are the shapes the Stock screen and the local API exchange.
 */
import { z } from 'zod';
import { ItemId } from './listing-edits';
import { OutboxState } from './outbox';

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

export const STOCK_LOG_KINDS = ['sale', 'cancellation', 'manual', 'import', 'apply', 'auto_apply', 'assign'] as const;
export type StockLogKind = (typeof STOCK_LOG_KINDS)[number];

export const StockLogEntry = z.object({
  id: z.number(),
  at: z.string(),
  sku: z.string().nullable(),
  itemId: z.string().nullable(),
  variationId: z.number().nullable(),
  /** The listing's title and the variation's attributes as saved now (null when not cached). */
  title: z.string().nullable(),
  variation: z.string().nullable(),
  /** The order whose line lowered (or gave back) the stock. */
  orderId: z.number().nullable(),
  kind: z.enum(STOCK_LOG_KINDS),
  before: z.number().nullable(),
  after: z.number().nullable(),
  /** Why: the plan's reason for an applied change (see PLAN_REASONS); a short note otherwise. */
  detail: z.string(),
  batchId: z.string().nullable(),
  /** The outbox entry that carries the change to Mercado Libre, and its state now. */
  outboxId: z.number().nullable(),
  outboxState: OutboxState.nullable(),
});
export type StockLogEntry = z.infer<typeof StockLogEntry>;

export const StockLogQuery = z
  .object({ limit: z.number().int().min(1).max(1000).optional(), kinds: z.array(z.enum(STOCK_LOG_KINDS)).min(1).max(STOCK_LOG_KINDS.length).optional() })
  .strict()
  .optional();

/** Give a listing or variation a SKU: written to Mercado Libre through the outbox, linked here at once. */
export const AssignSkuInput = z.object({ itemId: ItemId, variationId: z.number().int().positive().optional(), sku: Sku }).strict();
