/**
 * Listings as a virtualized table: picture, title, SKU, price, stock, sold, status (with "out of
 * stock"), a Full badge for fulfilment, and the variations of a listing expandable under its row.
 * A queued edit shows its value with a "pending" marker until Mercado Libre confirms it. Clicking a
 * row, or its title, opens its detail. A narrow window leaves out the sold count, then the picture. A checkbox per row selects it for a bulk edit (Shift selects a
 * range); the header's selects every listing matching the filter. Rows change height when expanded,
 * so the virtualizer measures them.
 */
import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { ListingEditField } from '../../../shared/listing-edits';
import type { ListingRow } from '../../../shared/listings';
import type { ColumnDef } from '../../components/table/column-fit';
import { HiddenColumnsHint } from '../../components/table/HiddenColumnsHint';
import { focusRowButton } from '../../components/table/row-focus';
import { useColumnFit, type TableColumns } from '../../components/table/use-column-fit';
import type { RowWindow } from '../../components/table/use-row-window';
import { useVirtualRows } from '../../components/table/use-virtual-rows';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { StoreName } from '../accounts/StoreName';
import { isSelected, type Selection } from './bulk-form';
import { pendingEdit, shownValue, variationPending } from './listing-draft';
import { ListingStatusChip } from './ListingStatusChip';
import { ListingThumbnail } from './ListingThumbnail';
import { useSiteMoneyByAccount, type SiteMoney } from './site-money';

const ROW_HEIGHT = 64;

type ListingColumn = 'check' | 'picture' | 'title' | 'store' | 'sku' | 'price' | 'stock' | 'sold' | 'status';

const COLUMNS: readonly ColumnDef<ListingColumn>[] = [
  { id: 'check', track: '24px', minWidth: 24, priority: 1 },
  { id: 'picture', track: '48px', minWidth: 48, priority: 2 },
  { id: 'title', track: 'minmax(180px, 3fr)', minWidth: 180, priority: 1 },
  { id: 'sku', track: 'minmax(90px, 1fr)', minWidth: 90, priority: 1 },
  { id: 'price', track: '116px', minWidth: 116, priority: 1 },
  { id: 'stock', track: '70px', minWidth: 70, priority: 1 },
  { id: 'sold', track: '70px', minWidth: 70, priority: 3 },
  { id: 'status', track: '140px', minWidth: 140, priority: 1 },
];
/** Under "All stores": the store after the title; in a narrow box it moves under the title. */
const STORE_COLUMNS: readonly ColumnDef<ListingColumn>[] = [
  ...COLUMNS.slice(0, 3),
  { id: 'store', track: 'minmax(96px, 0.8fr)', minWidth: 96, priority: 2, stackUnder: 'title' },
  ...COLUMNS.slice(3),
];
const SPACING = { gap: 12, padding: 32 };
const NUMERIC: ReadonlySet<ListingColumn> = new Set(['price', 'stock', 'sold']);
const CELL_CLASS: Partial<Record<ListingColumn, (available: number) => string>> = {
  check: () => 'listings-check',
  title: () => 'listings-title',
  sku: () => 'listings-sku',
  stock: (available) => (available === 0 ? 'listings-num--zero' : ''),
};

/** The grid placement of one column's cell, with the classes every cell of that column has. */
function cell(columns: TableColumns<ListingColumn>, id: ListingColumn, content: ReactNode, className = '') {
  const style = columns.cellStyle(id);
  if (!style) return null;
  const classes = [`listings-cell--${id}`, NUMERIC.has(id) ? 'listings-num' : '', className].filter(Boolean).join(' ');
  return { style, className: classes, content };
}

export interface ListingsTableProps {
  rows: RowWindow<ListingRow>;
  total: number;
  /** Under "All stores": the accounts, for a store column. */
  stores: readonly Account[] | null;
  resetKey: string;
  selectedId: string | null;
  onOpen(id: string): void;
  selection: Selection;
  /** Rows checked or unchecked (one, or a Shift range). */
  onCheck(ids: string[], checked: boolean): void;
  /** The header's box: every listing matching the filter, or none. */
  onCheckAll(checked: boolean): void;
}

export function ListingsTable({ rows, total, stores, resetKey, selectedId, onOpen, selection, onCheck, onCheckAll }: ListingsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useSiteMoneyByAccount();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { scroller, virtualizer, items } = useVirtualRows({
    rows,
    total,
    rowHeight: ROW_HEIGHT,
    overscan: 10,
    resetKey,
    onReset: () => setExpanded(new Set()),
  });

  // The last row clicked, where a Shift range starts.
  const anchor = useRef<number | null>(null);
  const check = (index: number, checked: boolean, range: boolean) => {
    const from = range && anchor.current !== null ? Math.min(anchor.current, index) : index;
    const to = range && anchor.current !== null ? Math.max(anchor.current, index) : index;
    const ids: string[] = [];
    // Rows of the range not read yet are left out; the bar's count says exactly how many are selected.
    for (let at = from; at <= to; at += 1) {
      const id = rows.rowAt(at)?.id;
      if (id) ids.push(id);
    }
    anchor.current = index;
    onCheck(ids, checked);
  };
  const allChecked = selection.kind === 'query' || (selection.ids.size > 0 && selection.ids.size >= total);
  const someChecked = selection.kind === 'ids' && selection.ids.size > 0 && !allChecked;

  const list = stores ? STORE_COLUMNS : COLUMNS;
  const columns = useColumnFit(scroller, list, SPACING);
  const columnLabel = (id: ListingColumn) => (id === 'check' ? '' : id === 'store' ? t('accounts.switcher.column') : t(`listings.column.${id}`));
  const checkAll = (
    <input
      type="checkbox"
      aria-label={t('listings.bulk.selectShown')}
      checked={allChecked}
      ref={(box) => {
        if (box) box.indeterminate = someChecked;
      }}
      onChange={(event) => onCheckAll(event.target.checked)}
      data-testid="listings-check-all"
    />
  );

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <HiddenColumnsHint names={columns.fit.hidden.map(columnLabel)} />
      <div className="table-scroll" ref={scroller} data-testid="listings-table">
        <div role="table" aria-label={t('listings.tableLabel')} aria-rowcount={total + 1} className="listings-table">
          <div role="rowgroup" className="data-head">
            <div role="row" aria-rowindex={1} className="data-row listings-row listings-row--head" style={columns.rowStyle}>
              {list.map(({ id }) => {
                const placed = cell(columns, id, id === 'check' ? checkAll : columnLabel(id), id === 'check' ? 'listings-check' : id === 'picture' ? 'visually-hidden-header' : '');
                return (
                  placed && (
                    <div key={id} role="columnheader" className={placed.className} style={placed.style}>
                      {placed.content}
                    </div>
                  )
                );
              })}
            </div>
          </div>
          <div role="rowgroup" className="data-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows.rowAt(item.index);
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="presentation"
                  className="data-item listings-item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row ? (
                    <ListingCells
                      row={row}
                      columns={columns}
                      list={list}
                      stores={stores}
                      format={format}
                      money={money}
                      open={expanded.has(row.id)}
                      onToggle={() => toggle(row.id)}
                      rowIndex={item.index + 2}
                      selected={row.id === selectedId}
                      onOpen={() => onOpen(row.id)}
                      checked={isSelected(selection, row.id)}
                      onCheck={(event) => check(item.index, event.target.checked, event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey)}
                    />
                  ) : (
                    <div role="row" aria-rowindex={item.index + 2} className="data-row listings-row" style={columns.rowStyle}>
                      <div role="cell" className="data-cell--loading">
                        {t('listings.loadingRow')}
                      </div>
                    </div>
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

interface CellsProps {
  row: ListingRow;
  columns: TableColumns<ListingColumn>;
  list: readonly ColumnDef<ListingColumn>[];
  format: Formatters;
  /** Prices in each row's store's money (an Argentine store's pesos read the same in any UI language). */
  money(userId: number): SiteMoney;
  stores: readonly Account[] | null;
  open: boolean;
  onToggle(): void;
  rowIndex: number;
  selected: boolean;
  onOpen(): void;
  checked: boolean;
  onCheck(event: ChangeEvent<HTMLInputElement>): void;
}

function ListingCells({ row, columns, list, format, money, stores, open, onToggle, rowIndex, selected, onOpen, checked, onCheck }: CellsProps) {
  const { t } = useTranslation();
  const panelId = `variations-${row.id}`;
  const outOfStock = row.subStatus.includes('out_of_stock');
  const title = shownValue(row, 'title', row.title);
  const price = shownValue(row, 'price', row.price);
  const available = shownValue(row, 'availableQuantity', row.available);
  const status = shownValue(row, 'status', row.status);
  const content: Record<ListingColumn, ReactNode> = {
    check: <input type="checkbox" aria-label={t('listings.bulk.selectRow', { title })} checked={checked} onChange={onCheck} data-testid="listing-check" />,
    picture: <ListingThumbnail src={row.thumbnail} />,
    title: (
      <>
        <span className="listings-title__line">
          <button
            type="button"
            className="listings-title__text listings-title__open"
            aria-label={t('listings.detail.open', { title })}
            onClick={(event) => {
              event.stopPropagation();
              onOpen();
            }}
          >
            {title}
          </button>
          <PendingMarker row={row} field="title" />
        </span>
        <span className="listings-title__meta">
          <span className="listings-id">{row.id}</span>
          {row.logisticType === 'fulfillment' && (
            <span className="chip chip--full" title={t('listings.fulfillmentHint')}>
              {t('listings.fulfillment')}
            </span>
          )}
          {row.variations.length > 0 && (
            <button
              type="button"
              className="cell-link"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={(event) => {
                event.stopPropagation();
                onToggle();
              }}
              aria-label={t('listings.showVariations', { title: row.title })}
            >
              {t('listings.variations', { count: row.variations.length })}
              <span className={open ? 'disclosure disclosure--open' : 'disclosure'} aria-hidden="true" />
            </button>
          )}
          {row.variations.length > 0 && <PendingMarker row={row} />}
        </span>
      </>
    ),
    sku: row.sku ?? <span className="chip-none">{t('listings.noSku')}</span>,
    price: (
      <>
        {money(row.userId).format(price, row.currencyId)}
        <PendingMarker row={row} field="price" />
      </>
    ),
    stock: (
      <>
        {format.number(available)}
        <PendingMarker row={row} field="availableQuantity" />
      </>
    ),
    store: stores ? <StoreName accounts={stores} userId={row.userId} /> : null,
    sold: format.number(row.sold),
    status: (
      <>
        <ListingStatusChip status={status} outOfStock={outOfStock} />
        <PendingMarker row={row} field="status" />
      </>
    ),
  };
  return (
    <>
      <div
        role="row"
        aria-rowindex={rowIndex}
        aria-current={selected ? 'true' : undefined}
        className={selected ? 'data-row listings-row listings-row--selected' : 'data-row listings-row'}
        style={columns.rowStyle}
        data-testid="listing-row"
        data-item={row.id}
        data-checked={checked ? 'true' : undefined}
        onClick={(event) => {
          focusRowButton(event.currentTarget, '.listings-title__open');
          onOpen();
        }}
      >
        {list.map(({ id }) => {
          const placed = cell(columns, id, content[id], CELL_CLASS[id]?.(available));
          return (
            placed && (
              <div key={id} role="cell" className={placed.className} style={placed.style} data-testid={id === 'price' ? 'listing-price' : undefined} onClick={id === 'check' ? (event) => event.stopPropagation() : undefined}>
                {placed.content}
              </div>
            )
          );
        })}
      </div>
      {open && (
        <div role="row" className="listings-variations" id={panelId} onClick={(event) => event.stopPropagation()}>
          <div role="cell" className="listings-variations__cell">
            <table className="variations-table" aria-label={t('listings.variationsOf', { title: row.title })}>
              <thead>
                <tr>
                  <th scope="col">{t('listings.column.title')}</th>
                  <th scope="col">{t('listings.column.sku')}</th>
                  <th scope="col" className="listings-num">{t('listings.column.price')}</th>
                  <th scope="col" className="listings-num">{t('listings.column.stock')}</th>
                  <th scope="col" className="listings-num">{t('listings.column.sold')}</th>
                </tr>
              </thead>
              <tbody>
                {row.variations.map((variation) => (
                  <tr key={variation.id}>
                    <td>{variation.attributes || variation.id}</td>
                    <td>{variation.sku ?? '—'}</td>
                    <td className="listings-num">
                      {money(row.userId).format(shownValue(row, 'price', variation.price ?? row.price, variation.id), row.currencyId)}
                      <PendingMarker row={row} field="price" variationId={variation.id} />
                    </td>
                    <td className="listings-num">
                      {format.number(shownValue(row, 'availableQuantity', variation.available, variation.id))}
                      <PendingMarker row={row} field="availableQuantity" variationId={variation.id} />
                    </td>
                    <td className="listings-num">{format.number(variation.sold)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </>
  );
}

/** "Pending" beside a value a queued edit changed (or "in conflict" / "failed" when it needs the seller). */
function PendingMarker({ row, field, variationId = null }: { row: ListingRow; field?: ListingEditField; variationId?: number | null }) {
  const { t } = useTranslation();
  // Without a field: any variation's edit (shown beside the variations link).
  const edit = field ? pendingEdit(row, field, variationId) : variationPending(row);
  if (!edit) return null;
  const kind = edit.state === 'conflict' ? 'conflict' : edit.state === 'failed' ? 'failed' : 'pending';
  return (
    <span className={`chip listings-pending listings-pending--${kind}`} title={t('listings.pendingMarker.hint')} data-testid="pending-marker" data-field={field ?? 'variations'}>
      {t(`listings.pendingMarker.${kind}`)}
    </span>
  );
}
