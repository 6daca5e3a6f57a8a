/**
 * Formatting with Intl: words and date patterns follow the UI language, but the clock is the store's
 * (its site's time zone; everything is stored in UTC) and money is written as the store's site writes
 * it (shared/site-format.ts), so an Argentine price reads "$ 16.790,00" in any language.
 * Formatters are built once per language and zone because building them is far slower than using them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteId } from '../../shared/settings';
import { formatMoney, isSiteId, SITE_TIME_ZONE } from '../../shared/site-format';
import { useAccounts, useActiveAccount } from '../stores/accounts';
import { FALLBACK_LANGUAGE, intlLocale, isLanguage } from './language';

export interface Formatters {
  locale: string;
  /** The zone dates are shown in when no row's site says otherwise (undefined: this computer's). */
  timeZone: string | undefined;
  /** Each date formatter takes the row's site when rows of several stores are mixed. */
  dateTime(iso: string, site?: SiteId | null): string;
  date(iso: string, site?: SiteId | null): string;
  shortDate(iso: string, site?: SiteId | null): string;
  time(iso: string, site?: SiteId | null): string;
  /** Money as the store's site shows it; `site` matters only for a currency not a site's own (USD). */
  money(amount: number | null, currency: string | null, site?: SiteId | null): string;
  number(value: number): string;
  /** "hace 3 h" / "3 hours ago"; `now` is passed in so callers control when it refreshes. */
  ago(iso: string, now: number): string;
}

const STYLES = {
  dateTime: { dateStyle: 'short', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  shortDate: { dateStyle: 'short' },
  time: { timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type DateStyle = keyof typeof STYLES;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: DateStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

export function createFormatters(locale: string, timeZone?: string, site: SiteId | null = null): Formatters {
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const dates = (style: DateStyle) => (iso: string, rowSite?: SiteId | null) => {
    const value = new Date(iso);
    if (Number.isNaN(value.getTime())) return '';
    return dateFormat(locale, style, rowSite ? SITE_TIME_ZONE[rowSite] : timeZone).format(value);
  };
  const date = dates('date');
  return {
    locale,
    timeZone,
    dateTime: dates('dateTime'),
    date,
    shortDate: dates('shortDate'),
    time: dates('time'),
    money: (amount, currency, rowSite) => formatMoney(amount, currency, rowSite ?? site),
    number: (value) => number.format(value),
    ago(iso, now) {
      const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
      if (Number.isNaN(seconds)) return '';
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(0, 'minute');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
      return date(iso);
    },
  };
}

/**
 * Formatters in the UI language, on the clock of one store: the account `userId` (a detail panel's
 * order or listing), else the store in use (the active account's site).
 */
export function useFormat(userId?: number | null): Formatters {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
  const activeSite = useActiveAccount()?.siteId ?? null;
  const siteOf = useSiteOf();
  const site = (userId ? siteOf(userId) : null) ?? activeSite;
  return useMemo(() => createFormatters(intlLocale(language), site ? SITE_TIME_ZONE[site] : undefined, site), [language, site]);
}

/** The site of each connected account, for lists that mix stores: `siteOf(row.userId)`. */
export function useSiteOf(): (userId: number) => SiteId | null {
  const accounts = useAccounts((state) => state.value);
  return useMemo(() => {
    const sites = new Map((accounts ?? []).map((account) => [account.userId, account.siteId]));
    return (userId: number) => {
      const site = sites.get(userId);
      return isSiteId(site) ? site : null;
    };
  }, [accounts]);
}
