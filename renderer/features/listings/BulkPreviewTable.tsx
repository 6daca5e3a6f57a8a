/**
 * The rows of a bulk preview: what is left out, with the reason in words, first (it is the short list
 * a seller must not miss), then what changes (listing, before → after, in the store's money).
 */
import { useTranslation } from 'react-i18next';
import type { BulkPreviewRow } from '../../../shared/listing-edits';
import { useFormat } from '../../i18n/use-format';
import type { ListingsMessages } from './locales';
import { useSiteMoneyByAccount } from './site-money';

type Value = BulkPreviewRow['before'];

function useValueText(): (row: BulkPreviewRow, value: Value) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const moneyOf = useSiteMoneyByAccount();
  return (row, value) => {
    if (value === null) return '—';
    if (row.field === 'price' && typeof value === 'number') return moneyOf(row.userId).format(value, row.currencyId);
    if (row.field === 'availableQuantity' && typeof value === 'number') return format.number(value);
    const status = String(value);
    return status in { active: 1, paused: 1, closed: 1, under_review: 1, inactive: 1 } ? t(`listings.status.${status as keyof ListingsMessages['status']}`) : status;
  };
}

function ListingCell({ row }: { row: BulkPreviewRow }) {
  return (
    <th scope="row" className="bulk-preview__listing">
      <span className="bulk-preview__title">{row.title}</span>
      <span className="bulk-preview__meta">
        <span className="listings-id">{row.itemId}</span>
        {row.variation && <span>{row.variation}</span>}
      </span>
    </th>
  );
}

export function BulkPreviewTable({ rows }: { rows: readonly BulkPreviewRow[] }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const changing = rows.filter((row) => row.skipped === null);
  const skipping = rows.filter((row) => row.skipped !== null);
  const key = (row: BulkPreviewRow) => `${row.itemId}:${row.variationId ?? ''}`;
  return (
    <div className="bulk-preview__scroll" tabIndex={0} aria-label={t('listings.bulk.dialogTitle')}>
      {skipping.length > 0 && (
        <table className="bulk-preview__table bulk-preview__table--skipped" data-testid="bulk-skipping">
          <caption>
            {t('listings.bulk.skippingHeading')} ({skipping.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('listings.bulk.column.listing')}</th>
              <th scope="col" className="listings-num">{t('listings.bulk.column.before')}</th>
              <th scope="col">{t('listings.bulk.column.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {skipping.map((row) => (
              <tr key={key(row)} data-testid="bulk-skipped-row" data-item={row.itemId} data-reason={row.skipped}>
                <ListingCell row={row} />
                <td className="listings-num">{valueText(row, row.before)}</td>
                <td className="bulk-preview__reason">{row.skipped ? t(`listings.bulk.reasons.${row.skipped}`) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changing.length > 0 && (
        <table className="bulk-preview__table" data-testid="bulk-changing">
          <caption>
            {t('listings.bulk.changingHeading')} ({changing.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('listings.bulk.column.listing')}</th>
              <th scope="col" className="listings-num">{t('listings.bulk.column.before')}</th>
              <th scope="col" className="listings-num">{t('listings.bulk.column.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changing.map((row) => (
              <tr key={key(row)} data-testid="bulk-row" data-item={row.itemId}>
                <ListingCell row={row} />
                <td className="listings-num bulk-preview__before" data-testid="bulk-before">{valueText(row, row.before)}</td>
                <td className="listings-num bulk-preview__after" data-testid="bulk-after">
                  <span aria-hidden="true">→ </span>
                  {valueText(row, row.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
