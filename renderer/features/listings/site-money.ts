/**
 * Money typed and read back as the listing's store writes it: formats through the one money formatter
 * (shared/site-format.ts) and reads a typed price back, accepting the site's decimal comma (or a dot)
 * and its thousands separators.
 */
import { useMemo } from 'react';
import type { SiteId } from '../../../shared/settings';
import { decimalMark, formatMoney, SITE_LOCALE } from '../../../shared/site-format';
import { useSiteOf } from '../../i18n/use-format';

export interface SiteMoney {
  /** The locale the site writes numbers in. */
  locale: string;
  site: SiteId | null;
  format(amount: number | null, currency: string | null): string;
  /** The typed text as a number, or null when it is not one. */
  parse(text: string): number | null;
  /** A number as the seller would type it on this site (no thousands separators). */
  toInput(amount: number | null): string;
}

/** Money of a store on `site`; without a site (an account no longer connected), Argentina's style. */
export function siteMoney(site: SiteId | null): SiteMoney {
  const locale = SITE_LOCALE[site ?? 'MLA'];
  const decimal = decimalMark(locale);
  return {
    locale,
    site,
    format: (amount, currency) => formatMoney(amount, currency, site),
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

const bySite = new Map<SiteId | null, SiteMoney>();

function moneyOfSite(site: SiteId | null): SiteMoney {
  let money = bySite.get(site);
  if (!money) {
    money = siteMoney(site);
    bySite.set(site, money);
  }
  return money;
}

/** Money for the store of `userId` (the account's site). */
export function useSiteMoney(userId: number | null): SiteMoney {
  const siteOf = useSiteOf();
  const site = userId === null ? null : siteOf(userId);
  return useMemo(() => moneyOfSite(site), [site]);
}

/** Money by each row's store, for lists that mix accounts (a bulk preview): `of(userId)`. */
export function useSiteMoneyByAccount(): (userId: number) => SiteMoney {
  const siteOf = useSiteOf();
  return useMemo(() => (userId: number) => moneyOfSite(siteOf(userId)), [siteOf]);
}
