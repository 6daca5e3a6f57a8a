/**
 * What a printer receives for each item: kept labels and documents in the printer's language, with
 * its profile applied to ZPL (darkness ~SD, offsets by moving each format's label home ^LH), and a
 * test label drawn for its size and dpi.
 */
import { AppError } from '../../shared/errors';
import type { LabelFormat } from '../../shared/labels';
import type { PrintItem, Printer } from '../../shared/printing';
import type { LabelsModule } from '../labels/labels-module';
import { renderZpl } from '../labels/documents/render-zpl';
import { renderPdf } from '../labels/documents/render-pdf';
import type { Payload } from './print-runner';

/** ^LH takes 0–32000 dots on each axis. */
const home = (value: number) => Math.min(32_000, Math.max(0, value));

/**
 * Moves every format's label home by the profile's offsets. A format that sets its own home (Mercado
 * Libre's do: `^LH0,0` and the like) has it moved, since a home set before it would be overridden;
 * one that sets none gets one after `^XA`. A home cannot go below 0: a negative offset moves a label
 * only as far as its own home leaves room.
 */
export function shiftLabelHome(zpl: string, offsetX: number, offsetY: number): string {
  if (offsetX === 0 && offsetY === 0) return zpl;
  return zpl.replace(/\^XA[\s\S]*?(?:\^XZ|$)/gi, (format) => {
    if (/\^LH/i.test(format)) {
      return format.replace(/\^LH[ \t]*(\d*)[ \t]*(?:,[ \t]*(\d*))?/gi, (_match, x: string, y: string | undefined) => `^LH${home(Number(x || 0) + offsetX)},${home(Number(y || 0) + offsetY)}`);
    }
    return `^XA^LH${home(offsetX)},${home(offsetY)}${format.slice(3)}`;
  });
}

export function applyZplProfile(zpl: string, profile: Printer['profile']): string {
  let out = shiftLabelHome(zpl, profile.offsetX, profile.offsetY);
  if (profile.darkness !== null) out = `~SD${String(profile.darkness).padStart(2, '0')}\n${out}`;
  return out;
}

export function testPages(printer: Printer) {
  const { size, dpi } = printer.profile;
  return [
    {
      lines: [
        { text: 'Mostrador test label', size: 'large' as const },
        { text: `${printer.name} · ${size} · ${dpi} dpi`, size: 'medium' as const },
        { text: 'If this fits the label, the profile is right.', size: 'small' as const },
      ],
      barcode: '1234567890',
    },
  ];
}

/** Test labels for PDF printers are made ahead (pdf-lib is asynchronous). */
export async function testPdf(printer: Printer): Promise<Uint8Array> {
  return renderPdf(testPages(printer), printer.profile.size, 'Mostrador test label');
}

/** A kept ZPL label with the printer's profile applied; untouched (no copy) when the profile changes nothing. */
function zplFor(bytes: Buffer, profile: Printer['profile']): Uint8Array {
  if (profile.offsetX === 0 && profile.offsetY === 0 && profile.darkness === null) return bytes;
  return Buffer.from(applyZplProfile(bytes.toString('utf8'), profile));
}

export function createPayloads(labels: LabelsModule, pdfTests: Map<string, Uint8Array>) {
  const language = (printer: Printer): LabelFormat => printer.profile.language;
  return {
    /**
     * Throws not_found naming what is missing when an item cannot be printed on this printer (labels
     * not kept yet are fine when the job fetches them itself).
     */
    check(items: PrintItem[], printer: Printer, fetching = false): void {
      const labelItems = items.flatMap((item) => (item.kind === 'label' ? [item] : []));
      const kept = fetching || labelItems.length === 0 ? null : labels.store.keptKeys(language(printer), labelItems);
      const missing = kept ? labelItems.filter((item) => !kept.has(labels.store.key(item.userId, item.shipmentId))).map((item) => item.shipmentId) : [];
      for (const item of items) {
        if (item.kind === 'document') {
          const info = labels.documents.get(item.id);
          if (info.format !== language(printer)) {
            throw new AppError('invalid_input', `This printer takes ${language(printer).toUpperCase()}; that document is ${info.format.toUpperCase()}.`, { documentId: item.id });
          }
        }
      }
      if (missing.length > 0) {
        throw new AppError('not_found', `${missing.length} label(s) are not kept as ${language(printer).toUpperCase()} yet: fetch them first.`, { shipmentIds: missing });
      }
    },
    /**
     * The bytes of a part's items, in order: the labels its job just downloaded as they came
     * (`fresh`), the other kept ones read in one statement.
     */
    payloads(items: PrintItem[], printer: Printer, fresh: (item: Extract<PrintItem, { kind: 'label' }>) => Uint8Array | undefined = () => undefined): Payload[] {
      const format = language(printer);
      const labelsOf = items.flatMap((item) => (item.kind === 'label' ? [item] : []));
      const kept = new Map<string, Buffer>();
      const unread = labelsOf.filter((item) => {
        const bytes = fresh(item);
        if (bytes) kept.set(labels.store.key(item.userId, item.shipmentId), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        return !bytes;
      });
      if (unread.length > 0) for (const [key, bytes] of labels.store.readMany(format, unread)) kept.set(key, bytes);
      // The part's labels are marked printed together, by the first `done` the runner calls.
      let marked = false;
      const markPart = () => {
        if (marked) return;
        marked = true;
        labels.store.markPrintedMany(format, labelsOf);
      };
      return items.map((item) => {
        if (item.kind !== 'label') return this.payload(item, printer);
        const bytes = kept.get(labels.store.key(item.userId, item.shipmentId));
        if (!bytes) throw new AppError('not_found', `The label of shipment ${item.shipmentId} is no longer kept.`);
        return { bytes: format === 'zpl' ? zplFor(bytes, printer.profile) : bytes, done: markPart };
      });
    },
    /** A test label or a document (labels go through `payloads`, a part at a time). */
    payload(item: Exclude<PrintItem, { kind: 'label' }>, printer: Printer): Payload {
      const format = language(printer);
      if (item.kind === 'test') {
        if (format === 'pdf') return { bytes: pdfTests.get(printer.id) ?? new Uint8Array() };
        return { bytes: Buffer.from(applyZplProfile(renderZpl(testPages(printer), printer.profile.size, printer.profile.dpi), printer.profile)) };
      }
      const { bytes } = labels.documents.read(item.id);
      return { bytes: format === 'zpl' ? Buffer.from(applyZplProfile(bytes.toString('utf8'), printer.profile)) : bytes };
    },
  };
}
