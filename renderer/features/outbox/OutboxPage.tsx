/**
 * Pending changes: every change Mostrador holds for Mercado Libre, newest first, with what it changes
 * (listing, field: before → after), its state in words, Mercado Libre's answer when it refused, and
 * what the seller can do: retry a failure, discard what was not sent, settle a conflict. Shows the store
 * chosen in the status bar (or all, each change naming its store).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { OutboxIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { LoadError } from '../../components/table/LoadError';
import { useStoreScope } from '../../stores/accounts';
import { followOutbox } from '../../stores/outbox';
import { OutboxEntryCard } from './OutboxEntryCard';
import { useOutboxEntries } from './outbox-entries';
import '../../components/table/data-screen.css';
import './outbox.css';

export function OutboxPage() {
  const { t } = useTranslation();
  const [includeFinished, setIncludeFinished] = useState(false);
  useEffect(followOutbox, []);
  const { accounts, userId, allStores } = useStoreScope();
  const { views, error, reload } = useOutboxEntries(includeFinished, userId);

  return (
    <div className="outbox-page">
      <PageHeader title={t('nav.changes')} subtitle={t('sections.changes.subtitle')} />
      <div className="list-toolbar outbox-toolbar">
        <label className="outbox-toolbar__filter">
          <span>{t('outbox.show')}</span>
          <select className="input input--select" value={includeFinished ? 'all' : 'open'} onChange={(event) => setIncludeFinished(event.target.value === 'all')}>
            <option value="open">{t('outbox.showOpen')}</option>
            <option value="all">{t('outbox.showAll')}</option>
          </select>
        </label>
        <p className="list-toolbar__count" role="status" data-testid="outbox-count">
          {views === null ? '' : t('outbox.count', { count: views.length })}
        </p>
      </div>
      <LoadError error={error} onRetry={reload} />
      {views !== null && views.length === 0 && (
        includeFinished ? (
          <EmptyState icon={OutboxIcon} title={t('outbox.noneTitle')} body={t('outbox.noneBody')} />
        ) : (
          <EmptyState icon={OutboxIcon} title={t('sections.changes.emptyTitle')} body={t('sections.changes.emptyBody')} note={t('sections.changes.emptyNote')} />
        )
      )}
      {views !== null && views.length > 0 && (
        <ol className="outbox-list" aria-label={t('outbox.listLabel')}>
          {views.map((view) => (
            <OutboxEntryCard key={view.entry.id} view={view} stores={allStores ? accounts : null} onActed={reload} />
          ))}
        </ol>
      )}
    </div>
  );
}
