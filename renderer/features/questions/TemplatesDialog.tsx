/**
 * The seller's answer templates: list, add, change and delete, each with its language (the answer box
 * offers the store's language first). Placeholders are explained beside the text.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { ANSWER_MAX_CHARS, type Template } from '../../../shared/questions';
import { LANGUAGES, type Language } from '../../../shared/settings';
import { call } from '../../api/client';
import { WarningIcon } from '../../components/icons';
import { Modal } from '../../components/Modal';
import { localizeError } from '../../i18n/errors';
import { useTemplates } from './inbox-store';

interface Draft {
  id?: number;
  name: string;
  language: Language;
  text: string;
}

const EMPTY: Draft = { name: '', language: 'es', text: '' };

export function TemplatesDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const templates = useTemplates((state) => state.value) ?? [];
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function save() {
    const result = await call('templates.save', draft.id === undefined ? { name: draft.name, language: draft.language, text: draft.text } : { id: draft.id, name: draft.name, language: draft.language, text: draft.text });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setSaved(true);
    setDraft(EMPTY);
    await useTemplates.getState().load();
  }

  async function remove(template: Template) {
    const result = await call('templates.delete', { id: template.id });
    if (!result.ok) setError(result.error);
    await useTemplates.getState().load();
  }

  return (
    <Modal title={t('questions.templates.title')} onDismiss={onClose} testId="templates-dialog">
      <div className="modal__body templates-dialog">
        {templates.length === 0 ? (
          <p className="question-panel__muted">{t('questions.templates.none')}</p>
        ) : (
          <ul className="templates-list">
            {templates.map((template) => (
              <li key={template.id}>
                <div>
                  <p className="templates-list__name">
                    {template.name} <span className="chip chip--neutral">{t(`questions.templates.languages.${template.language}`)}</span>
                  </p>
                  <p className="templates-list__text">{template.text}</p>
                </div>
                <div className="templates-list__actions">
                  <button type="button" className="button button--quiet" onClick={() => setDraft({ id: template.id, name: template.name, language: template.language, text: template.text })}>
                    {t('questions.templates.edit')}
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => void remove(template)}>
                    {t('questions.templates.remove')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h3>{draft.id === undefined ? t('questions.templates.add') : t('questions.templates.edit')}</h3>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-name`}>
              {t('questions.templates.name')}
            </label>
            <input id={`${id}-name`} className="input" value={draft.name} maxLength={80} required onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-language`}>
              {t('questions.templates.language')}
            </label>
            <select id={`${id}-language`} className="input" value={draft.language} onChange={(event) => setDraft({ ...draft, language: event.target.value as Language })}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`questions.templates.languages.${language}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-text`}>
              {t('questions.templates.text')}
            </label>
            <textarea
              id={`${id}-text`}
              className="input answer-composer__text"
              rows={4}
              value={draft.text}
              maxLength={ANSWER_MAX_CHARS}
              required
              aria-describedby={`${id}-help`}
              onChange={(event) => setDraft({ ...draft, text: event.target.value })}
            />
            <p id={`${id}-help`} className="field__help">
              {t('questions.templates.help')}
            </p>
          </div>
          {error && (
            <p className="modal__alert" role="alert">
              <WarningIcon size={18} />
              <span>{localizeError(error, (key) => t(key))}</span>
            </p>
          )}
          <p className="form-status" role="status">
            {saved ? t('questions.templates.saved') : ''}
          </p>
          <div className="modal__actions">
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('questions.templates.close')}
            </button>
            <button type="submit" className="button button--primary" data-testid="template-save">
              {t('questions.templates.save')}
            </button>
          </div>
        </form>
      </div>
    </Modal>
  );
}
