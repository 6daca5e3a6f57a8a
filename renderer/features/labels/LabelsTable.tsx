/**
 * The Labels screen's list as a virtualized table (thousands of shipments stay smooth): only the rows
 * in view are in the DOM, read from the cache in windows as the seller scrolls. Each row shows
 * Mercado Libre's substatus beside what this computer keeps, a checkbox, and its preview button.
 */
import { useTranslation } from 'react-i18next';
import type { LabelRow } from '../../../shared/labels';
import type { RowWindow } from '../../components/table/use-row-window';
import { useVirtualRows } from '../../components/table/use-virtual-rows';

const ROW_HEIGHT = 48;

export interface LabelsTableProps {
  rows: RowWindow<LabelRow>;
  total: number;
  resetKey: string;
  selected: ReadonlySet<number>;
  onToggle(shipmentId: number): void;
  allSelected: boolean;
  onToggleAll(checked: boolean): void;
  onPreview(shipmentId: number): void;
}

export function LabelsTable({ rows, total, resetKey, selected, onToggle, allSelected, onToggleAll, onPreview }: LabelsTableProps) {
  const { t } = useTranslation();
  const { scroller, virtualizer, items } = useVirtualRows({ rows, total, rowHeight: ROW_HEIGHT, overscan: 12, resetKey });
  const head = (key: string, text: string) => (
    <div role="columnheader" className={`labels-cell labels-cell--${key}`}>
      {text}
    </div>
  );
  return (
    <div className="table-scroll labels-scroll" ref={scroller} data-testid="labels-table">
      <div role="table" aria-label={t('labels.listLabel')} aria-rowcount={total + 1} className="labels-grid">
        <div role="rowgroup" className="labels-head">
          <div role="row" aria-rowindex={1} className="labels-row labels-row--head">
            <div role="columnheader" className="labels-cell labels-cell--check">
              <input type="checkbox" aria-label={t('labels.selectAll')} checked={allSelected} onChange={(e) => onToggleAll(e.target.checked)} data-testid="labels-select-all" />
            </div>
            {head('shipment', t('labels.columns.shipment'))}
            {head('orders', t('labels.columns.orders'))}
            {head('buyer', t('labels.columns.buyer'))}
            {head('meli', t('labels.columns.meli'))}
            {head('local', t('labels.columns.local'))}
            <div role="columnheader" className="labels-cell labels-cell--action">
              <span className="visually-hidden">{t('labels.preview')}</span>
            </div>
          </div>
        </div>
        <div role="rowgroup" className="labels-body-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows.rowAt(item.index);
            const chosen = row ? selected.has(row.shipmentId) : false;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={chosen}
                className={chosen ? 'labels-row labels-row--selected' : 'labels-row'}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                data-testid={row ? `label-row-${row.shipmentId}` : 'label-row-loading'}
              >
                {row ? <LabelCells row={row} chosen={chosen} onToggle={onToggle} onPreview={onPreview} /> : <div role="cell" className="labels-cell">{t('labels.loadingRow')}</div>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function LabelCells({ row, chosen, onToggle, onPreview }: { row: LabelRow; chosen: boolean; onToggle(id: number): void; onPreview(id: number): void }) {
  const { t } = useTranslation();
  const known = row.substatus === 'ready_to_print' || row.substatus === 'printed';
  return (
    <>
      <div role="cell" className="labels-cell labels-cell--check">
        <input type="checkbox" aria-label={t('labels.select', { id: row.shipmentId })} checked={chosen} onChange={() => onToggle(row.shipmentId)} />
      </div>
      <div role="cell" className="labels-cell labels-cell--shipment">{row.shipmentId}</div>
      <div role="cell" className="labels-cell labels-cell--orders">{row.orderIds.join(', ')}</div>
      <div role="cell" className="labels-cell labels-cell--buyer" title={row.titles}>
        <span className="labels-cell__main">{row.buyer ?? ''}</span>
        <span className="labels-cell__sub">{row.titles}</span>
      </div>
      <div role="cell" className="labels-cell labels-cell--meli" data-testid="label-substatus">
        <span className={`chip ${row.substatus === 'printed' ? 'chip--ok' : row.substatus === 'ready_to_print' ? 'chip--wait' : 'chip--neutral'}`}>{known ? t(`labels.substatus.${row.substatus as 'printed'}`) : (row.substatus ?? row.status)}</span>
      </div>
      <div role="cell" className="labels-cell labels-cell--local" data-testid="label-local">
        <LocalState row={row} />
      </div>
      <div role="cell" className="labels-cell labels-cell--action">
        <button type="button" className="button button--outline" disabled={row.kept.length === 0} onClick={() => onPreview(row.shipmentId)} aria-label={t('labels.previewOf', { id: row.shipmentId })}>
          {t('labels.preview')}
        </button>
      </div>
    </>
  );
}

function LocalState({ row }: { row: LabelRow }) {
  const { t } = useTranslation();
  if (row.failure) return <span className="labels-refused">{t('labels.refused', { message: row.failure.message })}</span>;
  const printed = row.kept.find((k) => k.printedAt);
  if (printed) return <>{t('labels.local.printed', { format: printed.format.toUpperCase() })}</>;
  const kept = row.kept[0];
  return <>{kept ? t('labels.local.fetched', { format: kept.format.toUpperCase() }) : t('labels.local.none')}</>;
}
