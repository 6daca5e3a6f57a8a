/**
 * The Log view: every change to the stock, newest first — when, the SKU, the listing (and variation),
 * before → after, why (the sale's order, the plan's reason, an import…), and for changes sent to
 * Mercado Libre the state of their outbox entry. Listing titles are buyer-facing text: shown as text.
 */
import { useTranslation } from 'react-i18next';
import type { OutboxState } from '../../../shared/outbox';
import { PLAN_REASONS, type StockLogEntry } from '../../../shared/stock';
import { useNow } from '../../components/use-now';
import { VirtualList } from '../../components/VirtualList';
import { useFormat } from '../../i18n/use-format';

const TONE: Record<OutboxState, string> = { pending: 'wait', sending: 'wait', unclear: 'wait', done: 'ok', failed: 'bad', conflict: 'bad', discarded: 'neutral' };

const isReason = (detail: string): detail is (typeof PLAN_REASONS)[number] => (PLAN_REASONS as readonly string[]).includes(detail);

function useWhy(): (entry: StockLogEntry) => string {
  const { t } = useTranslation();
  return (entry) => {
    switch (entry.kind) {
      case 'sale':
      case 'cancellation':
        return entry.orderId === null ? '' : t('stock.log.order', { id: entry.orderId });
      case 'apply':
      case 'auto_apply':
        return isReason(entry.detail) ? t(`stock.reason.${entry.detail}`) : '';
      case 'assign':
        return entry.detail === 'new_sku' ? t('stock.log.newSku') : t('stock.log.existingSku');
      case 'import':
        return t('stock.log.fromCsv');
      case 'manual':
        return entry.detail === 'found on a listing' ? t('stock.log.found') : t('stock.log.byHand');
    }
  };
}

export function StockLogList({ entries }: { entries: readonly StockLogEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const why = useWhy();
  const amount = (value: number | null) => (value === null ? '—' : format.number(value));
  return (
    <VirtualList
      items={entries}
      itemKey={(entry) => String(entry.id)}
      estimate={57}
      label={t('stock.log.label')}
      className="stock-list stock-log"
      testId="stock-log"
      itemProps={(entry) => ({ className: 'stock-log__row', 'data-testid': 'stock-log-entry', 'data-kind': entry.kind, 'data-item': entry.itemId ?? '' })}
      renderItem={(entry) => (
        <>
          <span className="stock-log__what">
            <span className={`stock-log__kind stock-log__kind--${entry.kind}`}>{t(`stock.log.kind.${entry.kind}`)}</span>
            <span className="stock-cell__sub" title={format.dateTime(entry.at)}>
              {format.ago(entry.at, now)}
            </span>
          </span>
          <span className="stock-log__listing">
            <span className="stock-cell__clamp">{entry.title ?? entry.itemId ?? ''}</span>
            <span className="stock-cell__sub">
              <span className="stock-log__sku">{entry.sku ?? ''}</span>
              {entry.variation ? ` · ${entry.variation}` : ''}
            </span>
          </span>
          <span className="stock-log__numbers">
            <span className="stock-log__change" data-testid="stock-log-change">
              {entry.kind === 'assign' && entry.after === null ? '' : `${amount(entry.before)} → ${amount(entry.after)}`}
            </span>
            <span className="stock-cell__sub">{why(entry)}</span>
          </span>
          <span className="stock-log__state">
            {entry.outboxState && (
              <span className={`chip chip--${TONE[entry.outboxState]}`} data-testid="stock-log-state" data-state={entry.outboxState}>
                {t(`outbox.state.${entry.outboxState}`)}
              </span>
            )}
          </span>
        </>
      )}
    />
  );
}
