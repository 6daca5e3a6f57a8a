/**
 * Questions (read-only for now): buyers' questions from the cache, unanswered first, each with the
 * listing it is about and when it was asked ("3 h ago"); answered ones show their answer. The same
 * data-screen skeleton as Orders and Listings: a failed read says so, with a retry.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { QuestionsIcon } from '../../components/icons';
import { DataScreen } from '../../components/table/DataScreen';
import { useAccounts } from '../../stores/accounts';
import { useQuestionRows } from '../../stores/cached-rows';
import { anyFirstSyncDone, useSync } from '../../stores/sync';
import { QuestionsList } from './QuestionsList';
import './questions.css';

export function QuestionsPage() {
  const { t } = useTranslation();
  const accounts = useAccounts((state) => state.value) ?? [];
  const syncStatus = useSync((state) => state.status);
  const rows = useQuestionRows();
  const total = rows.total;
  const unanswered = rows.latest?.unanswered ?? 0;

  return (
    <DataScreen
      className="questions-page"
      title={t('nav.questions')}
      subtitle={t('sections.questions.subtitle')}
      icon={QuestionsIcon}
      welcome={accounts.length === 0 ? { title: t('sections.questions.emptyTitle'), body: t('sections.questions.emptyBody'), note: t('sections.questions.emptyNote') } : null}
      count={{ testId: 'questions-summary', text: total ? t('questions.summary', { unanswered, total }) : '' }}
      rows={rows}
      table={(count) => <QuestionsList rows={rows} total={count} unanswered={unanswered} />}
      empty={
        anyFirstSyncDone(syncStatus) ? (
          <EmptyState icon={QuestionsIcon} title={t('questions.noneTitle')} body={t('questions.noneBody')} />
        ) : (
          <EmptyState icon={QuestionsIcon} title={t('questions.notSyncedTitle')} body={t('questions.notSyncedBody')} />
        )
      }
    />
  );
}
