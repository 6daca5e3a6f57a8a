/** Mercado Envios labels kept for reprinting, and the seller's own documents (label, packing slip, picking list). */
import { z } from 'zod';
import { DocumentInfo, DocumentsCreateInput, LabelRow, LabelsFetchInput, LabelsFetchOutput, LabelsPage, LabelsPageQuery, LabelsQuery, PreviewInput, PreviewOutput } from '../labels';
import type { MethodSpec } from './define';

export const labelsMethods = {
  'labels.list': {
    summary: "Shipments whose label is ready at Mercado Libre or kept on this computer: Mercado Libre's substatus (ready_to_print, printed) and the local state (fetched, printed).",
    input: LabelsQuery,
    output: z.array(LabelRow),
  },
  'labels.query': {
    summary: 'A window of the same list as labels.list, by offset, with the total that matches (for long lists).',
    input: LabelsPageQuery,
    output: LabelsPage,
  },
  'labels.fetch': {
    summary: 'Download labels (PDF or ZPL) in batches of up to 50 and keep each one; answers per shipment, with the reason for each one Mercado Libre refused.',
    input: LabelsFetchInput,
    output: LabelsFetchOutput,
  },
  'labels.preview': {
    summary: 'What will print for a kept label or a document: the ZPL text or the PDF, at its size and dpi, drawn locally.',
    input: PreviewInput,
    output: PreviewOutput,
  },
  'documents.create': {
    summary: 'Make a shipping label, packing slip or picking list for orders, in PDF or ZPL, for 4×6 in or 10×15 cm at 203 or 300 dpi.',
    input: DocumentsCreateInput,
    output: DocumentInfo,
  },
} as const satisfies Record<string, MethodSpec>;

export const labelsEvents = {} as const;
