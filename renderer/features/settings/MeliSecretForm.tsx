/**
 * The app's secret key: a password field that only ever sends. The stored secret is never shown (the
 * host never returns it); the form says "saved" or "not saved", and when the environment sets it, says
 * so instead of offering a field that could not change it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeliAppStatus } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { CheckIcon, InfoIcon, WarningIcon } from '../../components/icons';
import { localizeError } from '../../i18n/errors';
import { saveAppSecret } from '../../stores/meli-app';

type Outcome = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError };

export function MeliSecretForm({ status }: { status: MeliAppStatus }) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  if (status.secretFromEnvironment) {
    return (
      <p className="card__note" data-testid="secret-state">
        <InfoIcon size={16} />
        <span>{t('accounts.meliApp.secretFromEnv')}</span>
      </p>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome({ kind: 'saving' });
    const result = await saveAppSecret(secret);
    if (result.ok) {
      // The field empties: what was typed is not kept in the page any longer than needed.
      setSecret('');
      setOutcome({ kind: 'saved' });
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  }

  const invalid = outcome.kind === 'failed' && outcome.error.code === 'invalid_input';
  // With the demo store in use, the secret in force is the demo app's: "saved" would mislead.
  const stored = !status.demo && status.hasSecret;
  return (
    <form className="form secret-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <Field
        label={t('accounts.meliApp.secret')}
        help={t('accounts.meliApp.secretHelp')}
        error={invalid ? t('accounts.meliApp.secretInvalid') : null}
      >
        {(props) => (
          <input
            {...props}
            name="clientSecret"
            className="input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={outcome.kind === 'saving' || !secret}>
          {stored ? t('accounts.meliApp.secretReplace') : t('accounts.meliApp.secretSave')}
        </button>
        {!status.demo && (
          <span className={stored ? 'secret-state secret-state--ok' : 'secret-state'} data-testid="secret-state">
            {stored ? <CheckIcon size={16} /> : <WarningIcon size={16} />}
            {stored ? t('accounts.meliApp.secretSaved') : t('accounts.meliApp.secretMissing')}
          </span>
        )}
        <p className="form-status" role="status" data-testid="secret-message">
          {outcome.kind === 'saved' && t('settings.saved')}
          {outcome.kind === 'failed' && !invalid && localizeError(outcome.error, (key) => t(key))}
        </p>
      </div>
    </form>
  );
}
