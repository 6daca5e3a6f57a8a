/**
 * Stock: available units per product, kept in step across the listings that sell it.
 * Until the account connection and sync land, it says plainly what will appear and when.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { StockIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';

export function StockPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.stock')} subtitle={t('sections.stock.subtitle')} />
      <EmptyState
        icon={StockIcon}
        title={t('sections.stock.emptyTitle')}
        body={t('sections.stock.emptyBody')}
        note={t('sections.stock.emptyNote')}
      />
    </>
  );
}
