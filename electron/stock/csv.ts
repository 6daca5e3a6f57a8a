/**
 * The inventory as CSV (SKU, name, on hand, buffer). Sites that write decimals with a comma use ";" so
 * spreadsheets there open it in columns; an import takes either, read from its header. A cell that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) is written with a leading
 * apostrophe, which an import removes again.
 */
import type { ImportError, ImportRow } from '../../shared/stock';
import type { SkuRow } from './inventory';

const COMMA_DECIMAL_SITES = new Set(['MLA', 'MLB', 'MLC', 'MCO', 'MLU', 'MPE', 'MLV', 'MPY', 'MEC', 'MBO']);

export function separatorFor(siteId: string | null): string {
  return siteId !== null && !COMMA_DECIMAL_SITES.has(siteId) ? ',' : ';';
}

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string, separator: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const HEADER = ['sku', 'name', 'on_hand', 'buffer'] as const;

export function exportCsv(rows: readonly SkuRow[], separator: string): string {
  const lines = [HEADER.join(separator)];
  for (const row of rows) lines.push([row.sku, row.name, String(row.onHand), String(row.buffer)].map((value) => cell(value, separator)).join(separator));
  return `${lines.join('\r\n')}\r\n`;
}

/** Splits CSV text into records of cells (quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string, separator: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        value += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        value += char;
      }
      continue;
    }
    if (char === '"' && value === '') quoted = true;
    else if (char === separator) {
      cells.push(value);
      value = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      cells.push(value);
      if (cells.some((entry) => entry.trim() !== '')) records.push({ line: start, cells });
      cells = [];
      value = '';
      line += 1;
      start = line;
    } else value += char;
  }
  cells.push(value);
  if (cells.some((entry) => entry.trim() !== '')) records.push({ line: start, cells });
  return records;
}

const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function quantity(raw: string | undefined, fallback: number, errors: Set<ImportError>): number {
  const text = (raw ?? '').trim();
  if (text === '') return fallback;
  if (!/^-?\d+$/.test(text)) {
    errors.add('not_a_number');
    return fallback;
  }
  const value = Number(text);
  if (value < 0) errors.add('negative');
  if (value > 1_000_000) errors.add('not_a_number');
  return value;
}

/** The rows of an import against the inventory: each with its before → after, or its errors. */
export function previewImport(text: string, skus: ReadonlyMap<string, SkuRow>): { separator: string; rows: ImportRow[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') ? ';' : ',';
  const records = parseCsv(body, separator);
  const header = records.shift();
  const names = header?.cells.map((name) => name.trim().toLowerCase()) ?? [];
  const column = (name: string) => names.indexOf(name);
  if (!header || column('sku') < 0 || (column('on_hand') < 0 && column('buffer') < 0)) {
    return { separator, rows: [{ line: header?.line ?? 1, sku: '', name: null, before: null, after: null, errors: ['bad_header'] }] };
  }
  const counts = new Map<string, number>();
  for (const record of records) {
    const sku = unescapeFormula((record.cells[column('sku')] ?? '').trim());
    counts.set(sku, (counts.get(sku) ?? 0) + 1);
  }
  const rows: ImportRow[] = records.map((record) => {
    const errors = new Set<ImportError>();
    // A file saved in another encoding and read as UTF-8 shows replacement characters.
    if (record.cells.some((value) => value.includes('\uFFFD'))) errors.add('bad_encoding');
    const sku = unescapeFormula((record.cells[column('sku')] ?? '').trim());
    const nameCell = column('name') >= 0 ? record.cells[column('name')] : undefined;
    const name = nameCell === undefined ? null : unescapeFormula(nameCell.trim());
    if (sku === '') errors.add('missing_sku');
    else if ((counts.get(sku) ?? 0) > 1) errors.add('duplicate_sku');
    const known = skus.get(sku);
    if (sku !== '' && !known) errors.add('unknown_sku');
    const before = known ? { onHand: known.onHand, buffer: known.buffer } : null;
    const onHand = quantity(column('on_hand') >= 0 ? record.cells[column('on_hand')] : undefined, known?.onHand ?? 0, errors);
    const buffer = quantity(column('buffer') >= 0 ? record.cells[column('buffer')] : undefined, known?.buffer ?? 0, errors);
    return { line: record.line, sku, name, before, after: errors.size === 0 ? { onHand, buffer } : null, errors: [...errors] };
  });
  return { separator, rows };
}
