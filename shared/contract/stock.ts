/** Stock by SKU: the inventory, its links to listings, the plan that keeps Mercado Libre in step, and CSV. */
import { z } from 'zod';
import {
  AssignSkuInput,
  ImportPreview,
  StockCapInput,
  StockLinkInput,
  StockList,
  StockListQuery,
  StockLogEntry,
  StockLogQuery,
  StockPlan,
  StockPlanInput,
  StockRow,
  StockSetInput,
} from '../stock';
import { NoInput, type EventSpec, type MethodSpec } from './define';

const Queued = z.object({ batchId: z.string().nullable(), queued: z.number() });

export const stockMethods = {
  'stock.list': {
    summary: 'SKUs with on hand, buffer, the listings (per store) that sell each one, what Mercado Libre shows now and what it will show; listings without a SKU.',
    input: StockListQuery,
    output: StockList,
  },
  'stock.set': {
    summary: "Change a SKU's on hand, safety buffer, note or automatic apply. Mercado Libre changes only when a plan is applied (or automatically, when switched on).",
    input: StockSetInput,
    output: StockRow,
  },
  'stock.link': {
    summary: 'Link a listing or variation to a SKU by hand: each sale takes `units` of it (a kit of two: 2; several SKUs: one link each). `units` 0 removes the link.',
    input: StockLinkInput,
    output: z.object({ sku: z.string(), itemId: z.string(), variationId: z.number().nullable(), units: z.number() }),
  },
  'stock.cap': {
    summary: 'The most units a listing or variation shows, whatever the stock (null: no maximum).',
    input: StockCapInput,
    output: z.object({ itemId: z.string(), variationId: z.number().nullable(), maxQuantity: z.number().nullable() }),
  },
  'stock.plan': {
    summary: "The listings and variations whose Mercado Libre quantity differs from max(0, on hand − buffer) (capped, per kit units), before → after with the reason. Fulfilment listings are never written.",
    input: StockPlanInput,
    output: StockPlan,
  },
  'stock.apply': {
    summary: 'Queue the changes of a plan in the outbox as one batch; `outbox.changed` follows it. A plan is applied once.',
    input: z.object({ planId: z.string().uuid() }).strict(),
    output: Queued,
  },
  'stock.auto': {
    summary: 'Switch automatic apply after each sync on or off for every SKU (each SKU can also be switched with stock.set).',
    input: z.object({ enabled: z.boolean() }).strict(),
    output: z.object({ enabled: z.boolean() }),
  },
  'stock.log': {
    summary:
      "What changed the stock, newest first: sales, cancellations, edits, imports, SKUs assigned, and every change applied (automatic ones marked), with the listing, before → after, why, and the outbox entry's state. Filter by kind.",
    input: StockLogQuery,
    output: z.array(StockLogEntry),
  },
  'stock.assignSku': {
    summary:
      "Give a listing (or one variation) a SKU, existing or new: queued in the outbox as a SKU edit (SELLER_SKU attribute and seller_custom_field, every other attribute kept) and linked in the inventory at once; a new SKU joins it with the quantity Mercado Libre shows.",
    input: AssignSkuInput,
    output: z.object({ outboxId: z.number() }),
  },
  'stock.import.preview': {
    summary: "Read a CSV of SKU, name, on hand, buffer (the site's separator, or the other one): the changes it would make and each bad row's errors. Nothing changes yet.",
    input: z.object({ csv: z.string().max(5_000_000) }).strict(),
    output: ImportPreview,
  },
  'stock.import.apply': {
    summary: 'Apply the good rows of an import preview (once). Bad rows change nothing.',
    input: z.object({ previewId: z.string().uuid() }).strict(),
    output: z.object({ updated: z.number() }),
  },
  'stock.export': {
    summary: "The inventory as CSV text (SKU, name, on hand, buffer) with the site's separator; cells a spreadsheet would run as formulas are neutralised.",
    input: NoInput,
    output: z.object({ csv: z.string(), separator: z.string() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const stockEvents = {} as const satisfies Record<string, EventSpec>;
