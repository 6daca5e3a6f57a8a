/**
 * Listings (read-only for now): every cached listing with its variations, searchable by title and SKU,
 * filtered by status and sorted, in a virtualized table that reads the cache in windows.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListingsQuery, type ListingRow } from '../../../shared/listings';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ListingsIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { LoadError } from '../../components/table/LoadError';
import { useRowWindow } from '../../components/table/use-row-window';
import { useDebounced } from '../../components/use-debounced';
import { useFormat } from '../../i18n/use-format';
import { useAccounts } from '../../stores/accounts';
import { useCacheVersion } from '../../stores/cache-changes';
import { anyFirstSyncDone, useSync } from '../../stores/sync';
import { SyncProgress } from '../sync/SyncProgress';
import { ListingsTable } from './ListingsTable';
import '../../components/table/data-screen.css';
import './listings.css';

type Sort = NonNullable<ListingsQuery['sort']>;
type Status = NonNullable<ListingsQuery['statuses']>[number];
const SORTS = ListingsQuery.shape.sort.removeDefault().options;
const STATUSES = ListingsQuery.shape.statuses.unwrap().element.options;

export function ListingsPage() {
  const { t } = useTranslation();
  const id = useId();
  const accounts = useAccounts((state) => state.value) ?? [];
  const format = useFormat();
  const syncStatus = useSync((state) => state.status);
  const version = useCacheVersion('items');
  const [searchText, setSearchText] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [sort, setSort] = useState<Sort>('title_asc');
  const search = useDebounced(searchText.trim(), 250);

  const query = useMemo<ListingsQuery>(() => ({ sort, ...(status ? { statuses: [status] } : {}), ...(search ? { search } : {}) }), [sort, status, search]);
  const queryKey = JSON.stringify(query);
  const fetchPage = useCallback((offset: number, limit: number) => call('listings.query', { ...query, offset, limit }), [query]);
  const rows = useRowWindow<ListingRow>(fetchPage, queryKey, version);

  const header = <PageHeader title={t('nav.listings')} subtitle={t('sections.listings.subtitle')} />;
  if (accounts.length === 0) {
    return (
      <>
        {header}
        <EmptyState icon={ListingsIcon} title={t('sections.listings.emptyTitle')} body={t('sections.listings.emptyBody')} note={t('sections.listings.emptyNote')} />
      </>
    );
  }
  const total = rows.total;
  return (
    <div className="listings-page">
      {header}
      <SyncProgress />
      <div className="filter-bar" role="search" aria-label={t('listings.search')}>
        <div className="filter filter--search">
          <label htmlFor={`${id}-search`}>{t('listings.search')}</label>
          <input id={`${id}-search`} className="input" type="search" value={searchText} maxLength={200} placeholder={t('listings.searchPlaceholder')} onChange={(event) => setSearchText(event.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor={`${id}-status`}>{t('listings.statusFilter')}</label>
          <select id={`${id}-status`} className="input" value={status} onChange={(event) => setStatus(event.target.value as Status | '')}>
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
          <select id={`${id}-sort`} className="input" value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`listings.sortBy.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="list-toolbar">
        <p className="list-toolbar__count" role="status" data-testid="listings-count">
          {total === null ? '' : t('listings.count', { count: total, n: format.number(total) })}
        </p>
      </div>
      <LoadError error={rows.error} />
      {total !== null && total > 0 && <ListingsTable rows={rows} total={total} resetKey={queryKey} />}
      {total === 0 &&
        (search || status ? (
          <EmptyState icon={ListingsIcon} title={t('listings.noResultsTitle')} body={t('listings.noResultsBody')} />
        ) : anyFirstSyncDone(syncStatus) ? (
          <EmptyState icon={ListingsIcon} title={t('sections.listings.emptyTitle')} body={t('sections.listings.emptyBody')} />
        ) : (
          <EmptyState icon={ListingsIcon} title={t('listings.notSyncedTitle')} body={t('listings.notSyncedBody')} />
        ))}
    </div>
  );
}
