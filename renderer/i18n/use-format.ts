/**
 * Formatting for the UI language with Intl: dates and times in the seller's own time zone (the
 * computer's; everything is stored in UTC), money in each amount's own currency, and "3 h ago".
 * Formatters are built once per language because building them is far slower than using them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, intlLocale, isLanguage } from './language';

export interface Formatters {
  locale: string;
  dateTime(iso: string): string;
  date(iso: string): string;
  shortDate(iso: string): string;
  time(iso: string): string;
  money(amount: number | null, currency: string | null): string;
  number(value: number): string;
  /** "hace 3 h" / "3 hours ago"; `now` is passed in so callers control when it refreshes. */
  ago(iso: string, now: number): string;
}

const money = new Map<string, Intl.NumberFormat>();

export function createFormatters(locale: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const safe = (format: (value: Date) => string) => (iso: string) => {
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? '' : format(value);
  };
  return {
    locale,
    dateTime: safe((value) => dateTime.format(value)),
    date: safe((value) => date.format(value)),
    shortDate: safe((value) => shortDate.format(value)),
    time: safe((value) => time.format(value)),
    money(amount, currency) {
      if (amount === null) return '—';
      if (!currency) return number.format(amount);
      const key = `${locale}|${currency}`;
      let format = money.get(key);
      if (!format) {
        try {
          format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        } catch {
          // An unknown currency code from the API: show the number with the code rather than nothing.
          return `${number.format(amount)} ${currency}`;
        }
        money.set(key, format);
      }
      return format.format(amount);
    },
    number: (value) => number.format(value),
    ago(iso, now) {
      const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
      if (Number.isNaN(seconds)) return '';
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(0, 'minute');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
      return date.format(new Date(iso));
    },
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
  return useMemo(() => createFormatters(intlLocale(language)), [language]);
}
