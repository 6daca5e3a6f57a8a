/**
 * A bulk batch on its way: done / total from `listings.bulk.status` with a progress bar and a way to
 * stop what has not been sent; then the summary ("N changed, M left out, K failed") and one Undo for
 * the whole batch. An undo is itself a batch, followed the same way.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { BulkBatchStatus } from '../../../shared/listing-edits';
import { call } from '../../api/client';
import { localizeError } from '../../i18n/errors';
import { useFormat } from '../../i18n/use-format';
import { batchRunning, batchSummary } from './bulk-form';
import { useBulkBatch } from './use-bulk-batch';

export interface BulkProgressProps {
  batchId: string;
  /** Rows the preview left out (shown in the summary). */
  leftOut: number;
  /** This batch undoes an earlier one: no further undo, and the summary says "back to earlier values". */
  isUndo: boolean;
  onUndone(result: { batchId: string | null; discarded: number; queued: number }): void;
  onClose(): void;
}

export function BulkProgress({ batchId, leftOut, isUndo, onUndone, onClose }: BulkProgressProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const followed = useBulkBatch(batchId);
  const [stopped, setStopped] = useState<BulkBatchStatus | null>(null);
  const [busy, setBusy] = useState<'cancel' | 'undo' | null>(null);
  const [undoError, setUndoError] = useState<ApiError | null>(null);
  // The answer of Cancel is newer than a status read just before it.
  const status = stopped && (!followed || followed.pending > stopped.pending) ? stopped : followed;
  const running = batchRunning(status);
  const finished = status ? status.total - status.pending : 0;

  async function cancel() {
    setBusy('cancel');
    const result = await call('listings.bulk.cancel', { batchId });
    setBusy(null);
    if (result.ok) setStopped(result.value);
  }

  async function undo() {
    setBusy('undo');
    const result = await call('listings.bulk.undo', { batchId });
    setBusy(null);
    if (result.ok) onUndone(result.value);
    else setUndoError(result.error);
  }
  const undoRefusal = undoError && (isAlreadyUndone(undoError) ? t('listings.bulk.alreadyUndone') : localizeError(undoError, (key) => t(key)));

  return (
    <div className="modal__body bulk-progress" data-testid="bulk-progress" data-state={running ? 'running' : 'done'}>
      {running ? (
        <div className="bulk-progress__status">
          <h3 className="bulk-progress__heading">{isUndo ? t('listings.bulk.undoTitle') : t('listings.bulk.progressTitle')}</h3>
          <progress
            className="bulk-progress__bar"
            aria-label={t('listings.bulk.progressLabel')}
            max={status?.total ?? 1}
            value={finished}
          />
          <p role="status" data-testid="bulk-progress-text">
            {status ? t('listings.bulk.progress', { done: format.number(finished), total: format.number(status.total) }) : t('listings.bulk.loading')}
          </p>
          <p className="bulk-progress__note">{t('listings.bulk.background')}</p>
        </div>
      ) : (
        status && <Summary status={status} leftOut={leftOut} isUndo={isUndo} />
      )}
      {undoRefusal && (
        <p className="field__error" role="alert" data-testid="bulk-undo-error">
          {undoRefusal}
        </p>
      )}
      <div className="modal__actions">
        {running && (
          <button type="button" className="button button--secondary" disabled={busy !== null || !status} onClick={() => void cancel()}>
            {busy === 'cancel' ? t('listings.bulk.cancelling') : t('listings.bulk.cancel')}
          </button>
        )}
        {!running && !isUndo && status && status.done + status.pending > 0 && (
          <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void undo()}>
            {busy === 'undo' ? t('listings.bulk.undoing') : t('listings.bulk.undo')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose} autoFocus={!running}>
          {t('listings.bulk.close')}
        </button>
      </div>
    </div>
  );
}

/** The host refuses a second undo of one batch (`conflict`, rule `already_undone`). */
function isAlreadyUndone(error: ApiError): boolean {
  const details = error.details as { rule?: unknown } | undefined;
  return error.code === 'conflict' && details?.rule === 'already_undone';
}

function Summary({ status, leftOut, isUndo }: { status: BulkBatchStatus; leftOut: number; isUndo: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = batchSummary(status, leftOut);
  const words = (key: 'changed' | 'undone' | 'leftOut' | 'failed', count: number) => t(`listings.bulk.${key}`, { count, n: format.number(count) });
  const parts = [words(isUndo ? 'undone' : 'changed', summary.changed), ...(isUndo ? [] : [words('leftOut', summary.leftOut)]), words('failed', summary.failed)];
  return (
    <div className="bulk-progress__status">
      <h3 className="bulk-progress__heading">{isUndo ? t('listings.bulk.undoneTitle') : t('listings.bulk.summaryTitle')}</h3>
      <p className="bulk-progress__summary" role="status" data-testid="bulk-summary">
        {parts.join(', ')}
      </p>
      {summary.cancelled > 0 && <p>{t('listings.bulk.cancelled', { count: summary.cancelled, n: format.number(summary.cancelled) })}</p>}
      {summary.failed > 0 && <p className="bulk-progress__note">{t('listings.bulk.failedHint')}</p>}
    </div>
  );
}
