// Label bytes: a real PDF (pdf-lib, one 4x6 in page per shipment, in the order asked) and ZPL II
// text (one ^XA … ^XZ block per label, UTF-8 via ^CI28) zipped as Mercado Libre delivers it.
// pdf-lib is loaded on first use: most callers of the simulator never print.
import { strToU8, zipSync } from 'fflate';
import type * as PdfLibModule from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { SITES, type SellerRecord, type ShipmentRecord } from './model';

const CARRIER = { MLA: 'OCA', MLB: 'Correios', MLM: 'DHL' } as const;

/** Standard PDF fonts speak WinAnsi only: anything outside Latin-1 becomes '?'. */
function latin1(text: string): string {
  return [...text].map((c) => ((c.codePointAt(0) ?? 0) < 256 && c >= ' ' ? c : '?')).join('');
}

/** Seller- and buyer-controlled text must never inject ZPL commands. */
export function zplText(text: string): string {
  return text.replace(/[\^~\\]/g, ' ').replace(/[\r\n]+/g, ' ');
}

function labelLines(shipment: ShipmentRecord, seller: SellerRecord | undefined): string[] {
  const r = shipment.receiver;
  return [
    `Envio ${shipment.id}${shipment.pack_id ? ` · Pack ${shipment.pack_id}` : ''}`,
    `Venta ${shipment.order_ids.join(', ')}`,
    'DESTINATARIO',
    shipment.receiver_name,
    r.address_line,
    `${r.zip_code} ${r.city}, ${r.state_name} (${SITES[shipment.site_id].countryName})`,
    `Tel. ${shipment.receiver_phone}`,
    'REMITENTE',
    `${seller?.nickname ?? shipment.seller_id} · ${seller?.address.city ?? ''}`,
    ...shipment.items.slice(0, 3).map((i) => `${i.quantity} x ${i.description}`),
  ];
}

type PdfLib = typeof PdfLibModule;
let pdfLib: Promise<PdfLib> | null = null;
export function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= import('pdf-lib');
  return pdfLib;
}

function drawBarcode(lib: PdfLib, page: PDFPage, value: string, x: number, y: number): void {
  let cursor = x;
  for (const digit of value) {
    const n = Number.parseInt(digit, 36) || 1;
    page.drawRectangle({ x: cursor, y, width: 1 + (n % 3), height: 50, color: lib.rgb(0, 0, 0) });
    cursor += 3 + (n % 4);
  }
}

function drawLabel(lib: PdfLib, page: PDFPage, font: PDFFont, bold: PDFFont, shipment: ShipmentRecord, seller: SellerRecord | undefined): void {
  const { height } = page.getSize();
  page.drawRectangle({ x: 8, y: 8, width: 272, height: height - 16, borderColor: lib.rgb(0, 0, 0), borderWidth: 1 });
  page.drawText('MERCADO ENVIOS', { x: 18, y: height - 34, size: 16, font: bold });
  page.drawText(latin1(CARRIER[shipment.site_id]), { x: 200, y: height - 34, size: 12, font });
  drawBarcode(lib, page, shipment.tracking_number ?? String(shipment.id), 18, height - 100);
  page.drawText(latin1(shipment.tracking_number ?? ''), { x: 18, y: height - 116, size: 11, font });
  let y = height - 140;
  for (const line of labelLines(shipment, seller)) {
    const heading = line === 'DESTINATARIO' || line === 'REMITENTE';
    page.drawText(latin1(line).slice(0, 48), { x: 18, y, size: heading ? 10 : 9, font: heading ? bold : font });
    y -= heading ? 16 : 14;
  }
}

export async function labelsPdf(shipments: ShipmentRecord[], sellerOf: (id: number) => SellerRecord | undefined): Promise<Uint8Array> {
  const lib = await loadPdfLib();
  const pdf = await lib.PDFDocument.create();
  pdf.setTitle('Etiquetas de envio');
  const font = await pdf.embedFont(lib.StandardFonts.Helvetica);
  const bold = await pdf.embedFont(lib.StandardFonts.HelveticaBold);
  for (const shipment of shipments) drawLabel(lib, pdf.addPage([288, 432]), font, bold, shipment, sellerOf(shipment.seller_id));
  return pdf.save();
}

export function labelZpl(shipment: ShipmentRecord, seller: SellerRecord | undefined): string {
  const tracking = zplText(shipment.tracking_number ?? String(shipment.id));
  const body = labelLines(shipment, seller).map((line, index) => `^FO40,${330 + index * 50}^A0N,32,32^FD${zplText(line)}^FS`);
  return ['^XA', '^CI28', '^PW812', '^LL1218', '^FO40,40^A0N,50,50^FDMercado Envíos^FS', `^FO600,50^A0N,36,36^FD${CARRIER[shipment.site_id]}^FS`,
    `^FO40,120^BY3^BCN,140,Y,N,N^FD${tracking}^FS`, ...body, '^XZ'].join('\n');
}

/**
 * The dispatch summary that rides along in the ZIP: one A4 page listing the batch. Written directly
 * (one page of Helvetica text needs no PDF library): the label call is on the seller's critical path
 * in the benchmark, and Mercado Libre's own servers answer it in tens of milliseconds.
 */
export function summaryPdf(lines: readonly string[]): Uint8Array {
  const escape = (text: string) => latin1(text).replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ['BT', '/F1 16 Tf', '40 800 Td', `(${escape(lines[0] ?? '')}) Tj`, '/F1 9 Tf', '0 -30 Td', '14 TL',
    ...lines.slice(1).map((line) => `(${escape(line)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

export function labelsZip(shipments: ShipmentRecord[], sellerOf: (id: number) => SellerRecord | undefined, withSummary: boolean): Uint8Array {
  const text = shipments.map((s) => labelZpl(s, sellerOf(s.seller_id))).join('\n');
  const files: Record<string, Uint8Array> = { 'Etiqueta de envio.txt': strToU8(text) };
  if (withSummary) {
    files['Resumen de despacho.pdf'] = summaryPdf(['Resumen de despacho', ...shipments.slice(0, 50).map((s) => `${s.id}  ${s.receiver_name}  ${s.tracking_number ?? ''}`)]);
  }
  // Fast deflate: the answer's time matters more than a few hundred bytes.
  return zipSync(files, { level: 1 });
}
