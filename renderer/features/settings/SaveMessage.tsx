/** The line under a settings form saying what happened to the last save, announced politely. */
import { useTranslation } from 'react-i18next';
import { CheckIcon, WarningIcon } from '../../components/icons';
import { localizeError } from '../../i18n/errors';
import type { SaveOutcome } from './use-settings-save';

export function SaveMessage({ outcome }: { outcome: SaveOutcome }) {
  const { t } = useTranslation();
  let content = null;
  if (outcome.kind === 'saving') content = <span>{t('settings.saving')}</span>;
  if (outcome.kind === 'saved') {
    content = (
      <span className="save-message save-message--ok">
        <CheckIcon size={16} />
        {t('settings.saved')}
      </span>
    );
  }
  if (outcome.kind === 'failed') {
    content = (
      <span className="save-message save-message--error">
        <WarningIcon size={16} />
        {localizeError(outcome.error, (key) => t(key))}
      </span>
    );
  }
  // The live region is always in the page, so screen readers hear each new outcome.
  return (
    <p className="form-status" role="status" data-testid="save-message">
      {content}
    </p>
  );
}
