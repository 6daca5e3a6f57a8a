/**
 * One file from Mercado Libre holds a batch's labels in the order of the ids asked: the PDF one page
 * per label, the ZPL one ^XA…^XZ block per label. Each is cut into one file per shipment so any label
 * can be reprinted alone.
 */
import { PDFDocument } from 'pdf-lib';
import type { LabelFormat } from '../../shared/labels';
import { readZplZip, splitZplLabels } from './label-zip';

export class LabelSplitError extends Error {
  override name = 'LabelSplitError';
}

export async function splitPdf(bytes: Uint8Array, expected: number): Promise<Uint8Array[]> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const count = source.getPageCount();
  if (count !== expected) throw new LabelSplitError(`The PDF holds ${count} pages for ${expected} shipments.`);
  const pages: Uint8Array[] = [];
  for (let index = 0; index < count; index += 1) {
    const single = await PDFDocument.create({ updateMetadata: false });
    const [page] = await single.copyPages(source, [index]);
    if (page) single.addPage(page);
    pages.push(await single.save());
  }
  return pages;
}

export function splitZip(bytes: Uint8Array, expected: number): Uint8Array[] {
  const { texts } = readZplZip(bytes);
  const labels = texts.flatMap(splitZplLabels);
  if (labels.length !== expected) throw new LabelSplitError(`The ZIP holds ${labels.length} ZPL labels for ${expected} shipments.`);
  const encoder = new TextEncoder();
  return labels.map((label) => encoder.encode(`${label}\n`));
}

export function splitLabels(format: LabelFormat, bytes: Uint8Array, expected: number): Promise<Uint8Array[]> | Uint8Array[] {
  return format === 'pdf' ? splitPdf(bytes, expected) : splitZip(bytes, expected);
}
