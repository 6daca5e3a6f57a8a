/**
 * Stock: one count per SKU, kept in step across the listings that sell it in every connected store;
 * the screen shows the SKUs of the store chosen in the status bar (or all, with a stores column).
 * The seller reviews the plan (what Mercado Libre will show) before it is queued; imports a CSV with a
 * preview first; exports the inventory; and may let the plan apply itself after each sync. Three
 * views: the SKUs, the listings without a SKU (to assign one), and the log of every stock change.
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, StockPlan } from '../../../shared/stock';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { StockIcon } from '../../components/icons';
import { DataScreen } from '../../components/table/DataScreen';
import { localizeError } from '../../i18n/errors';
import { useFormat } from '../../i18n/use-format';
import { useStoreScope } from '../../stores/accounts';
import { downloadText } from '../orders/export-csv';
import { stockForStore } from './stock-scope';
import { ImportPanel, PlanPanel } from './StockPanels';
import { StockLogList } from './StockLogList';
import { StockTable } from './StockTable';
import { UnlinkedList } from './UnlinkedList';
import { useStock } from './use-stock';
import { LOG_SHOWN, useStockLog } from './use-stock-log';
import './stock.css';

const STOCK_VIEWS = ['skus', 'unlinked', 'log'] as const;
type StockView = (typeof STOCK_VIEWS)[number];

export function StockPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { accounts, userId, allStores } = useStoreScope();
  const [query, setQuery] = useState('');
  const stock = useStock(query);
  const [plan, setPlan] = useState<StockPlan | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [view, setView] = useState<StockView>('skus');
  const [automaticOnly, setAutomaticOnly] = useState(false);
  const log = useStockLog(view === 'log', automaticOnly);
  const list = useMemo(() => (stock.list ? stockForStore(stock.list, userId) : null), [stock.list, userId]);

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: { code: Parameters<typeof localizeError>[0]['code'] } }>, done: (value: T) => void) {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (result.ok) done(result.value);
    else setNotice(localizeError(result.error, (key) => t(key)));
  }

  const review = () => void run(() => call('stock.plan', userId === undefined ? {} : { userId }), (value) => setPlan(value));
  const apply = (planId: string) =>
    void run(() => call('stock.apply', { planId }), (value) => {
      setPlan(null);
      setNotice(t('stock.applied', { count: value.queued }));
    });
  const exportCsv = () => void run(() => call('stock.export'), (value) => downloadText(value.csv, 'stock.csv'));
  const importCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Not fatal: a file in another encoding shows replacement characters, which the preview reports.
    const csv = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    void run(() => call('stock.import.preview', { csv }), (value) => setPreview(value));
  };
  const confirmImport = (previewId: string) =>
    void run(() => call('stock.import.apply', { previewId }), (value) => {
      setPreview(null);
      setNotice(t('stock.imported', { count: value.updated }));
    });
  const toggleAuto = (enabled: boolean) => void run(() => call('stock.auto', { enabled }), () => stock.retry());

  const assigned = (sku: string, title: string) => setNotice(t('stock.assigned', { sku, title }));
  const screen = {
    skus: {
      count: list ? t('stock.summary', { count: list.rows.length, unlinked: list.unlinked.length }) : '',
      rows: { total: list ? list.rows.length : null, previousTotal: null, error: stock.error, retry: stock.retry },
      table: () => <StockTable rows={list?.rows ?? []} stores={allStores ? accounts : null} resetKey={`${query}|${userId ?? 'all'}`} />,
      empty: <EmptyState icon={StockIcon} title={t('stock.noneTitle')} body={t('stock.noneBody')} />,
    },
    unlinked: {
      count: list ? t('stock.unlinkedCount', { count: list.unlinked.length }) : '',
      rows: { total: list ? list.unlinked.length : null, previousTotal: null, error: stock.error, retry: stock.retry },
      table: () => <UnlinkedList listings={list?.unlinked ?? []} skus={list?.rows.map((row) => row.sku) ?? []} onAssigned={assigned} />,
      empty: <EmptyState icon={StockIcon} title={t('stock.unlinkedNoneTitle')} body={t('stock.unlinkedNoneBody')} />,
    },
    log: {
      count: log.entries ? t(log.entries.length >= LOG_SHOWN ? 'stock.log.newest' : 'stock.log.count', { count: log.entries.length }) : '',
      rows: { total: log.entries ? log.entries.length : null, previousTotal: null, error: log.error, retry: log.retry },
      table: () => <StockLogList entries={log.entries ?? []} />,
      empty: <EmptyState icon={StockIcon} title={t('stock.log.noneTitle')} body={t('stock.log.noneBody')} />,
    },
  }[view];

  return (
    <DataScreen
      className="stock-page"
      title={t('nav.stock')}
      subtitle={t('sections.stock.subtitle')}
      icon={StockIcon}
      welcome={accounts.length === 0 ? { title: t('sections.stock.emptyTitle'), body: t('sections.stock.emptyBody'), note: t('sections.stock.emptyNote') } : null}
      filters={
        <>
          <div className="stock-views" role="group" aria-label={t('stock.views')}>
            {STOCK_VIEWS.map((name) => (
              <button key={name} type="button" className="stock-views__button" aria-pressed={view === name} onClick={() => setView(name)} data-testid={`stock-view-${name}`}>
                {t(`stock.view.${name}`)}
                {name === 'unlinked' && list && list.unlinked.length > 0 ? <span className="stock-views__count">{format.number(list.unlinked.length)}</span> : null}
              </button>
            ))}
          </div>
          <div className="stock-filters">
            {view !== 'log' && (
              <input type="search" className="input" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('stock.search')} aria-label={t('stock.search')} />
            )}
            {view === 'log' ? (
              <label className="stock-filters__auto">
                <input type="checkbox" checked={automaticOnly} onChange={(event) => setAutomaticOnly(event.target.checked)} data-testid="stock-log-automatic" />
                {t('stock.log.automaticOnly')}
              </label>
            ) : (
              <label className="stock-filters__auto">
                <input type="checkbox" checked={list?.autoApply ?? false} onChange={(event) => toggleAuto(event.target.checked)} disabled={busy || !list} />
                {t('stock.autoApply')}
              </label>
            )}
          </div>
          {preview && <ImportPanel preview={preview} busy={busy} onApply={() => confirmImport(preview.previewId)} onClose={() => setPreview(null)} />}
          {plan && <PlanPanel plan={plan} busy={busy} onApply={() => apply(plan.planId)} onClose={() => setPlan(null)} />}
        </>
      }
      count={{ testId: 'stock-summary', text: screen.count }}
      actions={
        <div className="stock-actions">
          <span role="status" className="stock-actions__notice" data-testid="stock-notice">
            {notice}
          </span>
          <label className="button button--outline">
            {t('stock.importCsv')}
            <input type="file" accept=".csv,text/csv" className="visually-hidden" onChange={(event) => void importCsv(event)} data-testid="stock-import-file" />
          </label>
          <button type="button" className="button button--outline" onClick={exportCsv} disabled={busy || !list}>
            {t('stock.exportCsv')}
          </button>
          <button type="button" className="button" onClick={review} disabled={busy || !list} data-testid="stock-review">
            {t('stock.plan')}
          </button>
        </div>
      }
      rows={screen.rows}
      table={screen.table}
      empty={screen.empty}
    />
  );
}
