/**
 * The two reviews the Stock screen shows before anything changes: the plan (before → after per listing
 * or variation, with the reason) that queues the changes in the outbox, and a CSV import's preview
 * (row-level errors) whose good rows change the inventory only once confirmed.
 */
import { useTranslation } from 'react-i18next';
import type { ImportPreview, StockPlan } from '../../../shared/stock';
import { VirtualList } from '../../components/VirtualList';
import { useFormat } from '../../i18n/use-format';

export function PlanPanel({ plan, busy, onApply, onClose }: { plan: StockPlan; busy: boolean; onApply(): void; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="stock-panel" aria-labelledby="stock-plan-title" data-testid="stock-plan">
      <header className="stock-panel__head">
        <h2 id="stock-plan-title">{t('stock.planTitle')}</h2>
        <p role="status">{plan.changes.length === 0 ? t('stock.planEmpty') : t('stock.planSummary', { count: plan.changes.length, listings: plan.listings })}</p>
      </header>
      {plan.changes.length > 0 && (
        // Every change can be read before it is applied, however many (only those in view are drawn).
        <VirtualList
          items={plan.changes}
          itemKey={(change) => `${change.itemId}:${change.variationId ?? 0}`}
          estimate={31}
          label={t('stock.planTitle')}
          className="stock-panel__list"
          testId="stock-plan-changes"
          itemProps={() => ({ 'data-testid': 'stock-plan-change' })}
          renderItem={(change) => (
            <>
              <span className="stock-panel__title">
                {change.title}
                {change.variation ? ` · ${change.variation}` : ''}
              </span>
              <span className="stock-panel__change">
                {format.number(change.before)} → {format.number(change.after)}
              </span>
              <span className="stock-panel__reason">
                {t(`stock.reason.${change.reason}`)}
                {change.pausedBySeller ? ` · ${t('stock.pausedBySeller')}` : ''}
              </span>
            </>
          )}
        />
      )}
      <div className="stock-panel__actions">
        {plan.changes.length > 0 && (
          <button type="button" className="button" onClick={onApply} disabled={busy} data-testid="stock-apply">
            {t('stock.apply')}
          </button>
        )}
        <button type="button" className="button button--outline" onClick={onClose}>
          {t('stock.close')}
        </button>
      </div>
    </section>
  );
}

export function ImportPanel({ preview, busy, onApply, onClose }: { preview: ImportPreview; busy: boolean; onApply(): void; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="stock-panel" aria-labelledby="stock-import-title" data-testid="stock-import">
      <header className="stock-panel__head">
        <h2 id="stock-import-title">{t('stock.importTitle')}</h2>
        <p role="status">{t('stock.importSummary', { changing: preview.changing, failing: preview.failing })}</p>
      </header>
      <VirtualList
        items={preview.rows}
        itemKey={(row) => String(row.line)}
        estimate={31}
        label={t('stock.importTitle')}
        className="stock-panel__list"
        testId="stock-import-rows"
        itemProps={(row) => ({ ...(row.errors.length > 0 ? { className: 'stock-panel__bad' } : {}), 'data-testid': 'stock-import-row' })}
        renderItem={(row) => (
          <>
            <span className="stock-panel__title">
              {t('stock.line', { line: row.line })} · {row.sku}
            </span>
            {row.errors.length > 0 ? (
              <span className="stock-panel__reason">{row.errors.map((error) => t(`stock.error.${error}`)).join(' · ')}</span>
            ) : (
              <span className="stock-panel__change">
                {format.number(row.before?.onHand ?? 0)} → {format.number(row.after?.onHand ?? 0)}
              </span>
            )}
          </>
        )}
      />
      <div className="stock-panel__actions">
        {preview.changing > 0 && (
          <button type="button" className="button" onClick={onApply} disabled={busy} data-testid="stock-import-apply">
            {t('stock.importApply')}
          </button>
        )}
        <button type="button" className="button button--outline" onClick={onClose}>
          {t('stock.close')}
        </button>
      </div>
    </section>
  );
}
