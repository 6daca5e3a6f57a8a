/**
 * Labels: shipments whose Mercado Envios label is ready or kept here, as a data screen with a
 * virtualized list (thousands of rows). The seller selects, downloads (kept for reprinting, offline
 * too), previews what will print, and prints to a chosen printer with progress and cancel. Printing
 * keeps the order of the selection.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { LabelFormat, LabelsPage as LabelsPageData, LabelRow } from '../../../shared/labels';
import { EmptyState } from '../../components/EmptyState';
import { LabelsIcon } from '../../components/icons';
import { DataScreen } from '../../components/table/DataScreen';
import { useRowWindow } from '../../components/table/use-row-window';
import { useDebounced } from '../../components/use-debounced';
import { call } from '../../api/client';
import { localizeError } from '../../i18n/errors';
import { useFormat } from '../../i18n/use-format';
import { useAccounts } from '../../stores/accounts';
import { useCacheVersion } from '../../stores/cache-changes';
import { isApiError, request, usePrinters } from './labels-store';
import { LabelPreview } from './LabelPreview';
import { LabelsTable } from './LabelsTable';
import { PrintBar } from './PrintBar';
import { PrinterPanel } from './PrinterPanel';
import './labels.css';

type Show = 'all' | 'ready' | 'kept';
/** print.submit and labels.fetch take at most this many shipments at once. */
const MAX_SELECTION = 2000;

function useLabelWindow(query: { query: string; show: Show }, bump: number) {
  const version = useCacheVersion('shipments', 'orders') + bump;
  const key = JSON.stringify(query);
  const fetchPage = useCallback((offset: number, limit: number) => call('labels.query', { ...query, offset, limit }), [key]);
  return useRowWindow<LabelRow, LabelsPageData>(fetchPage, key, version);
}

/** Every shipment the list shows, in its order (select all). */
async function allShipments(query: { query: string; show: Show }): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ids.length < MAX_SELECTION; offset += 1000) {
    const page = await request('labels.query', { ...query, offset, limit: 1000 });
    ids.push(...page.rows.map((row) => row.shipmentId));
    if (offset + 1000 >= page.total) break;
  }
  return ids.slice(0, MAX_SELECTION);
}

export function LabelsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const accounts = useAccounts((state) => state.value) ?? [];
  const [search, setSearch] = useState('');
  const text = useDebounced(search, 250);
  const [show, setShow] = useState<Show>('all');
  const [bump, setBump] = useState(0);
  const query = useMemo(() => ({ query: text, show }), [text, show]);
  const rows = useLabelWindow(query, bump);
  // The selection in the order the seller chose: that is the order of printing.
  const [selected, setSelected] = useState<number[]>([]);
  const [labelFormat, setLabelFormat] = useState<LabelFormat>('zpl');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [previewId, setPreviewId] = useState<number | null>(null);
  const printers = usePrinters();
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const refresh = useCallback(() => setBump((n) => n + 1), []);

  const toggle = (id: number) => setSelected((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const toggleAll = (checked: boolean) => {
    if (!checked) return setSelected([]);
    void allShipments(query).then(setSelected, (caught: unknown) => isApiError(caught) && setFailure(caught));
  };

  const fetchLabels = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await request('labels.fetch', { shipmentIds: selected, format: labelFormat });
      const ok = answer.results.filter((r) => r.ok).length;
      setNotice(t('labels.fetchResult', { ok, failed: answer.results.length - ok }));
      refresh();
    } catch (caught) {
      if (isApiError(caught)) setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const side = (
    <aside className="labels-side">
      <LabelPreview shipmentId={previewId} format={labelFormat} />
      <PrinterPanel printers={printers.list?.printers ?? []} notice={printers.list?.systemNotice ?? null} onChanged={printers.reload} />
    </aside>
  );

  return (
    <DataScreen
      className="labels-page"
      title={t('nav.labels')}
      subtitle={t('sections.labels.subtitle')}
      icon={LabelsIcon}
      welcome={accounts.length === 0 ? { title: t('sections.labels.emptyTitle'), body: t('sections.labels.emptyBody'), note: t('sections.labels.emptyNote') } : null}
      filters={
        <>
          <div className="filter-bar" role="search" aria-label={t('labels.listLabel')}>
            <div className="filter filter--search">
              <label htmlFor="labels-search">{t('labels.searchLabel')}</label>
              <input id="labels-search" className="input" type="search" value={search} placeholder={t('labels.search')} onChange={(e) => setSearch(e.target.value)} />
            </div>
            <div className="filter">
              <label htmlFor="labels-show">{t('labels.showLabel')}</label>
              <select id="labels-show" className="input" value={show} onChange={(e) => setShow(e.target.value as Show)} data-testid="labels-show">
                {(['all', 'ready', 'kept'] as const).map((value) => (
                  <option key={value} value={value}>{t(`labels.show.${value}`)}</option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor="labels-format">{t('labels.format')}</label>
              <select id="labels-format" className="input" value={labelFormat} onChange={(e) => setLabelFormat(e.target.value as LabelFormat)} data-testid="labels-format">
                <option value="zpl">ZPL</option>
                <option value="pdf">PDF</option>
              </select>
            </div>
          </div>
          <PrintBar printers={printers.list?.printers ?? []} shipmentIds={selected} count={selected.length} onPrinted={refresh} />
          {notice && <p className="labels-notice" role="status" data-testid="labels-notice">{notice}</p>}
          {failure && <p className="labels-error" role="alert">{localizeError(failure, (key) => t(key))}</p>}
        </>
      }
      count={{ testId: 'labels-count', text: rows.total === null ? '' : t('labels.count', { count: rows.total, n: format.number(rows.total) }) }}
      actions={
        <>
          <span data-testid="labels-selected">{t('labels.selected', { count: selected.length })}</span>
          <button type="button" className="button button--outline" disabled={busy || selected.length === 0} onClick={() => void fetchLabels()} data-testid="labels-fetch">
            {busy ? t('labels.fetching') : t('labels.fetch')}
          </button>
        </>
      }
      rows={rows}
      table={(total) => (
        <div className="labels-body">
          <LabelsTable
            rows={rows}
            total={total}
            resetKey={rows.key}
            selected={selectedSet}
            onToggle={toggle}
            allSelected={selected.length > 0 && selected.length >= Math.min(total, MAX_SELECTION)}
            onToggleAll={toggleAll}
            onPreview={setPreviewId}
          />
          {side}
        </div>
      )}
      empty={
        <div className="labels-body">
          <EmptyState icon={LabelsIcon} title={t('sections.labels.emptyTitle')} body={t('sections.labels.emptyBody')} note={t('sections.labels.emptyNote')} />
          {side}
        </div>
      }
    />
  );
}
