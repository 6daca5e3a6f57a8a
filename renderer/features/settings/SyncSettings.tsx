/**
 * How often Mostrador checks Mercado Libre for news. The host's schema is the judge of what is valid
 * (one rule, in shared/): the form sends what was typed and shows the host's `invalid_input` next to
 * the field, in the seller's language, while the saved value stays as it was.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { hasIssueFor } from '../../i18n/errors';
import { SaveMessage } from './SaveMessage';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave } from './use-settings-save';

export function SyncSettings({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const { outcome, save } = useSettingsSave();
  const [draft, setDraft] = useState(String(minutes));

  // A change saved elsewhere (another window, the local API) replaces what is shown.
  useEffect(() => setDraft(String(minutes)), [minutes]);

  const invalid = outcome.kind === 'failed' && hasIssueFor(outcome.issues, 'syncIntervalMinutes');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty or non-numeric entry becomes NaN, which JSON sends as null: the host rejects it like any other bad value.
    const value = draft.trim() === '' ? Number.NaN : Number(draft);
    if (await save({ syncIntervalMinutes: value })) setDraft(String(value));
  }

  return (
    <SettingsCard title={t('settings.sync.heading')} testId="settings-sync">
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('settings.sync.label')}
          help={t('settings.sync.help')}
          error={invalid ? t('settings.sync.invalid') : null}
          suffix={t('settings.sync.unit')}
        >
          {(props) => (
            <input
              {...props}
              name="syncIntervalMinutes"
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              step={1}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={outcome.kind === 'saving'}>
            {t('settings.sync.save')}
          </button>
          <SaveMessage outcome={outcome} />
        </div>
      </form>
    </SettingsCard>
  );
}
