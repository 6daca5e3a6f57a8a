/**
 * Labels: shipments whose Mercado Envios label is ready or kept here. The seller selects, downloads
 * (kept for reprinting, offline too), previews what will print, and prints to a chosen printer with
 * progress and cancel. Rows keep the order of the list, and printing keeps the order of the selection.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { LabelFormat, LabelRow } from '../../../shared/labels';
import { EmptyState } from '../../components/EmptyState';
import { LabelsIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { useDebounced } from '../../components/use-debounced';
import { localizeError } from '../../i18n/errors';
import { isApiError, request, useLabelRows, usePrinters } from './labels-store';
import { LabelPreview } from './LabelPreview';
import { PrintBar } from './PrintBar';
import { PrinterPanel } from './PrinterPanel';
import './labels.css';

type Show = 'all' | 'ready' | 'kept';

function LocalState({ row }: { row: LabelRow }) {
  const { t } = useTranslation();
  if (row.failure) return <span className="labels-refused">{t('labels.refused', { message: row.failure.message })}</span>;
  const printed = row.kept.find((k) => k.printedAt);
  if (printed) return <>{t('labels.local.printed', { format: printed.format.toUpperCase() })}</>;
  const kept = row.kept[0];
  return <>{kept ? t('labels.local.fetched', { format: kept.format.toUpperCase() }) : t('labels.local.none')}</>;
}

export function LabelsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDebounced(search, 250);
  const [show, setShow] = useState<Show>('all');
  const [bump, setBump] = useState(0);
  const { rows, error, loading } = useLabelRows(query, show, bump);
  const [selected, setSelected] = useState<number[]>([]);
  const [format, setFormat] = useState<LabelFormat>('zpl');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [previewId, setPreviewId] = useState<number | null>(null);
  const printers = usePrinters();

  const visible = useMemo(() => new Set(rows.map((r) => r.shipmentId)), [rows]);
  const chosen = selected.filter((id) => visible.has(id));
  const toggle = (id: number) => setSelected((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  const fetchLabels = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await request('labels.fetch', { shipmentIds: chosen, format });
      const ok = answer.results.filter((r) => r.ok).length;
      setNotice(t('labels.fetchResult', { ok, failed: answer.results.length - ok }));
      setBump((n) => n + 1);
    } catch (caught) {
      if (isApiError(caught)) setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="labels-page">
      <PageHeader title={t('nav.labels')} subtitle={t('sections.labels.subtitle')} />
      <div className="labels-toolbar" role="toolbar" aria-label={t('labels.listLabel')}>
        <input className="labels-search" type="search" value={search} placeholder={t('labels.search')} aria-label={t('labels.search')} onChange={(e) => setSearch(e.target.value)} />
        <select aria-label={t('labels.show.all')} value={show} onChange={(e) => setShow(e.target.value as Show)} data-testid="labels-show">
          {(['all', 'ready', 'kept'] as const).map((value) => (
            <option key={value} value={value}>{t(`labels.show.${value}`)}</option>
          ))}
        </select>
        <label>
          {t('labels.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as LabelFormat)} data-testid="labels-format">
            <option value="zpl">ZPL</option>
            <option value="pdf">PDF</option>
          </select>
        </label>
        <span data-testid="labels-selected">{t('labels.selected', { count: chosen.length })}</span>
        <button type="button" className="button button--primary" disabled={busy || chosen.length === 0} onClick={() => void fetchLabels()} data-testid="labels-fetch">
          {busy ? t('labels.fetching') : t('labels.fetch')}
        </button>
      </div>
      {notice && <p className="labels-notice" role="status" data-testid="labels-notice">{notice}</p>}
      {(failure ?? error) && <p className="labels-error" role="alert">{localizeError(failure ?? (error as ApiError), (key) => t(key))}</p>}
      <PrintBar printers={printers.list?.printers ?? []} shipmentIds={chosen} format={format} onPrinted={() => setBump((n) => n + 1)} />
      {!loading && rows.length === 0 ? (
        <EmptyState icon={LabelsIcon} title={t('sections.labels.emptyTitle')} body={t('sections.labels.emptyBody')} note={t('sections.labels.emptyNote')} />
      ) : (
        <div className="labels-body">
          <div className="labels-table-wrap">
          <table className="labels-table" aria-label={t('labels.listLabel')} data-testid="labels-table">
            <thead>
              <tr>
                <th>
                  <input type="checkbox" aria-label={t('labels.selectAll')} checked={rows.length > 0 && chosen.length === rows.length} onChange={(e) => setSelected(e.target.checked ? rows.map((r) => r.shipmentId) : [])} />
                </th>
                <th>{t('labels.columns.shipment')}</th>
                <th>{t('labels.columns.orders')}</th>
                <th>{t('labels.columns.buyer')}</th>
                <th>{t('labels.columns.meli')}</th>
                <th>{t('labels.columns.local')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.shipmentId} data-testid={`label-row-${row.shipmentId}`} aria-selected={chosen.includes(row.shipmentId)}>
                  <td>
                    <input type="checkbox" aria-label={String(row.shipmentId)} checked={chosen.includes(row.shipmentId)} onChange={() => toggle(row.shipmentId)} />
                  </td>
                  <td>{row.shipmentId}</td>
                  <td>{row.orderIds.join(', ')}</td>
                  <td>{row.buyer ?? ''}</td>
                  <td data-testid="label-substatus">{row.substatus === 'ready_to_print' || row.substatus === 'printed' ? t(`labels.substatus.${row.substatus}`) : (row.substatus ?? row.status)}</td>
                  <td data-testid="label-local"><LocalState row={row} /></td>
                  <td>
                    <button type="button" className="button" disabled={row.kept.length === 0} onClick={() => setPreviewId(row.shipmentId)}>{t('labels.preview')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <aside className="labels-side">
            <LabelPreview shipmentId={previewId} format={format} />
            <PrinterPanel printers={printers.list?.printers ?? []} notice={printers.list?.systemNotice ?? null} onChanged={printers.reload} />
          </aside>
        </div>
      )}
    </div>
  );
}
