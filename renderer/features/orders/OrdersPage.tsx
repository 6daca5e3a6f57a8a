/**
 * Orders: every cached order of the store chosen in the status bar (or of all, with a store column), searchable and filterable in an instant (also
 * offline), in a virtualized table with a detail panel and CSV export. Before there is anything to show
 * it says honestly why: no account, first sync still running, or nothing matches the filters. Orders
 * picked with their checkboxes print their labels in the order they were picked; with none picked, the
 * "label ready" filter prints everything it shows.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OrderRow } from '../../../shared/orders';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { OrdersIcon } from '../../components/icons';
import { DataScreen } from '../../components/table/DataScreen';
import { useDebounced } from '../../components/use-debounced';
import { useFormat } from '../../i18n/use-format';
import { useStoreScope } from '../../stores/accounts';
import { useOrderRows } from '../../stores/cached-rows';
import { anyFirstSyncDone, isSyncRunning, useSync } from '../../stores/sync';
import { OrdersPrintBar, type PickedOrder } from '../labels/OrdersPrintBar';
import { OrderDetailPanel } from './OrderDetailPanel';
import { OrdersFilterBar } from './OrdersFilterBar';
import { OrdersTable } from './OrdersTable';
import { takeOrderRequest, useOrderRequest } from './open-order';
import { hasFilters, nextSort, NO_FILTERS, toQuery, type OrdersFilters } from './orders-filters';
import { useOrdersExport } from './use-orders-export';
import './orders.css';

export function OrdersPage() {
  const { t } = useTranslation();
  const { accounts, userId, allStores } = useStoreScope();
  const format = useFormat();
  const syncStatus = useSync((state) => state.status);
  const [filters, setFilters] = useState<OrdersFilters>(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const search = useDebounced(filters.search, 250);
  // Picked for their labels, in the order the seller picked them: that is the order of printing.
  const [picked, setPicked] = useState<PickedOrder[]>([]);
  const pickedIds = useMemo(() => new Set(picked.map((order) => order.id)), [picked]);
  const pick = useCallback(
    (row: OrderRow) => setPicked((list) => (list.some((order) => order.id === row.id) ? list.filter((order) => order.id !== row.id) : [...list, { id: row.id, shippingId: row.shippingId }])),
    [],
  );
  const clearPicked = useCallback(() => setPicked([]), []);
  // Another store chosen: what was picked in the last one is not on screen any more.
  useEffect(() => setPicked([]), [userId]);

  const query = useMemo(() => toQuery({ ...filters, search }, userId, format.timeZone), [filters, search, userId, format.timeZone]);
  const rows = useOrderRows(query);
  const exporter = useOrdersExport(query);
  const closeDetail = useCallback(() => setSelectedId(null), []);
  // An order asked for from outside (a notification, the shell) opens in the detail panel.
  const requested = useOrderRequest((state) => state.orderId);
  useEffect(() => {
    const orderId = takeOrderRequest();
    if (orderId !== null) setSelectedId(orderId);
  }, [requested]);
  const total = rows.total;

  return (
    <DataScreen
      className="orders-page"
      title={t('nav.orders')}
      subtitle={t('sections.orders.subtitle')}
      icon={OrdersIcon}
      welcome={accounts.length === 0 ? { title: t('sections.orders.emptyTitle'), body: t('sections.orders.emptyBody'), note: t('sections.orders.emptyNote') } : null}
      filters={
        <>
          <OrdersFilterBar filters={filters} onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))} />
          {(filters.shipping === 'label_ready' || picked.length > 0) && <OrdersPrintBar query={query} picked={picked} onClear={clearPicked} />}
        </>
      }
      count={{ testId: 'orders-count', text: total === null ? '' : t('orders.count', { count: total, n: format.number(total) }) }}
      actions={
        <>
          <ExportStatus state={exporter.state} />
          <button type="button" className="button button--outline" onClick={() => void exporter.run()} disabled={!total || exporter.state.phase === 'running'}>
            {exporter.state.phase === 'running' ? t('orders.exporting') : t('orders.exportCsv')}
          </button>
        </>
      }
      rows={rows}
      table={(count) => (
        <OrdersTable
          rows={rows}
          total={count}
          stores={allStores ? accounts : null}
          sort={filters.sort}
          resetKey={rows.key}
          onSort={(column) => setFilters((current) => ({ ...current, sort: nextSort(current.sort, column) }))}
          selectedId={selectedId}
          onOpen={setSelectedId}
          picked={pickedIds}
          onPick={pick}
        />
      )}
      empty={<NoOrders filtered={hasFilters({ ...filters, search })} firstSyncDone={anyFirstSyncDone(syncStatus)} running={isSyncRunning(syncStatus)} />}
    >
      {selectedId !== null && <OrderDetailPanel id={selectedId} onOpen={setSelectedId} onClose={closeDetail} />}
    </DataScreen>
  );
}

function NoOrders({ filtered, firstSyncDone, running }: { filtered: boolean; firstSyncDone: boolean; running: boolean }) {
  const { t } = useTranslation();
  if (filtered) return <EmptyState icon={OrdersIcon} title={t('orders.noResultsTitle')} body={t('orders.noResultsBody')} />;
  if (!firstSyncDone && running) return <EmptyState icon={OrdersIcon} title={t('orders.syncingTitle')} body={t('orders.syncingBody')} />;
  if (!firstSyncDone) return <EmptyState icon={OrdersIcon} title={t('orders.notSyncedTitle')} body={t('orders.notSyncedBody')} />;
  return <EmptyState icon={OrdersIcon} title={t('sections.orders.emptyTitle')} body={t('sections.orders.emptyBody')} />;
}

function ExportStatus({ state }: { state: ReturnType<typeof useOrdersExport>['state'] }) {
  const { t } = useTranslation();
  const text = state.phase === 'done' ? t('orders.exported', { count: state.count }) : state.phase === 'failed' ? t('orders.exportFailed') : '';
  return (
    <p className="list-toolbar__note" role="status" data-testid="orders-export-status">
      {text}
    </p>
  );
}
