/**
 * "Export CSV" of the filtered orders: every row of the filter (read 500 at a time, not just the rows
 * on screen), quoted per RFC 4180, with a UTF-8 byte-order mark so Excel shows accents right. Spanish
 * and Portuguese spreadsheets expect `;` between fields and a decimal comma, English ones `,` and a
 * point, so the file follows the UI language. Text that a spreadsheet would run as a formula (a buyer
 * nickname starting with "=") is prefixed with an apostrophe.
 */
import type { OrderRow, OrdersQuery } from '../../../shared/orders';
import type { OrdersMessages } from './locales';

export interface CsvStyle {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export function csvStyle(language: string): CsvStyle {
  return language === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };
}

export function csvField(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(delimiter) || /[\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The amount exactly as Mercado Libre sent it (no float arithmetic), with the chosen decimal mark. */
export function csvAmount(amount: number | null, decimal: string): string {
  return amount === null ? '' : String(amount).replace('.', decimal);
}

// `sv-SE` formats as `2026-11-23 13:41`: sortable, and read as a date by every spreadsheet.
const CSV_DATE = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

export function csvDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : CSV_DATE.format(date);
}

export interface CsvLabels {
  csv: OrdersMessages['csv'];
  status: Record<string, string>;
  shipping: Record<string, string>;
}

export function ordersCsv(rows: readonly OrderRow[], labels: CsvLabels, style: CsvStyle, accountName: (userId: number) => string): string {
  const { csv } = labels;
  const header = [csv.date, csv.order, csv.pack, csv.account, csv.buyerNickname, csv.buyerName, csv.items, csv.total, csv.currency, csv.status, csv.shipping, csv.labelReady];
  const lines = [header, ...rows.map((row) => [
    csvDate(row.dateCreated),
    String(row.id),
    row.packId === null ? '' : String(row.packId),
    accountName(row.userId),
    row.buyerNickname ?? '',
    row.buyerName ?? '',
    row.itemTitles,
    csvAmount(row.totalAmount, style.decimal),
    row.currencyId ?? '',
    labels.status[row.status] ?? row.status,
    row.shippingStatus ? (labels.shipping[row.shippingStatus] ?? row.shippingStatus) : labels.shipping.no_shipment ?? '',
    row.labelReady ? csv.yes : csv.no,
  ])];
  return `\uFEFF${lines.map((fields) => fields.map((field) => csvField(field, style.delimiter)).join(style.delimiter)).join('\r\n')}\r\n`;
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
