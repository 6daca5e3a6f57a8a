/**
 * Own documents as pages of lines, drawn the same way in ZPL and in PDF: a shipping label per order,
 * a packing slip per order (items, SKUs, variations, quantities, buyer, address, notes), and one
 * picking list adding up SKUs across the selected orders. The data comes from the saved orders; the
 * words from document-words.ts (the order's store language on what travels with it, the seller's on
 * the picking list).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { DocumentKind } from '../../../shared/labels';
import type { Language, SiteId } from '../../../shared/settings';
import { orderDetail } from '../../orders/order-detail';
import { documentWords, parcelWords } from './document-words';

export interface DocLine {
  text: string;
  size: 'large' | 'medium' | 'small';
}

export interface DocPage {
  lines: DocLine[];
  /** Printed as Code 128 under the heading. */
  barcode: string | null;
}

const large = (text: string): DocLine => ({ text, size: 'large' });
const medium = (text: string): DocLine => ({ text, size: 'medium' });
const small = (text: string): DocLine => ({ text, size: 'small' });

/** Lines after the heading that fit one 4×6 page at the sizes used. */
const LINES_PER_PAGE = 18;

function paginate(heading: DocLine[], body: DocLine[], barcode: string | null): DocPage[] {
  const pages: DocPage[] = [];
  for (let start = 0; start === 0 || start < body.length; start += LINES_PER_PAGE) {
    pages.push({ lines: [...heading, ...body.slice(start, start + LINES_PER_PAGE)], barcode });
  }
  return pages;
}

function orderFacts(db: Database, orderId: number) {
  try {
    return orderDetail(db, orderId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw new AppError('not_found', `Order ${orderId} is not in the saved data: sync first.`, { orderId });
    throw error;
  }
}

/** `sellerLanguage`: the picking list's; `siteOf`: each order's store, for the words of what travels with it. */
export function buildPages(db: Database, kind: DocumentKind, orderIds: number[], sellerLanguage: Language, siteOf: (userId: number) => SiteId | null): DocPage[] {
  const orders = orderIds.map((id) => orderFacts(db, id));
  if (kind === 'picking_list') {
    const totals = new Map<string, { sku: string; title: string; variation: string; quantity: number }>();
    for (const detail of orders) {
      for (const line of detail.lines) {
        const key = `${line.sku ?? line.itemId ?? line.title}|${line.variationText}`;
        const entry = totals.get(key) ?? { sku: line.sku ?? line.itemId ?? '-', title: line.title, variation: line.variationText, quantity: 0 };
        entry.quantity += line.quantity;
        totals.set(key, entry);
      }
    }
    const rows = [...totals.values()].sort((a, b) => a.sku.localeCompare(b.sku));
    const body = rows.flatMap((row) => [medium(`${row.quantity} x ${row.sku}`), small(`${row.title}${row.variation ? ` (${row.variation})` : ''}`)]);
    const words = documentWords(sellerLanguage);
    return paginate([large(words.pickingList), small(words.pickingSummary(orders.length, rows.length))], body, null);
  }
  return orders.flatMap((detail) => {
    const id = detail.order.id;
    const words = parcelWords(siteOf(detail.order.userId));
    const shipment = detail.shipment;
    const receiver = shipment?.receiverName ?? detail.buyer.name ?? detail.buyer.nickname ?? '';
    const address = (shipment?.address ?? []).map(medium);
    const code = String(shipment?.id ?? id);
    if (kind === 'label') {
      const items = detail.lines.map((line) => small(`${line.quantity} x ${line.sku ?? ''} ${line.title}`.replace(/\s+/g, ' ')));
      return [{ lines: [large(words.order(id)), medium(words.shipTo), large(receiver), ...address, ...items.slice(0, 6)], barcode: code }];
    }
    const body = [
      ...detail.lines.flatMap((line) => [
        medium(`${line.quantity} x ${line.sku ?? line.itemId ?? ''}`),
        small(`${line.title}${line.variationText ? ` (${line.variationText})` : ''}`),
      ]),
      ...detail.notes.map((note) => small(words.note(note))),
    ];
    return paginate([large(words.packingSlip(id)), medium(receiver), ...address], body, code);
  });
}
