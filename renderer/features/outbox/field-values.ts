/** One edited field's value in words: money in the listing's store format, status in the seller's language. */
import type { useTranslation } from 'react-i18next';
import type { ListingEditField } from '../../../shared/listing-edits';
import type { SiteMoney } from '../listings/site-money';

type Translate = ReturnType<typeof useTranslation>['t'];

const STATUSES = ['active', 'paused', 'closed'] as const;

export function fieldValue(field: ListingEditField | string, value: unknown, money: SiteMoney, currency: string | null, t: Translate): string {
  if (value === undefined || value === null) return t('outbox.unknownValue');
  switch (field) {
    case 'price':
      return typeof value === 'number' ? money.format(value, currency) : String(value);
    case 'availableQuantity':
      return typeof value === 'number' ? new Intl.NumberFormat(money.locale).format(value) : String(value);
    case 'status':
      return (STATUSES as readonly unknown[]).includes(value) ? t(`outbox.statusValue.${value as (typeof STATUSES)[number]}`) : String(value);
    case 'description':
      return typeof value === 'string' ? t('outbox.descriptionChanged', { count: value.length }) : String(value);
    default:
      return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  }
}

export function isEditField(field: string): field is ListingEditField {
  return ['title', 'price', 'availableQuantity', 'status', 'description', 'sku'].includes(field);
}
