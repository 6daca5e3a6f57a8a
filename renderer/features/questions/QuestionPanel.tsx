/**
 * The open question beside the list: what the buyer asked (as text), how long it has waited, what is
 * pending about it, the answer box, the listing it is about, the asker's earlier questions, moderation,
 * and the keyboard keys of the inbox.
 */
import { useTranslation } from 'react-i18next';
import type { QuestionDetail } from '../../../shared/questions';
import { call } from '../../api/client';
import { useNow } from '../../components/use-now';
import { useFormat } from '../../i18n/use-format';
import { AnswerComposer } from './AnswerComposer';
import { formatDuration } from './duration';
import { AskerHistory, ListingBeside } from './QuestionContext';
import { Moderation } from './Moderation';
import { statusLabel } from './QuestionsList';
import { inboxKeyNames } from './use-inbox-keys';
import { useQuestionDetail } from './use-question-detail';

export function QuestionPanel({ questionId }: { questionId: number | null }) {
  const { t } = useTranslation();
  return (
    <aside className="question-panel" aria-label={t('questions.panelLabel')} data-testid="question-panel">
      {questionId === null ? <p className="question-panel__empty">{t('questions.choose')}</p> : <OpenQuestion questionId={questionId} />}
      <KeyboardHelp />
    </aside>
  );
}

function OpenQuestion({ questionId }: { questionId: number }) {
  const detail = useQuestionDetail(questionId);
  if (!detail) return null;
  return <QuestionDetailView detail={detail} />;
}

function QuestionDetailView({ detail }: { detail: QuestionDetail }) {
  const { t } = useTranslation();
  const format = useFormat(detail.question.userId);
  const now = useNow(60_000);
  const { question } = detail;
  const answerEntry = question.outbox.find((entry) => entry.kind === 'question.answer');
  const canAnswer = question.status === 'UNANSWERED' && !answerEntry;
  return (
    <div className="question-panel__content">
      <section className="question-panel__section" aria-labelledby="question-panel-heading">
        <h2 id="question-panel-heading" className="question-panel__question" data-testid="open-question-text">
          {question.text}
        </h2>
        <p className="question__meta">
          <span>{question.fromId !== null ? t('questions.from', { id: question.fromId }) : null}</span>
          <time dateTime={question.dateCreated} title={format.dateTime(question.dateCreated)}>
            {t('questions.asked', { ago: format.ago(question.dateCreated, now) })}
          </time>
          {question.status === 'UNANSWERED' ? (
            <span className="chip chip--wait">{t('questions.waiting', { duration: formatDuration(now - Date.parse(question.dateCreated), format.locale) })}</span>
          ) : (
            <span className="chip chip--neutral">{statusLabel(question.status, t)}</span>
          )}
          {detail.askerBlocked && <span className="chip chip--bad">{t('questions.asker.blocked')}</span>}
        </p>
        {question.answerText && (
          <div className="question__answer" data-testid="open-question-answer">
            <span className="question__answer-label">{t('questions.answer')}</span>
            <p>{question.answerText}</p>
          </div>
        )}
        {answerEntry && <PendingAnswer entry={answerEntry} />}
        {canAnswer && <AnswerComposer detail={detail} />}
      </section>
      <ListingBeside listing={detail.listing} />
      <AskerHistory questions={detail.askerQuestions} />
      <Moderation detail={detail} />
    </div>
  );
}

function PendingAnswer({ entry }: { entry: QuestionDetail['question']['outbox'][number] }) {
  const { t } = useTranslation();
  if (entry.state === 'conflict') {
    const deleted = entry.elsewhere?.answer === null || entry.elsewhere?.answer === undefined;
    return (
      <div className="question-notice question-notice--elsewhere" role="status" data-testid="answer-elsewhere">
        <p className="question-notice__title">{t('questions.elsewhere.title')}</p>
        <p>{deleted ? t('questions.elsewhere.deleted') : t('questions.elsewhere.body')}</p>
        {!deleted && (
          <p>
            <strong>{t('questions.elsewhere.theirs')}:</strong> {entry.elsewhere?.answer}
          </p>
        )}
        <p>
          <strong>{t('questions.elsewhere.mine')}:</strong> {entry.text}
        </p>
        <button type="button" className="button button--outline" onClick={() => void call('outbox.discard', { id: entry.outboxId })}>
          {t('questions.elsewhere.dismiss')}
        </button>
      </div>
    );
  }
  const failed = entry.state === 'failed';
  return (
    <div className={`question-notice${failed ? ' question-notice--failed' : ''}`} role="status" data-testid="answer-pending">
      <p className="question-notice__title">{failed ? t('questions.pending.failed') : t('questions.pending.title')}</p>
      {!failed && <p>{entry.state === 'sending' ? t('questions.pending.sending') : t('questions.pending.body')}</p>}
      <p className="question-notice__text">{entry.text}</p>
      {failed && (
        <button type="button" className="button button--outline" onClick={() => void call('outbox.retry', { id: entry.outboxId })}>
          {t('questions.pending.retry')}
        </button>
      )}
    </div>
  );
}

function KeyboardHelp() {
  const { t } = useTranslation();
  const keys = inboxKeyNames();
  return (
    <section className="question-panel__keys" aria-labelledby="question-keys-heading">
      <h3 id="question-keys-heading">{t('questions.keys.title')}</h3>
      <ul>
        <li>{t('questions.keys.next', keys)}</li>
        <li>{t('questions.keys.template', keys)}</li>
        <li>{t('questions.keys.send', keys)}</li>
      </ul>
    </section>
  );
}
