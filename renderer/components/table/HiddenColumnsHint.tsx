/** The line above a table that a narrow window left columns out of: which ones, and where they still are. */
import { useTranslation } from 'react-i18next';

export function HiddenColumnsHint({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <p className="table-hint" data-testid="hidden-columns">
      {t('table.hiddenColumns', { columns: names.join(', ') })}
    </p>
  );
}
