// Selling fees per site and listing type, shared by generated orders (sale_fee) and
// /sites/{site}/listing_prices, so both always agree.
import type { SiteId } from '../model';

export interface ListingTypeFee {
  id: string;
  name: string;
  exposure: string;
  percent: number;
}

export const LISTING_TYPES: Record<SiteId, ListingTypeFee[]> = {
  MLA: [{ id: 'gold_pro', name: 'Premium', exposure: 'highest', percent: 28.5 }, { id: 'gold_special', name: 'Clásica', exposure: 'highest', percent: 14.5 }, { id: 'free', name: 'Gratuita', exposure: 'lowest', percent: 0 }],
  MLB: [{ id: 'gold_pro', name: 'Premium', exposure: 'highest', percent: 17 }, { id: 'gold_special', name: 'Clássico', exposure: 'highest', percent: 12 }, { id: 'free', name: 'Grátis', exposure: 'lowest', percent: 0 }],
  MLM: [{ id: 'gold_pro', name: 'Premium', exposure: 'highest', percent: 19 }, { id: 'gold_special', name: 'Clásica', exposure: 'highest', percent: 14 }, { id: 'free', name: 'Gratuita', exposure: 'lowest', percent: 0 }],
};

/** Low-priced sales pay a fixed fee on top of the percentage, as on the real sites. */
const FIXED_FEE: Record<SiteId, { below: number; amount: number }> = {
  MLA: { below: 15_000, amount: 900 },
  MLB: { below: 79, amount: 6.25 },
  MLM: { below: 299, amount: 25 },
};

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function saleFee(site: SiteId, listingTypeId: string, price: number): { amount: number; percent: number; fixed: number } {
  const type = LISTING_TYPES[site].find((t) => t.id === listingTypeId);
  const percent = type?.percent ?? 0;
  const fixedRule = FIXED_FEE[site];
  const fixed = percent > 0 && price < fixedRule.below ? fixedRule.amount : 0;
  return { amount: round2((price * percent) / 100 + fixed), percent, fixed };
}
