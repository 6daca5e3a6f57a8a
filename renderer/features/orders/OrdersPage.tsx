/**
 * Orders: the seller's orders: what to pack and ship, filtered by status.
 * Until the account connection and sync land, it says plainly what will appear and when.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { OrdersIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';

export function OrdersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.orders')} subtitle={t('sections.orders.subtitle')} />
      <EmptyState
        icon={OrdersIcon}
        title={t('sections.orders.emptyTitle')}
        body={t('sections.orders.emptyBody')}
        note={t('sections.orders.emptyNote')}
      />
    </>
  );
}
