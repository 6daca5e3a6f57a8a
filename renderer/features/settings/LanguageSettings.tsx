/**
 * The UI language: automatic (the account's site decides) or one of es / pt-BR / en. Saved at once on
 * change; the UI switches when the host confirms (through the settings store), not before.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/settings';
import { Field } from '../../components/Field';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/language';
import { SaveMessage } from './SaveMessage';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave } from './use-settings-save';

const AUTOMATIC = 'auto';

export function LanguageSettings({ language }: { language: Language | null }) {
  const { t } = useTranslation();
  const { outcome, save } = useSettingsSave();

  return (
    <SettingsCard title={t('settings.language.heading')} testId="settings-language">
      <Field label={t('settings.language.label')} help={t('settings.language.help')}>
        {(props) => (
          <select
            {...props}
            className="input input--select"
            value={language ?? AUTOMATIC}
            onChange={(event) => {
              const value = event.target.value;
              void save({ language: isLanguage(value) ? value : null });
            }}
          >
            <option value={AUTOMATIC}>{t('settings.language.auto')}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SaveMessage outcome={outcome} />
    </SettingsCard>
  );
}
