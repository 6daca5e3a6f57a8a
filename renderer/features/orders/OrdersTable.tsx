/**
 * The orders as a virtualized table: only the rows in view (plus a few) are in the DOM, and their data
 * is read from the cache in windows as the seller scrolls, so thousands of orders stay smooth. Headers
 * sort (aria-sort says how); clicking a row, or its order number, opens the detail.
 */

import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { OrderRow } from '../../../shared/orders';
import type { RowWindow } from '../../components/table/use-row-window';
import { useVirtualRows } from '../../components/table/use-virtual-rows';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { StoreName } from '../accounts/StoreName';
import { sortDirection, type OrdersFilters } from './orders-filters';
import { OrderStatusChip, ShippingChip } from './OrderChips';

const ROW_HEIGHT = 56;

type SortColumn = 'date' | 'total' | 'buyer';

export interface OrdersTableProps {
  rows: RowWindow<OrderRow>;
  total: number;
  /** Under "All stores": the accounts, for a store column. */
  stores: readonly Account[] | null;
  sort: OrdersFilters['sort'];
  /** Changes whenever the query does. */
  resetKey: string;
  onSort(column: SortColumn): void;
  selectedId: number | null;
  onOpen(id: number): void;
}

export function OrdersTable({ rows, total, stores, sort, resetKey, onSort, selectedId, onOpen }: OrdersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { scroller, virtualizer, items } = useVirtualRows({ rows, total, rowHeight: ROW_HEIGHT, overscan: 12, resetKey });

  const header = (column: SortColumn, label: string) => {
    const direction = sortDirection(sort, column);
    return (
      <div role="columnheader" className={`orders-cell orders-cell--${column}`} aria-sort={direction}>
        <button type="button" className="sort-button" onClick={() => onSort(column)} title={t('orders.sortBy', { column: label })}>
          {label}
          <span className={`sort-button__arrow sort-button__arrow--${direction}`} aria-hidden="true" />
        </button>
      </div>
    );
  };

  return (
    <div className="table-scroll" ref={scroller} data-testid="orders-table">
      <div role="table" aria-label={t('orders.tableLabel')} aria-rowcount={total + 1} className={stores ? 'orders-table orders-table--stores' : 'orders-table'}>
        <div role="rowgroup" className="orders-head">
          <div role="row" aria-rowindex={1} className="orders-row orders-row--head">
            {header('date', t('orders.column.date'))}
            <div role="columnheader" className="orders-cell orders-cell--order">{t('orders.column.order')}</div>
            {stores && <div role="columnheader" className="orders-cell orders-cell--store">{t('accounts.switcher.column')}</div>}
            {header('buyer', t('orders.column.buyer'))}
            <div role="columnheader" className="orders-cell orders-cell--items">{t('orders.column.items')}</div>
            {header('total', t('orders.column.total'))}
            <div role="columnheader" className="orders-cell orders-cell--status">{t('orders.column.status')}</div>
            <div role="columnheader" className="orders-cell orders-cell--shipping">{t('orders.column.shipping')}</div>
          </div>
        </div>
        <div role="rowgroup" className="orders-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows.rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-current={row && row.id === selectedId ? 'true' : undefined}
                className={row && row.id === selectedId ? 'orders-row orders-row--selected' : 'orders-row'}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                data-testid="order-row"
                onClick={row ? () => onOpen(row.id) : undefined}
              >
                {row ? <OrderCells row={row} format={format} stores={stores} onOpen={onOpen} /> : <LoadingCells label={t('orders.loadingRow')} />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function OrderCells({ row, format, stores, onOpen }: { row: OrderRow; format: Formatters; stores: readonly Account[] | null; onOpen(id: number): void }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="cell" className="orders-cell orders-cell--date">
        <time dateTime={row.dateCreated} className="orders-cell__stack">
          <span>{format.shortDate(row.dateCreated)}</span>
          <span className="orders-cell__sub">{format.time(row.dateCreated)}</span>
        </time>
      </div>
      <div role="cell" className="orders-cell orders-cell--order">
        <button
          type="button"
          className="cell-link"
          aria-label={t('orders.open', { id: row.id })}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(row.id);
          }}
        >
          {row.id}
        </button>
        {row.packId !== null && <span className="orders-cell__sub">{t('orders.pack', { id: row.packId })}</span>}
      </div>
      {stores && (
        <div role="cell" className="orders-cell orders-cell--store">
          <StoreName accounts={stores} userId={row.userId} />
        </div>
      )}
      <div role="cell" className="orders-cell orders-cell--buyer">
        <span className="orders-cell__main">{row.buyerNickname ?? '—'}</span>
        {row.buyerName && <span className="orders-cell__sub">{row.buyerName}</span>}
      </div>
      <div role="cell" className="orders-cell orders-cell--items" title={row.itemTitles}>
        <span className="orders-cell__clamp">{row.itemTitles}</span>
      </div>
      <div role="cell" className="orders-cell orders-cell--total">
        {format.money(row.totalAmount, row.currencyId)}
      </div>
      <div role="cell" className="orders-cell orders-cell--status">
        <OrderStatusChip status={row.status} />
      </div>
      <div role="cell" className="orders-cell orders-cell--shipping">
        <ShippingChip status={row.shippingStatus} labelReady={row.labelReady} hasShipment={row.shippingId !== null} />
      </div>
    </>
  );
}

function LoadingCells({ label }: { label: string }) {
  return (
    <div role="cell" className="orders-cell orders-cell--loading">
      {label}
    </div>
  );
}
