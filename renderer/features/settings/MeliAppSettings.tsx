/**
 * The seller's own Mercado Libre app (client id and redirect URI), with a short guide to registering one.
 * The client secret is not edited here: it never reaches the renderer (see ARCHITECTURE.md, secrets).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings';
import { Field } from '../../components/Field';
import { InfoIcon } from '../../components/icons';
import { hasIssueFor } from '../../i18n/errors';
import { SaveMessage } from './SaveMessage';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave } from './use-settings-save';

type MeliApp = Settings['meli'];

export function MeliAppSettings({ meli }: { meli: MeliApp }) {
  const { t } = useTranslation();
  const { outcome, save } = useSettingsSave();
  const [clientId, setClientId] = useState(meli.clientId ?? '');
  const [redirectUri, setRedirectUri] = useState(meli.redirectUri ?? '');

  useEffect(() => {
    setClientId(meli.clientId ?? '');
    setRedirectUri(meli.redirectUri ?? '');
  }, [meli.clientId, meli.redirectUri]);

  const issues = outcome.kind === 'failed' ? outcome.issues : new Map<string, string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // `meli` is replaced as a whole: keep the fields this form does not show, and drop emptied ones.
    const next: MeliApp = { ...meli };
    delete next.clientId;
    delete next.redirectUri;
    if (clientId.trim()) next.clientId = clientId.trim();
    if (redirectUri.trim()) next.redirectUri = redirectUri.trim();
    await save({ meli: next });
  }

  return (
    <SettingsCard title={t('settings.meli.heading')} testId="settings-meli">
      <p className="card__intro">{t('settings.meli.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('settings.meli.clientId')}
          help={t('settings.meli.clientIdHelp')}
          error={hasIssueFor(issues, 'meli.clientId') ? t('settings.meli.clientIdInvalid') : null}
        >
          {(props) => (
            <input
              {...props}
              name="clientId"
              className="input"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              value={clientId}
              onChange={(event) => setClientId(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('settings.meli.redirectUri')}
          help={t('settings.meli.redirectUriHelp')}
          error={hasIssueFor(issues, 'meli.redirectUri') ? t('settings.meli.redirectUriInvalid') : null}
        >
          {(props) => (
            <input
              {...props}
              name="redirectUri"
              className="input input--wide"
              type="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              value={redirectUri}
              onChange={(event) => setRedirectUri(event.target.value)}
            />
          )}
        </Field>
        <p className="card__note">
          <InfoIcon size={16} />
          <span>{t('settings.meli.secretNote')}</span>
        </p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={outcome.kind === 'saving'}>
            {t('settings.meli.save')}
          </button>
          <SaveMessage outcome={outcome} />
        </div>
      </form>
    </SettingsCard>
  );
}
