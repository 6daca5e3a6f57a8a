/**
 * The seller's own Mercado Libre app (client id and redirect URI), with a short guide to registering one,
 * its secret key (sent to the vault, never shown back), whether the demo store is in use, and how saved
 * sign-ins are protected on this computer.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings';
import { Field } from '../../components/Field';
import { InfoIcon } from '../../components/icons';
import { hasIssueFor } from '../../i18n/errors';
import { useAppInfo } from '../../stores/app-info';
import { useMeliApp } from '../../stores/meli-app';
import { MeliSecretForm } from './MeliSecretForm';
import { SaveMessage } from './SaveMessage';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave } from './use-settings-save';

type MeliApp = Settings['meli'];

export function MeliAppSettings({ meli }: { meli: MeliApp }) {
  const { t } = useTranslation();
  const { outcome, save } = useSettingsSave();
  const [clientId, setClientId] = useState(meli.clientId ?? '');
  const [redirectUri, setRedirectUri] = useState(meli.redirectUri ?? '');
  const status = useMeliApp((state) => state.value);
  const vaultProtection = useAppInfo((state) => state.value?.vaultProtection ?? 'os');

  // The app in force (demo or the seller's) follows the saved client id: ask the host again when it changes.
  useEffect(() => {
    void useMeliApp.getState().load();
  }, [meli.clientId, meli.redirectUri]);

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
      {status && (
        <p className={status.demo ? 'card__note meli-mode-note card__note--demo' : 'card__note meli-mode-note'} data-testid="meli-demo-state">
          <InfoIcon size={16} />
          <span>{status.demo ? t('accounts.meliApp.demoInUse') : t('accounts.meliApp.demoOff')}</span>
        </p>
      )}
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
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={outcome.kind === 'saving'}>
            {t('settings.meli.save')}
          </button>
          <SaveMessage outcome={outcome} />
        </div>
      </form>
      {status && <MeliSecretForm status={status} />}
      {vaultProtection === 'key_file' && (
        <p className="card__note" data-testid="vault-note">
          <InfoIcon size={16} />
          <span>{t('accounts.meliApp.keyFileNote')}</span>
        </p>
      )}
    </SettingsCard>
  );
}
