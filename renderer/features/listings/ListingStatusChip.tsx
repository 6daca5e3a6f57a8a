/** A listing's status as a coloured chip, with "out of stock" beside it when Mercado Libre says so. */
import { useTranslation } from 'react-i18next';
import type { ListingsMessages } from './locales';

const STATUS_TONE: Record<string, string> = { active: 'ok', paused: 'wait', closed: 'neutral', under_review: 'bad', inactive: 'neutral' };

export function ListingStatusChip({ status, outOfStock }: { status: string; outOfStock: boolean }) {
  const { t } = useTranslation();
  const known = status in STATUS_TONE;
  const label = known ? t(`listings.status.${status as keyof ListingsMessages['status']}`) : status;
  return (
    <span className="listings-status">
      <span className={`chip chip--${STATUS_TONE[status] ?? 'neutral'}`}>{label}</span>
      {outOfStock && <span className="chip chip--bad">{t('listings.outOfStock')}</span>}
    </span>
  );
}

