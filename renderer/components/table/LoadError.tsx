/** Says, in the seller's words, that the cached rows could not be read (the local host did not answer). */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { localizeError } from '../../i18n/errors';
import { WarningIcon } from '../icons';

export function LoadError({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="load-error" role="alert">
      <WarningIcon size={16} />
      <span>{localizeError(error, (key) => t(key))}</span>
    </p>
  );
}
