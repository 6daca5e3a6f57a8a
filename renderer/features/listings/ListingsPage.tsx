/**
 * Listings: every cached listing with its variations, of the store chosen in the status bar (or all,
 * with a store column), searchable by title and SKU, filtered by status and sorted, in a virtualized
 * table that reads the cache in windows; a row opens its detail beside it, and the detail's Edit button
 * the editor.
 * Checked rows (or every match of the filter) take a bulk edit, previewed before anything is queued.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkChange } from '../../../shared/listing-edits';
import type { ListingsQuery } from '../../../shared/listings';
import { EmptyState } from '../../components/EmptyState';
import { ListingsIcon } from '../../components/icons';
import { DataScreen } from '../../components/table/DataScreen';
import { useDebounced } from '../../components/use-debounced';
import { useFormat } from '../../i18n/use-format';
import { useStoreScope } from '../../stores/accounts';
import { useListingRows } from '../../stores/cached-rows';
import { anyFirstSyncDone, useSync } from '../../stores/sync';
import { BulkBar } from './BulkBar';
import { BulkDialog, type BulkTarget } from './BulkDialog';
import { NO_SELECTION, toggleRows, type Selection } from './bulk-form';
import { ListingDetailPanel } from './ListingDetailPanel';
import { ListingEditor } from './ListingEditor';
import { ListingsFilterBar, NO_LISTINGS_FILTERS, type ListingsFilters } from './ListingsFilterBar';
import { ListingsTable } from './ListingsTable';
import './listings.css';
import './bulk.css';

export function ListingsPage() {
  const { t } = useTranslation();
  const { accounts, userId, allStores } = useStoreScope();
  const format = useFormat();
  const syncStatus = useSync((state) => state.status);
  const [filters, setFilters] = useState<ListingsFilters>(NO_LISTINGS_FILTERS);
  // The listing open beside the table: its detail, or its editor (opened from the detail).
  const [open, setOpen] = useState<{ id: string; editing: boolean } | null>(null);
  const openDetail = useCallback((id: string) => setOpen({ id, editing: false }), []);
  const closePanel = useCallback(() => setOpen(null), []);
  const editOpen = useCallback(() => setOpen((current) => current && { ...current, editing: true }), []);
  const backToDetail = useCallback(() => setOpen((current) => current && { ...current, editing: false }), []);
  const search = useDebounced(filters.search.trim(), 250);
  const { sort, status } = filters;

  const query = useMemo<Omit<ListingsQuery, 'offset' | 'limit'>>(
    () => ({ sort, ...(userId !== undefined ? { accountIds: [userId] } : {}), ...(status ? { statuses: [status] } : {}), ...(search ? { search } : {}) }),
    [sort, userId, status, search],
  );
  const rows = useListingRows(query);
  const total = rows.total;
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [bulk, setBulk] = useState<{ target: BulkTarget; change: BulkChange } | null>(null);
  const onCheck = useCallback((ids: string[], checked: boolean) => setSelection((current) => toggleRows(current, ids, checked)), []);
  const onCheckAll = useCallback((checked: boolean) => setSelection(checked ? { kind: 'query' } : NO_SELECTION), []);
  const preview = (change: BulkChange) =>
    setBulk({ target: selection.kind === 'query' ? { query } : { itemIds: [...selection.ids] }, change });

  return (
    <DataScreen
      className="listings-page"
      title={t('nav.listings')}
      subtitle={t('sections.listings.subtitle')}
      icon={ListingsIcon}
      welcome={accounts.length === 0 ? { title: t('sections.listings.emptyTitle'), body: t('sections.listings.emptyBody'), note: t('sections.listings.emptyNote') } : null}
      filters={<ListingsFilterBar filters={filters} onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))} />}
      count={{ testId: 'listings-count', text: total === null ? '' : t('listings.count', { count: total, n: format.number(total) }) }}
      actions={
        total !== null && total > 0 ? (
          <BulkBar selection={selection} matching={total} onSelectAll={() => onCheckAll(true)} onClear={() => onCheckAll(false)} onPreview={preview} />
        ) : undefined
      }
      rows={rows}
      table={(count) => <ListingsTable rows={rows} total={count} stores={allStores ? accounts : null} resetKey={rows.key} selectedId={open?.id ?? null} onOpen={openDetail} selection={selection} onCheck={onCheck} onCheckAll={onCheckAll} />}
      empty={
        search || status ? (
          <EmptyState icon={ListingsIcon} title={t('listings.noResultsTitle')} body={t('listings.noResultsBody')} />
        ) : anyFirstSyncDone(syncStatus) ? (
          <EmptyState icon={ListingsIcon} title={t('sections.listings.emptyTitle')} body={t('sections.listings.emptyBody')} />
        ) : (
          <EmptyState icon={ListingsIcon} title={t('listings.notSyncedTitle')} body={t('listings.notSyncedBody')} />
        )
      }
    >
      {open?.editing === false && <ListingDetailPanel key={open.id} itemId={open.id} onEdit={editOpen} onClose={closePanel} />}
      {open?.editing && <ListingEditor key={open.id} itemId={open.id} onClose={backToDetail} />}
      {bulk && (
        <BulkDialog
          target={bulk.target}
          change={bulk.change}
          onClose={(applied) => {
            setBulk(null);
            if (applied) setSelection(NO_SELECTION);
          }}
        />
      )}
    </DataScreen>
  );
}
