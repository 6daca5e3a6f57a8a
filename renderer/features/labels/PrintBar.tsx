/** Printing the selection: the printer, then progress of the job (sent of total) with cancel and resend. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { LabelFormat } from '../../../shared/labels';
import type { Printer } from '../../../shared/printing';
import { localizeError } from '../../i18n/errors';
import { isApiError, request, usePrintJob } from './labels-store';

export function PrintBar({ printers, shipmentIds, format, onPrinted }: { printers: Printer[]; shipmentIds: number[]; format: LabelFormat; onPrinted: () => void }) {
  const { t } = useTranslation();
  const [printerId, setPrinterId] = useState<string>('');
  const [jobId, setJobId] = useState<number | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const job = usePrintJob(jobId);
  const target = printerId || printers[0]?.id || '';
  const finished = job?.state === 'sent' || job?.state === 'failed' || job?.state === 'cancelled';

  useEffect(() => {
    if (finished) onPrinted();
  }, [finished, onPrinted]);

  const act = async (work: () => Promise<{ jobId: number }>) => {
    setFailure(null);
    try {
      setJobId((await work()).jobId);
    } catch (caught) {
      if (isApiError(caught)) setFailure(caught);
    }
  };

  const print = () =>
    act(async () => {
      // Labels not kept in this format yet are downloaded first; printing keeps the selection's order.
      const printer = printers.find((p) => p.id === target);
      const language = printer?.profile.language ?? format;
      await request('labels.fetch', { shipmentIds, format: language });
      return request('print.submit', { printerId: target, shipmentIds });
    });

  return (
    <div className="labels-printbar" data-testid="labels-printbar">
      <label>
        {t('labels.printer')}{' '}
        <select value={target} onChange={(e) => setPrinterId(e.target.value)} data-testid="labels-printer">
          {printers.length === 0 && <option value="">{t('labels.noPrinter')}</option>}
          {printers.map((p) => (
            <option key={p.id} value={p.id}>{`${p.name} (${p.profile.language.toUpperCase()}, ${p.profile.dpi} dpi)`}</option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--primary" disabled={!target || shipmentIds.length === 0 || job?.state === 'sending'} onClick={() => void print()} data-testid="labels-print">
        {t('labels.print')}
      </button>
      {job && (
        <span className={`labels-job labels-job--${job.state}`} role="status" data-testid="labels-job">
          <progress max={job.total} value={job.sent} /> {t(`labels.job.${job.state}`, { sent: job.sent, total: job.total, error: job.error ?? '' })}
        </span>
      )}
      {job && (job.state === 'queued' || job.state === 'sending') && (
        <button type="button" className="button" onClick={() => void request('print.cancel', { jobId: job.id })}>{t('labels.cancel')}</button>
      )}
      {job && (job.state === 'failed' || job.state === 'cancelled') && (
        <button type="button" className="button" onClick={() => void act(() => request('print.resend', { jobId: job.id }))} data-testid="labels-resend">{t('labels.resend')}</button>
      )}
      {failure && <span className="labels-error" role="alert">{localizeError(failure, (key) => t(key))}</span>}
    </div>
  );
}
