/** The shipment (status, label, address, history) and payments parts of the order detail. */
import { useTranslation } from 'react-i18next';
import { plainTranslate, type Translate } from '../../i18n/translate';
import { labelPrinted, type OrderPayment, type OrderRow, type ShipmentView } from '../../../shared/orders';
import type { Formatters } from '../../i18n/use-format';
import { ShippingChip } from './OrderChips';
import type { OrdersMessages } from './locales';
import { substatusText } from './substatus';

export function ShipmentSection({ order, shipment, format }: { order: OrderRow; shipment: ShipmentView | null; format: Formatters }) {
  const { t } = useTranslation();
  const title = t('orders.detail.shipping');
  if (order.shippingId === null) {
    return (
      <section className="detail-section" aria-label={title}>
        <h3>{title}</h3>
        <p className="order-detail__muted">{t('orders.detail.noShipment')}</p>
      </section>
    );
  }
  return (
    <section className="detail-section" aria-label={title} data-testid="order-shipment">
      <h3>{title}</h3>
      <dl className="detail-facts">
        <div>
          <dt>{t('orders.detail.shipment', { id: order.shippingId })}</dt>
          <dd>
            <ShippingChip status={shipment?.status ?? order.shippingStatus} labelReady={false} hasShipment />
            <Substatus code={shipment?.substatus ?? order.shippingSubstatus} />
          </dd>
        </div>
        <div>
          <dt>{t('orders.detail.label')}</dt>
          <dd className={order.labelReady ? 'detail-label detail-label--ready' : 'detail-label'}>
            {order.labelReady
              ? t('orders.detail.labelAvailable')
              : labelPrinted(shipment)
                ? t('orders.detail.labelPrinted')
                : t('orders.detail.labelNotAvailable')}
          </dd>
        </div>
        {shipment?.trackingNumber && (
          <div>
            <dt>{t('orders.detail.tracking')}</dt>
            <dd>
              {shipment.trackingNumber}
              {shipment.trackingMethod && <span className="order-detail__muted"> · {shipment.trackingMethod}</span>}
            </dd>
          </div>
        )}
        {shipment?.receiverName && (
          <div>
            <dt>{t('orders.detail.receiver')}</dt>
            <dd>{shipment.receiverName}</dd>
          </div>
        )}
        {shipment && shipment.address.length > 0 && (
          <div>
            <dt>{t('orders.detail.address')}</dt>
            <dd>
              <address className="detail-address">
                {shipment.address.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </address>
            </dd>
          </div>
        )}
      </dl>
      {!shipment && <p className="order-detail__muted">{t('orders.detail.shipmentNotSynced')}</p>}
      {shipment && (
        <>
          <h4 className="detail-subtitle">{t('orders.detail.timeline')}</h4>
          {shipment.timeline.length === 0 ? (
            <p className="order-detail__muted">{t('orders.detail.timelineEmpty')}</p>
          ) : (
            <ol className="timeline" data-testid="shipment-timeline">
              {shipment.timeline.map((event) => (
                <li key={`${event.key}-${event.date}`} className="timeline__event">
                  <span className="timeline__what">{eventLabel(event.key, plainTranslate(t))}</span>
                  <time className="timeline__when" dateTime={event.date}>
                    {format.dateTime(event.date)}
                  </time>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

function Substatus({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const text = substatusText(code, plainTranslate(t));
  return text ? <span className="order-detail__muted"> · {text}</span> : null;
}
type EventKey = keyof OrdersMessages['detail']['event'];
type PaymentStatusKey = keyof OrdersMessages['detail']['paymentStatus'];

const EVENT_KEYS: readonly EventKey[] = ['date_created', 'date_handling', 'date_ready_to_ship', 'date_shipped', 'date_delivered', 'date_not_delivered', 'date_cancelled'];
const PAYMENT_STATUSES: readonly PaymentStatusKey[] = ['approved', 'pending', 'in_process', 'rejected', 'refunded', 'cancelled', 'charged_back'];

function eventLabel(key: string, t: Translate): string {
  // A history entry we have no words for yet is still shown, by its own name.
  return (EVENT_KEYS as readonly string[]).includes(key) ? t(`orders.detail.event.${key as EventKey}`) : key.replace(/^date_/, '').replace(/_/g, ' ');
}

type PaymentMethodKey = keyof OrdersMessages['detail']['paymentMethod'];
const PAYMENT_METHODS: readonly PaymentMethodKey[] = ['account_money', 'visa', 'debvisa', 'master', 'debmaster', 'amex', 'pix', 'consumer_credits'];

/** Mercado Pago's method ids ("debvisa") in words; an id we do not know yet is shown as it came. */
function paymentMethodLabel(method: string, t: Translate): string {
  return (PAYMENT_METHODS as readonly string[]).includes(method) ? t(`orders.detail.paymentMethod.${method as PaymentMethodKey}`) : method;
}

function paymentStatusLabel(status: string, t: Translate): string {
  return (PAYMENT_STATUSES as readonly string[]).includes(status) ? t(`orders.detail.paymentStatus.${status as PaymentStatusKey}`) : status;
}

export function PaymentsSection({ payments, format }: { payments: OrderPayment[]; format: Formatters }) {
  const { t } = useTranslation();
  return (
    <section className="detail-section" aria-label={t('orders.detail.payments')}>
      <h3>{t('orders.detail.payments')}</h3>
      {payments.length === 0 && <p className="order-detail__muted">{t('orders.detail.noPayments')}</p>}
      <ul className="detail-payments">
        {payments.map((payment, index) => (
          <li key={payment.id ?? index} className="detail-payment">
            <span className="detail-payment__amount">{format.money(payment.amount, payment.currency)}</span>
            <span>
              {[
                payment.method ? paymentMethodLabel(payment.method, plainTranslate(t)) : null,
                payment.installments && payment.installments > 1 ? t('orders.detail.installments', { count: payment.installments }) : null,
                payment.status ? paymentStatusLabel(payment.status, plainTranslate(t)) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {payment.date && (
              <time className="order-detail__muted" dateTime={payment.date}>
                {format.dateTime(payment.date)}
              </time>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
