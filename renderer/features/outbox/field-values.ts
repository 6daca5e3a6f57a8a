/** One edited field's value in words: money in the listing's store format, status in the seller's language. */
import type { ListingEditField } from '../../../shared/listing-edits';
import type { SiteMoney } from '../listings/site-money';

const STATUSES = ['active', 'paused', 'closed'] as const;

/** The few words this needs; a narrow signature keeps tsc from expanding the whole catalogue's key types. */
export interface FieldWords {
  unknownValue: string;
  status: (status: (typeof STATUSES)[number]) => string;
  descriptionChanged: (characters: number) => string;
}


export function fieldValue(field: ListingEditField | string, value: unknown, money: SiteMoney, currency: string | null, words: FieldWords): string {
  if (value === undefined || value === null) return words.unknownValue;
  switch (field) {
    case 'price':
      return typeof value === 'number' ? money.format(value, currency) : String(value);
    case 'availableQuantity':
      return typeof value === 'number' ? new Intl.NumberFormat(money.locale).format(value) : String(value);
    case 'status':
      return (STATUSES as readonly unknown[]).includes(value) ? words.status(value as (typeof STATUSES)[number]) : String(value);
    case 'description':
      return typeof value === 'string' ? words.descriptionChanged(value.length) : String(value);
    default:
      return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  }
}

export function isEditField(field: string): field is ListingEditField {
  return ['title', 'price', 'availableQuantity', 'status', 'description', 'sku'].includes(field);
}
