/**
 * Says, in the seller's words, that the cached rows could not be read (the local host did not answer
 * or failed), with a button to ask again. What is already on screen stays there.
 */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { localizeError } from '../../i18n/errors';
import { WarningIcon } from '../icons';

export function LoadError({ error, onRetry }: { error: ApiError | null; onRetry(): void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="load-error" data-testid="load-error">
      <p className="load-error__text" role="alert">
        <WarningIcon size={16} />
        <span>{localizeError(error, (key) => t(key))}</span>
      </p>
      <button type="button" className="button button--outline load-error__retry" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
