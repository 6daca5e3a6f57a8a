/** Shown instead of the app when the host cannot be reached or refuses this tab at start-up. */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/errors';
import { localizeError } from '../i18n/errors';
import { LogoMark } from './LogoMark';
import { WarningIcon } from './icons';

export function StartupError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="startup-error" id="main-content">
      <LogoMark size={48} />
      <h1>{t('app.loadFailed')}</h1>
      <p className="startup-error__message" role="alert">
        <WarningIcon size={18} />
        <span>{localizeError(error, (key) => t(key))}</span>
      </p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </main>
  );
}
