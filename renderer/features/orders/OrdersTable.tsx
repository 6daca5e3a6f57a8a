/**
 * The orders as a virtualized table: only the rows in view (plus a few) are in the DOM, and their data
 * is read from the cache in windows as the seller scrolls, so thousands of orders stay smooth. Headers
 * sort (aria-sort says how; Enter again reverses); clicking a row, or its order number, opens the
 * detail. A narrower window first stacks the order status under the shipping, then leaves out the
 * items, so the buyer and the shipping ("label ready") always stay in view. A checkbox in front picks
 * an order for printing its label (without opening it).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { OrderRow } from '../../../shared/orders';
import type { ColumnDef } from '../../components/table/column-fit';
import { HiddenColumnsHint } from '../../components/table/HiddenColumnsHint';
import { focusRowButton } from '../../components/table/row-focus';
import { useColumnFit, type TableColumns } from '../../components/table/use-column-fit';
import type { RowWindow } from '../../components/table/use-row-window';
import { useVirtualRows } from '../../components/table/use-virtual-rows';
import type { SiteId } from '../../../shared/settings';
import { useFormat, useSiteOf, type Formatters } from '../../i18n/use-format';
import { StoreName } from '../accounts/StoreName';
import { sortDirection, type OrdersFilters } from './orders-filters';
import { OrderStatusChip, ShippingChip } from './OrderChips';

const ROW_HEIGHT = 56;

type SortColumn = 'date' | 'total' | 'buyer';
type OrderColumn = 'pick' | 'date' | 'order' | 'store' | 'buyer' | 'items' | 'total' | 'status' | 'shipping';

const COLUMNS: readonly ColumnDef<OrderColumn>[] = [
  { id: 'pick', track: '16px', minWidth: 16, priority: 1 },
  { id: 'date', track: '88px', minWidth: 88, priority: 1 },
  { id: 'order', track: '142px', minWidth: 142, priority: 1 },
  // Nicknames are one long word ("MARTINFERNANDEZ1442"): with room the column takes most of the free
  // width and keeps them whole; in a narrow box it stays in view and a long one ends in "…" (whole in
  // its tooltip and the detail).
  { id: 'buyer', track: 'minmax(150px, 1.6fr)', minWidth: 150, priority: 2 },
  { id: 'items', track: 'minmax(120px, 1fr)', minWidth: 120, priority: 3 },
  { id: 'total', track: '112px', minWidth: 112, priority: 1 },
  { id: 'status', track: '120px', minWidth: 120, priority: 4, stackUnder: 'shipping' },
  { id: 'shipping', track: '144px', minWidth: 144, priority: 1 },
];
/** Under "All stores": the store after the order number; in a narrow box it moves under the number. */
const STORE_COLUMNS: readonly ColumnDef<OrderColumn>[] = [
  ...COLUMNS.slice(0, 3),
  { id: 'store', track: 'minmax(96px, 0.8fr)', minWidth: 96, priority: 3, stackUnder: 'order' },
  ...COLUMNS.slice(3),
];
const SPACING = { gap: 10, padding: 24 };
const SORTABLE: ReadonlySet<OrderColumn> = new Set(['date', 'total', 'buyer']);

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
  /** Orders picked for printing their labels. */
  picked: ReadonlySet<number>;
  onPick(row: OrderRow): void;
}

export function OrdersTable({ rows, total, stores, sort, resetKey, onSort, selectedId, onOpen, picked, onPick }: OrdersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const siteOf = useSiteOf();
  const { scroller, virtualizer, items } = useVirtualRows({ rows, total, rowHeight: ROW_HEIGHT, overscan: 12, resetKey });
  const list = stores ? STORE_COLUMNS : COLUMNS;
  const columns = useColumnFit(scroller, list, SPACING);
  const columnLabel = (column: OrderColumn) => (column === 'store' ? t('accounts.switcher.column') : t(`orders.column.${column}`));
  const headerText = (column: OrderColumn) => (column === 'pick' ? <span className="visually-hidden">{columnLabel(column)}</span> : columnLabel(column));

  const header = (column: OrderColumn) => {
    const style = columns.cellStyle(column);
    if (!style) return null;
    const label = columnLabel(column);
    if (!SORTABLE.has(column)) {
      return (
        <div key={column} role="columnheader" className={`data-cell orders-cell--${column}`} style={style}>
          {headerText(column)}
        </div>
      );
    }
    const direction = sortDirection(sort, column as SortColumn);
    return (
      <div key={column} role="columnheader" className={`data-cell orders-cell--${column}`} style={style} aria-sort={direction}>
        <button type="button" className="sort-button" onClick={() => onSort(column as SortColumn)} title={t('orders.sortBy', { column: label })} data-testid={`sort-${column}`}>
          {label}
          <span className={`sort-button__arrow sort-button__arrow--${direction}`} aria-hidden="true" />
        </button>
      </div>
    );
  };

  return (
    <>
      <HiddenColumnsHint names={columns.fit.hidden.map(columnLabel)} />
      <div className="table-scroll" ref={scroller} data-testid="orders-table">
        <div role="table" aria-label={t('orders.tableLabel')} aria-rowcount={total + 1} className="orders-table">
          <div role="rowgroup" className="data-head">
            <div role="row" aria-rowindex={1} className="data-row data-row--head" style={columns.rowStyle}>
              {list.map((column) => header(column.id))}
            </div>
          </div>
          <div role="rowgroup" className="data-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows.rowAt(item.index);
              const selected = row !== undefined && row.id === selectedId;
              const chosen = row !== undefined && picked.has(row.id);
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-current={selected ? 'true' : undefined}
                  className={`data-row data-row--open${selected ? ' data-row--selected' : ''}${chosen ? ' orders-row--picked' : ''}`}
                  style={{ ...columns.rowStyle, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  data-testid="order-row"
                  onClick={
                    row
                      ? (event) => {
                          focusRowButton(event.currentTarget, '.cell-link');
                          onOpen(row.id);
                        }
                      : undefined
                  }
                >
                  {row ? (
                    <OrderCells row={row} site={siteOf(row.userId)} format={format} columns={columns} list={list} stores={stores} onOpen={onOpen} picked={chosen} onPick={onPick} />
                  ) : (
                    <LoadingCells label={t('orders.loadingRow')} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </>
  );
}

interface OrderCellsProps {
  row: OrderRow;
  site: SiteId | null;
  format: Formatters;
  columns: TableColumns<OrderColumn>;
  list: readonly ColumnDef<OrderColumn>[];
  stores: readonly Account[] | null;
  onOpen(id: number): void;
  picked: boolean;
  onPick(row: OrderRow): void;
}

function OrderCells({ row, site, format, columns, list, stores, onOpen, picked, onPick }: OrderCellsProps) {
  const { t } = useTranslation();
  const content: Record<OrderColumn, ReactNode> = {
    pick: (
      <input
        type="checkbox"
        className="orders-pick"
        aria-label={t('orders.pick', { id: row.id })}
        checked={picked}
        onClick={(event) => event.stopPropagation()}
        onChange={() => onPick(row)}
        data-testid="order-pick"
      />
    ),
    date: (
      <time dateTime={row.dateCreated} className="data-cell">
        <span>{format.shortDate(row.dateCreated, site)}</span>
        <span className="data-cell__sub">{format.time(row.dateCreated, site)}</span>
      </time>
    ),
    order: (
      <>
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
        {row.packId !== null && <span className="data-cell__sub">{t('orders.pack', { id: row.packId })}</span>}
      </>
    ),
    buyer: (
      <>
        <span className="data-cell__main" title={row.buyerNickname ?? undefined}>
          {row.buyerNickname ?? '—'}
        </span>
        {row.buyerName && <span className="data-cell__sub">{row.buyerName}</span>}
      </>
    ),
    items: (
      <span className="data-cell__clamp" title={row.itemTitles}>
        {row.itemTitles}
      </span>
    ),
    // Two-line rows (a narrow box) keep the store on one line under the order number: name and site side by side.
    store: stores ? <StoreName accounts={stores} userId={row.userId} inline={columns.fit.stacked} /> : null,
    total: format.money(row.totalAmount, row.currencyId, site),
    status: <OrderStatusChip status={row.status} />,
    shipping: <ShippingChip status={row.shippingStatus} labelReady={row.labelReady} hasShipment={row.shippingId !== null} />,
  };
  return (
    <>
      {list.map(({ id }) => {
        const style = columns.cellStyle(id);
        if (!style) return null;
        return (
          <div key={id} role="cell" className={`data-cell orders-cell--${id}`} style={style}>
            {content[id]}
          </div>
        );
      })}
    </>
  );
}

function LoadingCells({ label }: { label: string }) {
  return (
    <div role="cell" className="data-cell data-cell--loading">
      {label}
    </div>
  );
}
