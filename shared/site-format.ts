/**
 * How each Mercado Libre site writes money and keeps time, whatever language the UI speaks: a price of
 * an Argentine store reads "$ 16.790,00", a Brazilian one "R$ 198,90", a Mexican one "$959.00". The
 * symbols and decimal places are the ones Mercado Libre's `/currencies` resource gives (CLP and COP are
 * shown without cents); the digits are grouped by the site's own locale. Built by hand from those
 * parts rather than from `Intl`'s currency style, whose symbols differ by locale and ICU version
 * ("MXN 959,00" in a Spanish UI, "US$" vs "USD").
 */
import type { SiteId } from './settings';

/** The locale each site writes numbers in. */
export const SITE_LOCALE: Record<SiteId, string> = {
  MLA: 'es-AR',
  MLB: 'pt-BR',
  MLM: 'es-MX',
  MLC: 'es-CL',
  MCO: 'es-CO',
  MLU: 'es-UY',
  MPE: 'es-PE',
};

/** The store's time zone by site: dates are shown as the seller's store lives them. */
export const SITE_TIME_ZONE: Record<SiteId, string> = {
  MLA: 'America/Argentina/Buenos_Aires',
  MLB: 'America/Sao_Paulo',
  MLM: 'America/Mexico_City',
  MLC: 'America/Santiago',
  MCO: 'America/Bogota',
  MLU: 'America/Montevideo',
  MPE: 'America/Lima',
};

interface CurrencyStyle {
  symbol: string;
  decimals: number;
  /** The site whose number style the currency is written in; null for one used on several (USD). */
  site: SiteId | null;
  /** A (non-breaking) space between symbol and digits, as the site shows it. */
  spaced: boolean;
}

export const CURRENCY_STYLE: Readonly<Record<string, CurrencyStyle>> = {
  ARS: { symbol: '$', decimals: 2, site: 'MLA', spaced: true },
  BRL: { symbol: 'R$', decimals: 2, site: 'MLB', spaced: true },
  MXN: { symbol: '$', decimals: 2, site: 'MLM', spaced: false },
  CLP: { symbol: '$', decimals: 0, site: 'MLC', spaced: false },
  COP: { symbol: '$', decimals: 0, site: 'MCO', spaced: true },
  UYU: { symbol: '$', decimals: 2, site: 'MLU', spaced: true },
  PEN: { symbol: 'S/', decimals: 2, site: 'MPE', spaced: true },
  USD: { symbol: 'U$S', decimals: 2, site: null, spaced: true },
};

export const SITE_CURRENCY: Record<SiteId, string> = {
  MLA: 'ARS',
  MLB: 'BRL',
  MLM: 'MXN',
  MLC: 'CLP',
  MCO: 'COP',
  MLU: 'UYU',
  MPE: 'PEN',
};

const NBSP = '\u00a0';
const DEFAULT_SITE: SiteId = 'MLA';
const numberFormats = new Map<string, Intl.NumberFormat>();

function digits(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Grouping always: Spanish locales would otherwise write 1234 without a thousands dot.
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: 'always' } as Intl.NumberFormatOptions);
    numberFormats.set(key, format);
  }
  return format;
}

/** The locale a currency's amounts are written in: its home site's, else the store's site's. */
export function moneyLocale(currency: string | null, site: SiteId | null = null): string {
  const home = currency ? CURRENCY_STYLE[currency]?.site : null;
  return SITE_LOCALE[home ?? site ?? DEFAULT_SITE];
}

/**
 * An amount as the store's site shows it. `site` (the store's) only matters for a currency that is not
 * a site's own (a listing in dollars); without a currency the bare number in the site's style.
 */
export function formatMoney(amount: number | null, currency: string | null, site: SiteId | null = null): string {
  if (amount === null || !Number.isFinite(amount)) return '—';
  const locale = moneyLocale(currency, site);
  const style = currency ? CURRENCY_STYLE[currency] : undefined;
  if (!style) {
    const number = digits(locale, Number.isInteger(amount) ? 0 : 2).format(Math.abs(amount));
    return `${amount < 0 ? '-' : ''}${currency ? `${currency}${NBSP}` : ''}${number}`;
  }
  const number = digits(locale, style.decimals).format(Math.abs(amount));
  const negative = amount < 0 && number.replace(/\D/g, '').replace(/0/g, '') !== '';
  return `${negative ? '-' : ''}${style.symbol}${style.spaced ? NBSP : ''}${number}`;
}

/** The decimal mark of a site's numbers ("," in Argentina and Brazil, "." in Mexico and Peru). */
export function decimalMark(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

export function isSiteId(value: string | null | undefined): value is SiteId {
  return value !== null && value !== undefined && Object.hasOwn(SITE_LOCALE, value);
}
