/**
 * The bar shown on the data screens while a sync runs: which step (named for the seller: "Pedidos
 * 120/300 · paso 1 de 4"), how far the whole sync is, and a Cancel button. One bar per running
 * account; nothing when no sync runs.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncProgress as Progress } from '../../../shared/sync';
import { useAccounts } from '../../stores/accounts';
import { cancelSync, useSync } from '../../stores/sync';
import { overallProgress } from './overall-progress';
import './sync.css';

export function SyncProgress() {
  const { t } = useTranslation();
  const status = useSync((state) => state.status);
  const progress = useSync((state) => state.progress);
  const accounts = useAccounts((state) => state.value);
  const [cancelledNote, setCancelledNote] = useState(false);
  const running = status?.accounts.filter((account) => account.state === 'running') ?? [];
  const anyRunning = running.length > 0;
  // The "stopped" note speaks of the sync that was cancelled; a new sync makes it stale.
  useEffect(() => {
    if (anyRunning) setCancelledNote(false);
  }, [anyRunning]);

  if (!anyRunning) {
    return cancelledNote ? (
      <p className="sync-progress__note" role="status">
        {t('sync.cancelled')}
      </p>
    ) : null;
  }
  const named = (accounts?.length ?? 0) > 1;
  return (
    <div className="sync-progress" data-testid="sync-progress">
      {running.map((account) => {
        const nickname = accounts?.find((candidate) => candidate.userId === account.userId)?.nickname ?? String(account.userId);
        return (
          <ProgressLine
            key={account.userId}
            progress={progress[account.userId] ?? null}
            prefix={named ? t('sync.progressAccount', { nickname }) : ''}
            onCancel={() => {
              void cancelSync(account.userId).then((cancelled) => setCancelledNote(cancelled));
            }}
          />
        );
      })}
    </div>
  );
}

function ProgressLine({ progress, prefix, onCancel }: { progress: Progress | null; prefix: string; onCancel(): void }) {
  const { t } = useTranslation();
  const step = t(`sync.step.${progress?.step ?? 'orders'}`);
  const known = progress !== null && progress.total !== null && progress.total > 0;
  const overall = overallProgress(progress);
  const stepText =
    known && progress.total !== null
      ? t('sync.progressOf', { step, done: progress.done, total: progress.total })
      : t('sync.progressUnknown', { step });
  const text = t('sync.progressStep', { progress: stepText, number: overall.stepNumber, count: overall.stepCount });
  const percent = Math.round(overall.fraction * 100);
  return (
    <div className="sync-progress__line">
      <span className="sync-progress__label" aria-hidden="true">
        {prefix}
        {text}
      </span>
      {/* The whole sync, not the step: a new step starts where the last one ended. */}
      <progress
        className="sync-progress__bar"
        aria-label={t('sync.progressLabel')}
        aria-valuetext={`${prefix}${text} (${percent} %)`}
        data-testid="sync-progress-bar"
        max={100}
        value={percent}
      />
      <button type="button" className="button button--outline" onClick={onCancel}>
        {t('sync.cancel')}
      </button>
    </div>
  );
}
