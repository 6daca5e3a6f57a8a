/**
 * Printing labels with a chosen printer, used by the Labels and Orders screens: one job that downloads
 * whatever is not kept yet and prints batch by batch in the order given, with progress, cancel, a
 * summary (what printed, what Mercado Libre refused and why) and a resend of what never arrived.
 */
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { Printer, PrintJob } from '../../../shared/printing';
import { localizeError } from '../../i18n/errors';
import { isApiError, request, usePrintJob } from './labels-store';

export interface PrintBarProps {
  printers: Printer[];
  /** The shipments to print, in order: given, or worked out when Print is pressed (a whole filter). */
  shipmentIds: number[] | (() => Promise<number[]>);
  /** How many will print, for the button (unknown: no count). */
  count: number | null;
  onPrinted: () => void;
  /** Prefix of the test ids, so two bars never share them. */
  testId?: string;
}

export function PrintBar({ printers, shipmentIds, count, onPrinted, testId = 'labels' }: PrintBarProps) {
  const { t } = useTranslation();
  const [printerId, setPrinterId] = useState<string>('');
  const [jobId, setJobId] = useState<number | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const job = usePrintJob(jobId);
  const target = printerId || printers[0]?.id || '';
  const running = starting || job?.state === 'queued' || job?.state === 'sending';
  const finished = job?.state === 'sent' || job?.state === 'failed' || job?.state === 'cancelled';

  useEffect(() => {
    if (finished) onPrinted();
  }, [finished, onPrinted]);

  const act = async (work: () => Promise<{ jobId: number } | null>) => {
    setFailure(null);
    setStarting(true);
    try {
      const answer = await work();
      if (answer) setJobId(answer.jobId);
    } catch (caught) {
      if (isApiError(caught)) setFailure(caught);
    } finally {
      setStarting(false);
    }
  };

  const print = () =>
    act(async () => {
      const ids = typeof shipmentIds === 'function' ? await shipmentIds() : shipmentIds;
      if (ids.length === 0) return null;
      return request('print.submit', { printerId: target, shipmentIds: ids, fetchMissing: true });
    });

  return (
    <div className="labels-printbar" data-testid={`${testId}-printbar`}>
      <label>
        {t('labels.printer')}{' '}
        <select className="input" value={target} onChange={(e) => setPrinterId(e.target.value)} data-testid={`${testId}-printer`}>
          <PrinterOptions printers={printers} />
        </select>
      </label>
      <button type="button" className="button button--primary" disabled={!target || count === 0 || running} onClick={() => void print()} data-testid={`${testId}-print`}>
        {count === null ? t('labels.printLabels') : t('labels.printCount', { count })}
      </button>
      {job && <JobStatus job={job} testId={testId} />}
      {job && (job.state === 'queued' || job.state === 'sending') && (
        <button type="button" className="button" onClick={() => void request('print.cancel', { jobId: job.id })} data-testid={`${testId}-cancel`}>{t('labels.cancel')}</button>
      )}
      {job && (job.state === 'failed' || job.state === 'cancelled') && job.sent < job.total && (
        <button type="button" className="button" onClick={() => void act(() => request('print.resend', { jobId: job.id }))} data-testid={`${testId}-resend`}>{t('labels.resend')}</button>
      )}
      {failure && <span className="labels-error" role="alert">{localizeError(failure, (key) => t(key))}</span>}
    </div>
  );
}

/** The printers as the seller picks one: name, language and dpi, and a state that will not print now. */
export function PrinterOptions({ printers }: { printers: readonly Printer[] }) {
  const { t } = useTranslation();
  const unavailable = (p: Printer) => (p.state && p.state !== 'ready' && p.state !== 'printing' ? ` · ${t(`labels.printerState.${p.state}`)}` : '');
  return (
    <>
      {printers.length === 0 && <option value="">{t('labels.noPrinter')}</option>}
      {printers.map((p) => (
        <option key={p.id} value={p.id}>
          {`${p.name} (${p.profile.language.toUpperCase()}, ${p.profile.dpi} dpi)${unavailable(p)}`}
        </option>
      ))}
    </>
  );
}

/** The failure in the seller's language; the printer's own words are quoted as they came. */
function failureText(job: PrintJob, t: TFunction): string {
  const { failure } = job;
  if (!failure) return job.error ?? '';
  const parts = [t(`labels.failure.${failure.code}`, { printer: failure.printer ?? '' })];
  if (failure.words) parts.push(t('labels.failure.words', { words: failure.words }));
  if (failure.inFlight) parts.push(t('labels.failure.inFlight', { from: failure.inFlight.from, to: failure.inFlight.to }));
  return parts.join(' ');
}

export function JobStatus({ job, testId }: { job: PrintJob; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className={`labels-job labels-job--${job.state}`} role="status" data-testid={`${testId}-job`}>
      <progress max={Math.max(job.total, 1)} value={job.sent} aria-label={t('labels.progress')} />{' '}
      {t(`labels.job.${job.state}`, { sent: job.sent, total: job.total, error: failureText(job, t) })}
      {job.skipped.length > 0 && (
        <details className="labels-skipped" data-testid={`${testId}-skipped`}>
          <summary>{t('labels.skipped', { count: job.skipped.length })}</summary>
          <ul>
            {job.skipped.map((skip) => (
              <li key={skip.shipmentId}>{`${skip.shipmentId}: ${skip.message}`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
