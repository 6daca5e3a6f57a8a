/**
 * Questions: buyers' unanswered questions, answered here (even offline).
 * Until the account connection and sync land, it says plainly what will appear and when.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { QuestionsIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';

export function QuestionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.questions')} subtitle={t('sections.questions.subtitle')} />
      <EmptyState
        icon={QuestionsIcon}
        title={t('sections.questions.emptyTitle')}
        body={t('sections.questions.emptyBody')}
        note={t('sections.questions.emptyNote')}
      />
    </>
  );
}
