/**
 * Above the inbox (which shows the store chosen in the status bar, or all): a search through
 * questions and answers, and the response-time figures of the last 30 days for what is shown.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseFigures } from '../../../shared/questions';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/use-format';
import { useCacheVersion } from '../../stores/cache-changes';
import { formatDuration } from './duration';
import { useInbox } from './inbox-store';
import { NotificationsToggle } from './notifications';

export function InboxFilters() {
  const { t } = useTranslation();
  const id = useId();
  const search = useInbox((state) => state.search);
  return (
    <div className="filter-bar" role="search" aria-label={t('questions.filters')}>
      <div className="filter filter--search">
        <label htmlFor={`${id}-search`}>{t('questions.search')}</label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          value={search}
          maxLength={200}
          placeholder={t('questions.searchPlaceholder')}
          onChange={(event) => useInbox.getState().setSearch(event.target.value)}
          data-testid="questions-search"
        />
      </div>
      <NotificationsToggle />
    </div>
  );
}

export function InboxFigures({ accountIds }: { accountIds: number[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const version = useCacheVersion('questions');
  const key = JSON.stringify(accountIds ?? null);
  const [figures, setFigures] = useState<ResponseFigures | null>(null);
  useEffect(() => {
    let current = true;
    void call('questions.figures', accountIds ? { accountIds } : {}).then((result) => {
      if (current && result.ok) setFigures(result.value);
    });
    return () => {
      current = false;
    };
  }, [key, version]);
  if (!figures) return null;
  return (
    <p className="inbox-figures" data-testid="questions-figures">
      {figures.medianMs === null || figures.p90Ms === null
        ? t('questions.figuresNone')
        : t('questions.figures', { median: formatDuration(figures.medianMs, format.locale), p90: formatDuration(figures.p90Ms, format.locale) })}
    </p>
  );
}
