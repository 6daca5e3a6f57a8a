/** Small coloured chips for an order's status and its shipping, with "Label ready" standing out. */
import { useTranslation } from 'react-i18next';
import type { OrdersMessages } from './locales';

type ChipTone = 'ok' | 'wait' | 'bad' | 'neutral' | 'label';

const STATUS_TONE: Record<string, ChipTone> = {
  paid: 'ok',
  confirmed: 'wait',
  payment_required: 'wait',
  payment_in_process: 'wait',
  partially_paid: 'wait',
  partially_refunded: 'bad',
  pending_cancel: 'bad',
  cancelled: 'bad',
};

const SHIPPING_TONE: Record<string, ChipTone> = {
  pending: 'wait',
  handling: 'wait',
  ready_to_ship: 'wait',
  shipped: 'neutral',
  delivered: 'ok',
  not_delivered: 'bad',
  cancelled: 'bad',
};

export function Chip({ tone, children }: { tone: ChipTone; children: string }) {
  return <span className={`chip chip--${tone}`}>{children}</span>;
}

export function OrderStatusChip({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in STATUS_TONE;
  return <Chip tone={STATUS_TONE[status] ?? 'neutral'}>{known ? t(`orders.status.${status as keyof OrdersMessages['status']}`) : status}</Chip>;
}

export function ShippingChip({ status, labelReady, hasShipment }: { status: string | null; labelReady: boolean; hasShipment: boolean }) {
  const { t } = useTranslation();
  if (labelReady) return <Chip tone="label">{t('orders.labelReady')}</Chip>;
  if (!hasShipment) return <span className="chip-none">{t('orders.shipping.no_shipment')}</span>;
  if (!status) return <span className="chip-none">—</span>;
  const known = status in SHIPPING_TONE;
  return <Chip tone={SHIPPING_TONE[status] ?? 'neutral'}>{known ? t(`orders.shipping.${status as keyof OrdersMessages['shipping']}`) : status}</Chip>;
}
