/**
 * The SKUs as a virtualized table: only the rows in view (plus a few) are in the DOM, so a large
 * store's thousands of SKUs stay smooth. Each row: on hand and buffer, the listings selling it (and
 * in how many stores), what Mercado Libre shows now and what it will show after the plan.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { StockRow } from '../../../shared/stock';
import { useVirtualRows } from '../../components/table/use-virtual-rows';
import { useFormat } from '../../i18n/use-format';
import { StoreName } from '../accounts/StoreName';

const ROW_HEIGHT = 56;

const distinct = (values: readonly number[]) => [...new Set(values)];

/** `stores`: under "All stores", the accounts, for a column naming the stores that sell each SKU. */
export function StockTable({ rows, stores, resetKey }: { rows: readonly StockRow[]; stores: readonly Account[] | null; resetKey: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const window = useMemo(() => ({ ensureRange: () => undefined }), []);
  const { scroller, virtualizer, items } = useVirtualRows({ rows: window, total: rows.length, rowHeight: ROW_HEIGHT, overscan: 12, resetKey });
  return (
    <div className="table-scroll" ref={scroller} data-testid="stock-table">
      <div role="table" aria-label={t('stock.tableLabel')} aria-rowcount={rows.length + 1} className={stores ? 'stock-table stock-table--stores' : 'stock-table'}>
        <div role="rowgroup" className="data-head">
          <div role="row" aria-rowindex={1} className="data-row data-row--head stock-row">
            {(['sku', 'name', 'onHand', 'buffer', 'listings', 'now', 'next'] as const).map((column) => (
              <div key={column} role="columnheader" className={`data-cell stock-cell--${column}`}>
                {t(`stock.column.${column}`)}
              </div>
            ))}
            {stores && <div role="columnheader" className="data-cell stock-cell--stores">{t('accounts.switcher.column')}</div>}
          </div>
        </div>
        <div role="rowgroup" className="data-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const written = row.links.filter((link) => link.target !== null);
            return (
              <div key={item.key} role="row" aria-rowindex={item.index + 2} className="data-row stock-row" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }} data-testid="stock-row" data-sku={row.sku}>
                <div role="cell" className="data-cell stock-cell--sku">{row.sku}</div>
                <div role="cell" className="data-cell stock-cell--name" title={row.name}>
                  <span className="data-cell__line">{row.name}</span>
                </div>
                <div role="cell" className="data-cell stock-cell--onHand" data-testid="stock-on-hand">{format.number(row.onHand)}</div>
                <div role="cell" className="data-cell stock-cell--buffer">{format.number(row.buffer)}</div>
                <div role="cell" className="data-cell stock-cell--listings">
                  <span>{t('stock.listings', { count: row.links.length, stores: distinct(row.links.map((link) => link.userId)).length })}</span>
                  {row.heldElsewhere > 0 && <span className="data-cell__sub">{t('stock.fulfilment', { count: row.heldElsewhere })}</span>}
                </div>
                <div role="cell" className="data-cell stock-cell--now">{written.map((link) => format.number(link.current)).join(' · ')}</div>
                <div role="cell" className="data-cell stock-cell--next">{written.map((link) => format.number(link.target ?? 0)).join(' · ')}</div>
                {stores && (
                  <div role="cell" className="data-cell stock-cell--stores">
                    {distinct(row.links.map((link) => link.userId)).map((userId) => (
                      <StoreName key={userId} accounts={stores} userId={userId} inline />
                    ))}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
