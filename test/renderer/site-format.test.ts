/**
 * Money is written as the store's site writes it whatever the UI language (symbol, decimals and digit
 * grouping as Mercado Libre shows them), and dates follow the UI language's pattern on the store's clock.
 */
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../renderer/i18n/use-format';
import { formatMoney, SITE_CURRENCY, SITE_TIME_ZONE } from '../../shared/site-format';
import { SITES } from '../../shared/settings';

const UI_LOCALES = ['es-AR', 'pt-BR', 'en'] as const;
// Spaces shown as plain spaces so the expectations read like the screen (Intl uses no-break spaces).
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const EXPECTED: Record<string, [number, string][]> = {
  ARS: [[16790, '$ 16.790,00'], [1234.5, '$ 1.234,50'], [-15.5, '-$ 15,50']],
  BRL: [[198.9, 'R$ 198,90'], [1234567.891, 'R$ 1.234.567,89']],
  MXN: [[959, '$959.00'], [12500.5, '$12,500.50']],
  CLP: [[16790, '$16.790'], [1990, '$1.990']],
  COP: [[89900, '$ 89.900'], [1250000, '$ 1.250.000']],
  UYU: [[1290.5, '$ 1.290,50'], [450, '$ 450,00']],
  PEN: [[129.9, 'S/ 129.90'], [2599, 'S/ 2,599.00']],
};

describe('money by site', () => {
  for (const locale of UI_LOCALES) {
    for (const [currency, cases] of Object.entries(EXPECTED)) {
      it(`${currency} reads as its site writes it in a ${locale} UI`, () => {
        const format = createFormatters(locale);
        for (const [amount, shown] of cases) expect(plain(format.money(amount, currency))).toBe(shown);
      });
    }
  }

  it('covers every site Mostrador supports', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SITES.map((site) => SITE_CURRENCY[site]).sort());
  });

  it('writes dollars as U$S in the style of the store that lists them, and shows a missing amount as a dash', () => {
    expect(plain(formatMoney(1500.5, 'USD', 'MLA'))).toBe('U$S 1.500,50');
    expect(plain(formatMoney(1500.5, 'USD', 'MLM'))).toBe('U$S 1,500.50');
    expect(formatMoney(null, 'ARS')).toBe('—');
  });

  it('keeps an unknown currency readable by its code', () => {
    expect(plain(formatMoney(10.5, 'EUR', 'MLA'))).toBe('EUR 10,50');
  });
});

describe('dates on the store clock, in the UI language', () => {
  // 02:30 UTC on 15 January is still the 14th at 23:30 in Buenos Aires, 21:30 in Mexico City.
  const at = '2026-01-15T02:30:00.000Z';

  it('uses the site time zone with each language pattern', () => {
    expect(plain(createFormatters('es-AR', SITE_TIME_ZONE.MLA).dateTime(at))).toBe('14/1/26, 11:30 p. m.');
    expect(plain(createFormatters('pt-BR', SITE_TIME_ZONE.MLA).dateTime(at))).toBe('14/01/2026, 23:30');
    expect(plain(createFormatters('en', SITE_TIME_ZONE.MLA).dateTime(at))).toBe('1/14/26, 11:30 PM');
  });

  it('lets a row of another store use that store clock', () => {
    const format = createFormatters('es-AR', SITE_TIME_ZONE.MLA);
    expect(plain(format.time(at, 'MLM'))).toBe('8:30 p. m.');
    expect(plain(format.shortDate(at, 'MLB'))).toBe('14/1/26');
    expect(plain(format.time(at))).toBe('11:30 p. m.');
  });
});
