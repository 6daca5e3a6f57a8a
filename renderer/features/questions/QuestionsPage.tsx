/**
 * The Questions inbox: buyers' questions from the cache, unanswered first and oldest first with how long
 * each has waited, for the store chosen in the status bar (or all); the open question beside the list
 * with its listing, the asker's earlier questions, the answer box with templates, and moderation.
 * Answers go through the outbox, so they are written offline too. The same data-screen skeleton as
 * Orders and Listings: a failed read says so, with a retry.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE_LANGUAGE, type SiteId } from '../../../shared/settings';
import { EmptyState } from '../../components/EmptyState';
import { QuestionsIcon } from '../../components/icons';
import { DataScreen } from '../../components/table/DataScreen';
import { useStoreScope } from '../../stores/accounts';
import { anyFirstSyncDone, useSync } from '../../stores/sync';
import { InboxFigures, InboxFilters } from './InboxToolbar';
import { insertTemplate, sendAnswer, useInbox, useTemplates } from './inbox-store';
import { QuestionPanel } from './QuestionPanel';
import { QuestionsList } from './QuestionsList';
import { orderedTemplates } from './template-order';
import { useInboxKeys } from './use-inbox-keys';
import { useInboxRows } from './use-question-rows';
import './questions.css';

export function QuestionsPage() {
  const { t } = useTranslation();
  const { accounts, userId, allStores } = useStoreScope();
  const syncStatus = useSync((state) => state.status);
  const search = useInbox((state) => state.search.trim());
  const selectedId = useInbox((state) => state.selectedId);
  const accountIds = useMemo(() => (userId === undefined ? undefined : [userId]), [userId]);
  const query = useMemo(() => ({ ...(accountIds ? { accountIds } : {}), ...(search ? { search: search.slice(0, 200) } : {}) }), [accountIds, search]);
  const rows = useInboxRows(query);
  const total = rows.total;
  const unanswered = rows.latest?.unanswered ?? 0;

  // Which loaded row is open; the first one (the question waiting longest) when none is chosen yet.
  let selectedIndex: number | null = null;
  for (let index = 0; index < (total ?? 0); index += 1) {
    const row = rows.rowAt(index);
    if (row && row.id === selectedId) {
      selectedIndex = index;
      break;
    }
  }
  const firstId = rows.rowAt(0)?.id ?? null;
  useEffect(() => {
    if (selectedId === null && firstId !== null) useInbox.getState().select(firstId);
  }, [selectedId, firstId]);

  useInboxKeys({
    move(step) {
      const next = selectedIndex === null ? 0 : selectedIndex + step;
      if (total === null || next < 0 || next >= total) return;
      rows.ensureRange(next, next);
      const row = rows.rowAt(next);
      if (row) useInbox.getState().select(row.id);
    },
    insertTemplate(number) {
      const open = selectedIndex === null ? undefined : rows.rowAt(selectedIndex);
      if (!open || open.status !== 'UNANSWERED') return;
      const site = accounts.find((account) => account.userId === open.userId)?.siteId as SiteId | undefined;
      const template = orderedTemplates(useTemplates.getState().value ?? [], site ? SITE_LANGUAGE[site] : null)[number - 1];
      if (template) void insertTemplate(template.id, open.id);
    },
    send() {
      if (selectedId !== null) void sendAnswer(selectedId);
    },
  });

  return (
    <DataScreen
      className="questions-page"
      title={t('nav.questions')}
      subtitle={t('sections.questions.subtitle')}
      icon={QuestionsIcon}
      welcome={accounts.length === 0 ? { title: t('sections.questions.emptyTitle'), body: t('sections.questions.emptyBody'), note: t('sections.questions.emptyNote') } : null}
      filters={<InboxFilters />}
      count={{ testId: 'questions-summary', text: total ? t('questions.summary', { unanswered, total }) : '' }}
      actions={<InboxFigures accountIds={accountIds} />}
      rows={rows}
      table={(count) => (
        <div className="questions-inbox">
          <QuestionsList
            rows={rows}
            total={count}
            stores={allStores ? accounts : null}
            unanswered={unanswered}
            selectedId={selectedId}
            selectedIndex={selectedIndex}
            onSelect={(row) => useInbox.getState().select(row.id)}
          />
          <QuestionPanel questionId={selectedId} />
        </div>
      )}
      empty={
        search ? (
          <EmptyState icon={QuestionsIcon} title={t('questions.noMatchTitle')} body={t('questions.noMatchBody')} />
        ) : anyFirstSyncDone(syncStatus) ? (
          <EmptyState icon={QuestionsIcon} title={t('questions.noneTitle')} body={t('questions.noneBody')} />
        ) : (
          <EmptyState icon={QuestionsIcon} title={t('questions.notSyncedTitle')} body={t('questions.notSyncedBody')} />
        )
      }
    />
  );
}
