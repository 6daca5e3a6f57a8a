/** The Listings screen's search box (title, SKU or id), status filter and sort. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ListingsQuery } from '../../../shared/listings';

export type ListingsSort = NonNullable<ListingsQuery['sort']>;
export type ListingsStatus = NonNullable<ListingsQuery['statuses']>[number];
const SORTS = ListingsQuery.shape.sort.removeDefault().options;
const STATUSES = ListingsQuery.shape.statuses.unwrap().element.options;

export interface ListingsFilters {
  search: string;
  status: ListingsStatus | '';
  sort: ListingsSort;
}

export const NO_LISTINGS_FILTERS: ListingsFilters = { search: '', status: '', sort: 'title_asc' };

export function ListingsFilterBar({ filters, onChange }: { filters: ListingsFilters; onChange(patch: Partial<ListingsFilters>): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter-bar" role="search" aria-label={t('listings.search')}>
      <div className="filter filter--search">
        <label htmlFor={`${id}-search`}>{t('listings.search')}</label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          value={filters.search}
          maxLength={200}
          placeholder={t('listings.searchPlaceholder')}
          onChange={(event) => onChange({ search: event.target.value })}
        />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-status`}>{t('listings.statusFilter')}</label>
        <select id={`${id}-status`} className="input" value={filters.status} onChange={(event) => onChange({ status: event.target.value as ListingsStatus | '' })}>
          <option value="">{t('listings.all')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`listings.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-sort`}>{t('listings.sort')}</label>
        <select id={`${id}-sort`} className="input" value={filters.sort} onChange={(event) => onChange({ sort: event.target.value as ListingsSort })}>
          {SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`listings.sortBy.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
