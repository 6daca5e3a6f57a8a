/**
 * "Export CSV" of the filtered orders: every row of the filter (read 500 at a time, not just the rows
 * on screen), quoted per RFC 4180, with a UTF-8 byte-order mark so Excel shows accents right. The file
 * follows the store's site, as its spreadsheets expect: where the decimal mark is a comma (Argentina,
 * Brazil…) fields are separated by `;`, where it is a point (Mexico, Peru) by `,`; dates are on the
 * store's clock. Order and pack ids are 16 digits, more than a spreadsheet number keeps (15), so they are
 * written as text formulas (`="2000001234567890"`), which Excel and LibreOffice both show digit for
 * digit. Other text that a spreadsheet would run as a formula (a buyer nickname starting with "=") is
 * prefixed with an apostrophe.
 */
import type { OrderRow, OrdersQuery } from '../../../shared/orders';
import type { SiteId } from '../../../shared/settings';
import { decimalMark, SITE_LOCALE, SITE_TIME_ZONE } from '../../../shared/site-format';
import type { OrdersMessages } from './locales';

export interface CsvStyle {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  /** The store's time zone dates are written in. */
  timeZone: string;
}

export function csvStyle(site: SiteId): CsvStyle {
  const decimal = decimalMark(SITE_LOCALE[site]) === ',' ? ',' : '.';
  return { delimiter: decimal === ',' ? ';' : ',', decimal, timeZone: SITE_TIME_ZONE[site] };
}

export function csvField(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(delimiter) || /[\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A long number kept as text; only digits get this form, so it can never carry a formula of its own. */
export function csvDigits(id: number | string | null, delimiter: string): string {
  if (id === null) return '';
  const digits = String(id);
  return /^\d+$/.test(digits) ? `="${digits}"` : csvField(digits, delimiter);
}

/** The amount exactly as Mercado Libre sent it (no float arithmetic), with the chosen decimal mark. */
export function csvAmount(amount: number | null, decimal: string): string {
  return amount === null ? '' : String(amount).replace('.', decimal);
}

const csvDates = new Map<string, Intl.DateTimeFormat>();

// `sv-SE` formats as `2026-11-23 13:41`: sortable, and read as a date by every spreadsheet.
export function csvDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const key = timeZone ?? '';
  let format = csvDates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone });
    csvDates.set(key, format);
  }
  return format.format(date);
}

export interface CsvLabels {
  csv: OrdersMessages['csv'];
  status: Record<string, string>;
  shipping: Record<string, string>;
}

export function ordersCsv(rows: readonly OrderRow[], labels: CsvLabels, style: CsvStyle, accountName: (userId: number) => string): string {
  const { csv } = labels;
  const text = (value: string) => csvField(value, style.delimiter);
  const header = [csv.date, csv.order, csv.pack, csv.account, csv.buyerNickname, csv.buyerName, csv.items, csv.total, csv.currency, csv.status, csv.shipping, csv.labelReady].map(text);
  const lines = [header, ...rows.map((row) => [
    text(csvDate(row.dateCreated, style.timeZone)),
    csvDigits(row.id, style.delimiter),
    csvDigits(row.packId, style.delimiter),
    text(accountName(row.userId)),
    text(row.buyerNickname ?? ''),
    text(row.buyerName ?? ''),
    text(row.itemTitles),
    text(csvAmount(row.totalAmount, style.decimal)),
    text(row.currencyId ?? ''),
    text(labels.status[row.status] ?? row.status),
    text(row.shippingStatus ? (labels.shipping[row.shippingStatus] ?? row.shippingStatus) : labels.shipping.no_shipment ?? ''),
    text(row.labelReady ? csv.yes : csv.no),
  ])];
  return `\uFEFF${lines.map((fields) => fields.join(style.delimiter)).join('\r\n')}\r\n`;
}

/** Reads every row of the filter in windows of 500 (the API's maximum). */
export async function fetchAllOrders(
  query: Omit<OrdersQuery, 'offset' | 'limit'>,
  page: (input: OrdersQuery) => Promise<{ total: number; rows: OrderRow[] } | null>,
): Promise<OrderRow[] | null> {
  const rows: OrderRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const answer = await page({ ...query, offset, limit: 500 });
    if (!answer) return null;
    rows.push(...answer.rows);
    if (answer.rows.length < 500 || rows.length >= answer.total) return rows;
  }
}

/** Hands the text to the browser as a download (the desktop app asks where to save it). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
