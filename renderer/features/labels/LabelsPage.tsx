/**
 * Labels: Mercado Envios labels and our own documents, printed in batches (PDF or ZPL).
 * Until the account connection and sync land, it says plainly what will appear and when.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { LabelsIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';

export function LabelsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.labels')} subtitle={t('sections.labels.subtitle')} />
      <EmptyState
        icon={LabelsIcon}
        title={t('sections.labels.emptyTitle')}
        body={t('sections.labels.emptyBody')}
        note={t('sections.labels.emptyNote')}
      />
    </>
  );
}
