/**
 * Mercado Envios labels and the seller's own documents, as the Labels screen and the local API see
 * them: Mercado Libre's shipment state next to what this computer keeps (fetched, printed).
 */
import { z } from 'zod';

export const LABEL_FORMATS = ['pdf', 'zpl'] as const;
export const LabelFormat = z.enum(LABEL_FORMATS);
export type LabelFormat = z.infer<typeof LabelFormat>;

/** Thermal stock: 4×6 in (101.6×152.4 mm) or 10×15 cm. */
export const LABEL_SIZES = ['4x6in', '10x15cm'] as const;
export const LabelSize = z.enum(LABEL_SIZES);
export type LabelSize = z.infer<typeof LabelSize>;

export const DPIS = [203, 300] as const;
export const Dpi = z.union([z.literal(203), z.literal(300)]);
export type Dpi = z.infer<typeof Dpi>;

const ShipmentId = z.number().int().positive();

export const LabelsQuery = z
  .object({
    query: z.string().max(200).optional(),
    accountId: z.number().int().positive().optional(),
    /** ready: Mercado Libre has a label to print; kept: a copy is on this computer; all: both. */
    show: z.enum(['all', 'ready', 'kept']).default('all'),
    limit: z.number().int().min(1).max(1000).default(500),
  })
  .strict()
  .optional()
  .transform((value) => value ?? { show: 'all' as const, limit: 500 });
export type LabelsQuery = z.input<typeof LabelsQuery>;

/** A window of the Labels screen's list (it is virtualized: thousands of shipments read by offset). */
export const LabelsPageQuery = z
  .object({
    query: z.string().max(200).optional(),
    accountId: z.number().int().positive().optional(),
    show: z.enum(['all', 'ready', 'kept']).default('all'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type LabelsPageQuery = z.input<typeof LabelsPageQuery>;

export const KeptLabel = z.object({
  format: LabelFormat,
  fetchedAt: z.string(),
  printedAt: z.string().nullable(),
  size: z.number().int(),
});

export const LabelRow = z.object({
  shipmentId: z.number(),
  userId: z.number(),
  orderIds: z.array(z.number()),
  buyer: z.string().nullable(),
  titles: z.string(),
  /** Mercado Libre's state as last synced (a label download moves ready_to_print to printed). */
  status: z.string(),
  substatus: z.string().nullable(),
  mode: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  /** Mercado Libre can give a label for it now. */
  labelReady: z.boolean(),
  kept: z.array(KeptLabel),
  /** The last refusal, when the newest fetch for it failed. */
  failure: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
});
export type LabelRow = z.infer<typeof LabelRow>;

export const LabelsPage = z.object({ total: z.number().int(), rows: z.array(LabelRow) });
export type LabelsPage = z.infer<typeof LabelsPage>;

export const LabelsFetchInput = z
  .object({
    shipmentIds: z.array(ShipmentId).min(1).max(2000),
    format: LabelFormat,
    /** Download again even when a copy is kept (by default the copy answers, with no call). */
    refetch: z.boolean().optional(),
  })
  .strict();

export const LabelFetchResult = z.discriminatedUnion('ok', [
  z.object({ shipmentId: z.number(), ok: z.literal(true), source: z.enum(['mercadolibre', 'kept']) }),
  z.object({ shipmentId: z.number(), ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type LabelFetchResult = z.infer<typeof LabelFetchResult>;

export const LabelsFetchOutput = z.object({
  results: z.array(LabelFetchResult),
  /** Calls made to Mercado Libre for this fetch. */
  calls: z.number().int(),
});
export type LabelsFetchOutput = z.infer<typeof LabelsFetchOutput>;

export const DOCUMENT_KINDS = ['label', 'packing_slip', 'picking_list'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentsCreateInput = z
  .object({
    orderIds: z.array(z.number().int().positive()).min(1).max(500),
    kind: DocumentKind,
    format: LabelFormat,
    size: LabelSize,
    dpi: Dpi,
  })
  .strict();
export type DocumentsCreateInput = z.infer<typeof DocumentsCreateInput>;

export const DocumentInfo = z.object({
  documentId: z.string(),
  kind: DocumentKind,
  format: LabelFormat,
  size: LabelSize,
  dpi: Dpi,
  pages: z.number().int(),
  orderIds: z.array(z.number()),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const PreviewInput = z
  .object({
    shipmentId: ShipmentId.optional(),
    documentId: z.string().regex(/^doc_[a-z0-9]+$/).optional(),
    format: LabelFormat.optional(),
  })
  .strict()
  .refine((value) => (value.shipmentId === undefined) !== (value.documentId === undefined), { message: 'Give a shipmentId or a documentId, not both.' });

/** What a preview shows: the kept bytes themselves (the renderer draws them locally, no network). */
export const PreviewOutput = z.object({
  format: LabelFormat,
  /** ZPL text, or the PDF as base64. */
  zpl: z.string().nullable(),
  pdfBase64: z.string().nullable(),
  /** ZPL or PDF pages drawn locally as PNG (base64), at the size and dpi below (at most 20 pages). */
  pngPages: z.array(z.string()),
  pages: z.number().int(),
  size: LabelSize,
  dpi: Dpi,
});
export type PreviewOutput = z.infer<typeof PreviewOutput>;
