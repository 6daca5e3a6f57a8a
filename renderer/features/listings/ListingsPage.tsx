/**
 * Listings: the seller's listings: search, edit titles, prices and status.
 * Until the account connection and sync land, it says plainly what will appear and when.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ListingsIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';

export function ListingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.listings')} subtitle={t('sections.listings.subtitle')} />
      <EmptyState
        icon={ListingsIcon}
        title={t('sections.listings.emptyTitle')}
        body={t('sections.listings.emptyBody')}
        note={t('sections.listings.emptyNote')}
      />
    </>
  );
}
