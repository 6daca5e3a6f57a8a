/**
 * Money as the listing's store shows it: a price in pesos of an Argentine store reads "$ 12.345,50"
 * whatever the UI language, a Brazilian one "R$ 12.345,50". Also reads a typed price back, accepting
 * the site's decimal comma (or a dot) and its thousands separators.
 */
import { useMemo } from 'react';
import type { SiteId } from '../../../shared/settings';
import { createFormatters, type Formatters } from '../../i18n/use-format';
import { useAccounts } from '../../stores/accounts';

const SITE_LOCALE: Record<SiteId, string> = {
  MLA: 'es-AR',
  MLB: 'pt-BR',
  MLM: 'es-MX',
  MLC: 'es-CL',
  MCO: 'es-CO',
  MLU: 'es-UY',
  MPE: 'es-PE',
};

export interface SiteMoney {
  locale: string;
  format(amount: number | null, currency: string | null): string;
  /** The typed text as a number, or null when it is not one. */
  parse(text: string): number | null;
  /** A number as the seller would type it on this site (no thousands separators). */
  toInput(amount: number | null): string;
}

function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

export function siteMoney(locale: string, formatters: Formatters = createFormatters(locale)): SiteMoney {
  const decimal = decimalSeparator(locale);
  return {
    locale,
    format: formatters.money,
    parse(text) {
      let cleaned = text.replace(/[\s\u00a0$R]/g, '');
      if (cleaned === '') return null;
      // With the site's decimal comma, dots are thousands; a lone dot followed by 1–2 digits is a decimal.
      if (decimal === ',') {
        if (cleaned.includes(',')) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
        else if (!/^\d+\.\d{1,2}$/.test(cleaned)) cleaned = cleaned.replace(/\./g, '');
      } else cleaned = cleaned.replace(/,/g, '');
      if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
      const value = Number(cleaned);
      return Number.isFinite(value) ? value : null;
    },
    toInput(amount) {
      if (amount === null) return '';
      const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
      return decimal === ',' ? fixed.replace('.', ',') : fixed;
    },
  };
}

/** Money for the store of `userId` (the account's site); the UI locale when the account is unknown. */
export function useSiteMoney(userId: number | null, fallbackLocale: string): SiteMoney {
  const siteId = useAccounts((state) => state.value?.find((account) => account.userId === userId)?.siteId ?? null);
  const locale = siteId ? SITE_LOCALE[siteId] : fallbackLocale;
  return useMemo(() => siteMoney(locale), [locale]);
}

/** Money by each row's store, for lists that mix accounts (a bulk preview): `of(userId)`. */
export function useSiteMoneyByAccount(fallbackLocale: string): (userId: number) => SiteMoney {
  const accounts = useAccounts((state) => state.value);
  return useMemo(() => {
    const byLocale = new Map<string, SiteMoney>();
    const sites = new Map((accounts ?? []).map((account) => [account.userId, account.siteId]));
    return (userId: number) => {
      const siteId = sites.get(userId);
      const locale = siteId ? SITE_LOCALE[siteId] : fallbackLocale;
      let money = byLocale.get(locale);
      if (!money) {
        money = siteMoney(locale);
        byLocale.set(locale, money);
      }
      return money;
    };
  }, [accounts, fallbackLocale]);
}
