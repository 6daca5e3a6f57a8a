/**
 * Automatic updates of the desktop app: off until turned on with the address of an update server. The
 * host's schema judges the address (https only, no credentials; required to turn updates on) and its
 * `invalid_input` shows next to the field, in the seller's language, while the saved value stays.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateSettings } from '../../../shared/settings';
import { Field } from '../../components/Field';
import { hasIssueFor } from '../../i18n/errors';
import { SaveMessage } from './SaveMessage';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave, type SaveOutcome } from './use-settings-save';

/** Which words explain a refused address: none given for "on", or an address that is not allowed. */
function feedError(outcome: SaveOutcome, enabled: boolean, feed: string): 'feedRequired' | 'invalid' | null {
  if (outcome.kind !== 'failed' || !hasIssueFor(outcome.issues, 'updates.feedUrl')) return null;
  return enabled && feed.trim() === '' ? 'feedRequired' : 'invalid';
}

export function UpdatesSettings({ updates, desktop }: { updates: UpdateSettings; desktop: boolean }) {
  const { t } = useTranslation();
  const checkId = useId();
  const { outcome, save } = useSettingsSave();
  const [enabled, setEnabled] = useState(updates.enabled);
  const [feed, setFeed] = useState(updates.feedUrl ?? '');

  // A change saved elsewhere (another window, the local API) replaces what is shown.
  useEffect(() => {
    setEnabled(updates.enabled);
    setFeed(updates.feedUrl ?? '');
  }, [updates.enabled, updates.feedUrl]);

  const error = feedError(outcome, enabled, feed);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save({ updates: { enabled, feedUrl: feed.trim() === '' ? null : feed } });
  }

  return (
    <SettingsCard title={t('settings.updates.heading')} testId="settings-updates">
      <p className="card__intro">{t('settings.updates.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <label htmlFor={checkId} className="form__check">
          <input id={checkId} name="updatesEnabled" type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t('settings.updates.enabled')}
        </label>
        <Field label={t('settings.updates.feedUrl')} help={t('settings.updates.feedHelp')} error={error ? t(`settings.updates.${error}`) : null}>
          {(props) => (
            <input
              {...props}
              name="updatesFeedUrl"
              className="input input--wide"
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              value={feed}
              onChange={(event) => setFeed(event.target.value)}
            />
          )}
        </Field>
        <p className="field__help" data-testid="updates-state">
          {updates.enabled ? t('settings.updates.on') : t('settings.updates.off')}
          {desktop ? '' : ` ${t('settings.updates.browserNote')}`}
        </p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={outcome.kind === 'saving'}>
            {t('settings.updates.save')}
          </button>
          <SaveMessage outcome={outcome} />
        </div>
      </form>
    </SettingsCard>
  );
}
