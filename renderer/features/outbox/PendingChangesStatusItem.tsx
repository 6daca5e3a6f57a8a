/**
 * The status bar's count of changes that wait for Mercado Libre (and those in conflict or failed),
 * from `outbox.counts`, kept current by `outbox.changed`. It opens Pending changes. Hidden while
 * nothing waits, so the bar keeps its room for what changes.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { followOutbox, openCount, useOutbox } from '../../stores/outbox';
import { useNavigation } from '../../stores/navigation';
import './outbox.css';

export function PendingChangesStatusItem() {
  const { t } = useTranslation();
  const counts = useOutbox((state) => state.counts);
  const navigate = useNavigation((state) => state.navigate);
  useEffect(followOutbox, []);
  if (!counts || openCount(counts) === 0) return null;
  const parts = [
    counts.waiting > 0 ? t('outbox.statusItem', { count: counts.waiting }) : null,
    counts.conflicts > 0 ? t('outbox.statusConflicts', { count: counts.conflicts }) : null,
    counts.failed > 0 ? t('outbox.statusFailed', { count: counts.failed }) : null,
  ].filter((part): part is string => part !== null);
  const text = parts.join(' · ');
  const alert = counts.conflicts + counts.failed > 0;
  return (
    <li className="status-item status-item--outbox" data-testid="status-outbox">
      <button
        type="button"
        className={alert ? 'status-button status-button--alert' : 'status-button'}
        onClick={() => navigate('changes')}
        title={t('outbox.statusOpen')}
      >
        {text}
      </button>
    </li>
  );
}
