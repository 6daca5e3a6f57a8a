/**
 * The answer box: a text area with a live counter (Mercado Libre takes up to 2000 characters), the
 * seller's templates (store's language first, numbered for Alt+1…9), and Send. Sending queues the answer
 * in the outbox; the question then shows it as pending until Mercado Libre has it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_MAX_CHARS, type QuestionDetail } from '../../../shared/questions';
import { SITE_LANGUAGE, type SiteId } from '../../../shared/settings';
import { WarningIcon } from '../../components/icons';
import { localizeError } from '../../i18n/errors';
import { insertTemplate, sendAnswer, useInbox, useTemplates, type SendFeedback } from './inbox-store';
import { orderedTemplates } from './template-order';
import { TemplatesDialog } from './TemplatesDialog';

export function AnswerComposer({ detail }: { detail: QuestionDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const questionId = detail.question.id;
  const draft = useInbox((state) => state.drafts[questionId] ?? '');
  const feedback = useInbox((state) => state.feedback[questionId]);
  const sending = useInbox((state) => state.sending === questionId);
  const setDraft = useInbox((state) => state.setDraft);
  const templates = orderedTemplates(useTemplates((state) => state.value) ?? [], detail.siteId ? SITE_LANGUAGE[detail.siteId as SiteId] : null);
  const [chosen, setChosen] = useState('');
  const [managing, setManaging] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const focusAnswer = useInbox((state) => state.focusAnswer);

  useEffect(() => {
    void useTemplates.getState().load();
  }, []);
  // Asked for by "Next question": the seller can type the answer at once.
  useEffect(() => {
    if (focusAnswer !== questionId) return;
    box.current?.focus();
    useInbox.setState({ focusAnswer: null });
  }, [focusAnswer, questionId]);

  const over = draft.length > ANSWER_MAX_CHARS;
  return (
    <>
    <form
      className="answer-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void sendAnswer(questionId);
      }}
    >
      <div className={`field${feedback?.kind === 'rule' ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-answer`}>
          {t('questions.composer.label')}
        </label>
        <textarea
          ref={box}
          id={`${id}-answer`}
          className="input answer-composer__text"
          rows={5}
          value={draft}
          onChange={(event) => setDraft(questionId, event.target.value)}
          aria-describedby={`${id}-counter${feedback ? ` ${id}-feedback` : ''}`}
          aria-invalid={feedback?.kind === 'rule' || over ? true : undefined}
          data-testid="answer-text"
        />
        <p id={`${id}-counter`} className={`answer-composer__counter${over ? ' answer-composer__counter--over' : ''}`} aria-live="polite">
          {t('questions.composer.counter', { count: draft.length, max: ANSWER_MAX_CHARS })}
        </p>
      </div>
      <div className="answer-composer__row">
        <label className="visually-hidden" htmlFor={`${id}-template`}>
          {t('questions.composer.template')}
        </label>
        <select id={`${id}-template`} className="input answer-composer__template" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{templates.length > 0 ? t('questions.composer.template') : t('questions.composer.noTemplates')}</option>
          {templates.map((template, index) => (
            <option key={template.id} value={template.id}>
              {index < 9 ? `${index + 1}. ` : ''}
              {template.name} ({template.language})
            </option>
          ))}
        </select>
        <button type="button" className="button button--outline" disabled={!chosen} onClick={() => void insertTemplate(Number(chosen), questionId)}>
          {t('questions.composer.insert')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setManaging(true)}>
          {t('questions.composer.manage')}
        </button>
        <button type="submit" className="button button--primary answer-composer__send" disabled={sending} data-testid="answer-send">
          {sending ? t('questions.composer.sending') : t('questions.composer.send')}
        </button>
      </div>
      <Feedback id={`${id}-feedback`} feedback={feedback} />
    </form>
    {managing && <TemplatesDialog onClose={() => setManaging(false)} />}
    </>
  );
}

function Feedback({ id, feedback }: { id: string; feedback: SendFeedback | undefined }) {
  const { t } = useTranslation();
  if (!feedback) return <p id={id} className="form-status" role="status" />;
  if (feedback.kind === 'queued') {
    return (
      <p id={id} className="form-status" role="status">
        {t('questions.composer.queued')}
      </p>
    );
  }
  const message = feedback.kind === 'rule' ? t(`questions.rules.${feedback.rule}`, { max: ANSWER_MAX_CHARS }) : localizeError(feedback.error, (key) => t(key));
  return (
    <p id={id} className="field__error" role="alert" data-testid="answer-error">
      <WarningIcon size={16} />
      <span>{message}</span>
    </p>
  );
}
