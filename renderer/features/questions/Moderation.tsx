/**
 * Deleting a question and blocking (or unblocking) its asker: each asks for confirmation first, then is
 * queued in the outbox like an answer, so it also works offline and is applied once.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { QuestionDetail } from '../../../shared/questions';
import { call } from '../../api/client';
import { WarningIcon } from '../../components/icons';
import { Modal } from '../../components/Modal';
import { localizeError } from '../../i18n/errors';

type Action = 'delete' | 'block' | 'unblock';

export function Moderation({ detail }: { detail: QuestionDetail }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [done, setDone] = useState(false);
  const { question } = detail;
  const deletable = question.status !== 'DELETED' && !question.outbox.some((entry) => entry.kind === 'question.delete');
  return (
    <section className="question-panel__section" aria-labelledby="question-moderation-heading">
      <h3 id="question-moderation-heading">{t('questions.moderation.title')}</h3>
      <div className="question-moderation">
        {deletable && (
          <button type="button" className="button button--outline" onClick={() => setConfirming('delete')} data-testid="question-delete">
            {t('questions.moderation.delete')}
          </button>
        )}
        {question.fromId !== null && (
          <button type="button" className="button button--outline" onClick={() => setConfirming(detail.askerBlocked ? 'unblock' : 'block')} data-testid="question-block">
            {detail.askerBlocked ? t('questions.moderation.unblock') : t('questions.moderation.block')}
          </button>
        )}
      </div>
      <p className="form-status" role="status">
        {done ? t('questions.moderation.queued') : ''}
      </p>
      {confirming && (
        <ConfirmModeration
          action={confirming}
          detail={detail}
          onClose={(queued) => {
            setConfirming(null);
            if (queued) setDone(true);
          }}
        />
      )}
    </section>
  );
}

function ConfirmModeration({ action, detail, onClose }: { action: Action; detail: QuestionDetail; onClose(queued: boolean): void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { question } = detail;

  async function confirm() {
    setBusy(true);
    const result =
      action === 'delete'
        ? await call('questions.delete', { questionId: question.id })
        : await call(action === 'block' ? 'questions.blockAsker' : 'questions.unblockAsker', { userId: question.userId, askerId: question.fromId ?? 0 });
    setBusy(false);
    if (result.ok) onClose(true);
    else setError(result.error);
  }

  return (
    <Modal title={t(`questions.moderation.${action}Title`)} onDismiss={() => !busy && onClose(false)} describedBy={bodyId} testId="moderation-dialog">
      <div className="modal__body">
        <p id={bodyId}>{t(`questions.moderation.${action}Body`)}</p>
        <blockquote className="moderation-quote">{question.text}</blockquote>
        {error && (
          <p className="modal__alert" role="alert">
            <WarningIcon size={18} />
            <span>{localizeError(error, (key) => t(key))}</span>
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button button--secondary" autoFocus onClick={() => onClose(false)} disabled={busy}>
            {t('questions.moderation.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy} data-testid="moderation-confirm">
            {t(`questions.moderation.${action}`)}
          </button>
        </div>
      </div>
    </Modal>
  );
}
