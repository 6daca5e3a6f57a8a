/**
 * The Orders CSV export: RFC 4180 quoting, a UTF-8 byte-order mark, the delimiter and decimal mark of
 * the store's site, dates on its clock, 16-digit ids kept as text, amounts exactly as sent (no float
 * arithmetic), formula-looking text neutralised, and every row of the filter read in windows of 500.
 */
import { describe, expect, it } from 'vitest';
import { csvAmount, csvDigits, csvField, csvStyle, fetchAllOrders, ordersCsv } from '../../renderer/features/orders/export-csv';
import { ordersLocales } from '../../renderer/features/orders/locales';
import type { OrderRow } from '../../shared/orders';

function order(id: number, patch: Partial<OrderRow> = {}): OrderRow {
  return {
    id,
    userId: 1,
    status: 'paid',
    dateCreated: '2026-11-23T16:41:00.000Z',
    totalAmount: 17790.5,
    currencyId: 'ARS',
    buyerNickname: 'COMPRADOR',
    buyerName: 'Florencia Benítez',
    itemTitles: 'Tira Led; "RGB", 5 m',
    packId: null,
    shippingId: 5,
    shippingStatus: 'ready_to_ship',
    shippingSubstatus: 'ready_to_print',
    labelReady: true,
    partial: false,
    ...patch,
  };
}

const es = ordersLocales.es;
const labels = { csv: es.csv, status: es.status, shipping: es.shipping };

describe('csvField', () => {
  it('quotes fields with the delimiter, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('plain', ';')).toBe('plain');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('=HYPERLINK("x")', ';')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+54 11', ';')).toBe("'+54 11");
    expect(csvField('@buyer', ';')).toBe("'@buyer");
  });
});

describe('ordersCsv', () => {
  it('starts with a byte-order mark, uses ; and a decimal comma for an Argentine store, and ends every line with CRLF', () => {
    const text = ordersCsv([order(1), order(2, { labelReady: false, status: 'cancelled' })], labels, csvStyle('MLA'), () => 'TIENDA');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two orders, and the empty string after the last CRLF
    expect(lines[0]?.split(';')[0]).toBe(es.csv.date);
    expect(lines[1]).toContain(';17790,5;ARS;Pagado;Listo para enviar;Sí');
    expect(lines[1]).toContain('"Tira Led; ""RGB"", 5 m"');
    expect(lines[2]).toContain(';Cancelado;');
  });

  it('uses , and a decimal point for a Mexican store, whatever the UI language', () => {
    const text = ordersCsv([order(1)], { csv: ordersLocales.en.csv, status: ordersLocales.en.status, shipping: ordersLocales.en.shipping }, csvStyle('MLM'), () => 'SHOP');
    expect(text).toContain(',17790.5,ARS,Paid,Ready to ship,Yes');
    expect(csvStyle('MLB')).toMatchObject({ delimiter: ';', decimal: ',' });
    expect(csvStyle('MPE')).toMatchObject({ delimiter: ',', decimal: '.' });
  });

  it('writes amounts as Mercado Libre sent them, never recomputed', () => {
    expect(csvAmount(1234.56, ',')).toBe('1234,56');
    expect(csvAmount(17790, ',')).toBe('17790');
    expect(csvAmount(null, ',')).toBe('');
  });
});

describe('ids and dates in the file', () => {
  it('writes 16-digit order and pack ids as text formulas a spreadsheet keeps digit for digit', () => {
    const text = ordersCsv([order(2000001234567890, { packId: 2000009876543210 })], labels, csvStyle('MLA'), () => 'TIENDA');
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const row = text.slice(1).split('\r\n')[1] ?? '';
    expect(row.startsWith('2026-11-23 13:41;="2000001234567890";="2000009876543210";TIENDA;')).toBe(true);
    expect(csvDigits(null, ';')).toBe('');
  });

  it('keeps the formula guard for text: only digits become a formula', () => {
    expect(csvDigits('=1+1', ';')).toBe("'=1+1");
    const text = ordersCsv([order(1, { buyerNickname: '=cmd|calc' })], labels, csvStyle('MLA'), () => '@TIENDA');
    expect(text).toContain(";'@TIENDA;'=cmd|calc;");
  });

  it('writes dates on the store clock', () => {
    const mexico = ordersCsv([order(1)], labels, csvStyle('MLM'), () => 'T');
    expect(mexico.split('\r\n')[1]?.startsWith('2026-11-23 10:41,="1",')).toBe(true);
  });
});

describe('fetchAllOrders', () => {
  it('reads every row of the filter in windows of 500', async () => {
    const all = Array.from({ length: 1234 }, (_, index) => order(index + 1));
    const asked: number[] = [];
    const rows = await fetchAllOrders({ sort: 'date_desc' }, async (query) => {
      asked.push(query.offset ?? 0);
      expect(query.limit).toBe(500);
      return { total: all.length, rows: all.slice(query.offset ?? 0, (query.offset ?? 0) + 500) };
    });
    expect(rows).toHaveLength(1234);
    expect(asked).toEqual([0, 500, 1000]);
  });

  it('gives up (null) when a window fails, rather than exporting part of the filter', async () => {
    expect(await fetchAllOrders({}, async () => null)).toBeNull();
  });
});
