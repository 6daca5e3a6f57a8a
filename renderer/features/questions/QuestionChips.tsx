/** What is still in the outbox about a question, as small labels: an answer pending, answered elsewhere, a delete pending. */
import { useTranslation } from 'react-i18next';
import type { QuestionRow } from '../../../shared/questions';

export function QuestionChips({ row }: { row: QuestionRow }) {
  const { t } = useTranslation();
  return (
    <>
      {row.outbox.map((entry) => {
        if (entry.kind === 'question.answer' && entry.state === 'conflict') {
          return (
            <span key={entry.outboxId} className="chip chip--neutral" data-testid="question-elsewhere">
              {t('questions.chips.elsewhere')}
            </span>
          );
        }
        if (entry.kind === 'question.answer') {
          return (
            <span key={entry.outboxId} className="chip chip--label" data-testid="question-pending">
              {t('questions.chips.answerPending')}
            </span>
          );
        }
        if (entry.kind === 'question.delete') {
          return (
            <span key={entry.outboxId} className="chip chip--label">
              {t('questions.chips.deletePending')}
            </span>
          );
        }
        return null;
      })}
    </>
  );
}
