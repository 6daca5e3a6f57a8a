/**
 * One order in full, in a panel beside the table: items with SKU and variation, buyer, shipment (status,
 * label, address, timeline), payments, the other orders of its cart, and notes. Read from the cache,
 * so it opens offline. Non-modal: the table stays usable, and another row replaces what is shown.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/orders';
import { CloseIcon } from '../../components/icons';
import { useFormat } from '../../i18n/use-format';
import { OrderStatusChip } from './OrderChips';
import { PaymentsSection, ShipmentSection } from './OrderDetailSections';
import { useOrderDetail } from './use-order-detail';

type Detail = OrderDetail;

export function OrderDetailPanel({ id, onOpen, onClose }: { id: number; onOpen(id: number): void; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = useOrderDetail(id);
  const format = useFormat(detail?.order.userId);

  // Where focus was before the panel opened (the row's order number) gets it back on close. Declared
  // before the effect below, so it runs first and sees the opener, not the panel's heading.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  // Focus follows the seller into the panel, so a screen reader starts reading the order.
  useEffect(() => heading.current?.focus(), [id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="order-detail" aria-labelledby={titleId} data-testid="order-detail">
      <header className="order-detail__header">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="order-detail__title">
          {t('orders.detail.title', { id })}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('orders.detail.close')} title={t('orders.detail.close')}>
          <CloseIcon size={20} />
        </button>
      </header>
      {detail === undefined && <p className="order-detail__muted">{t('orders.detail.loading')}</p>}
      {detail === null && <p className="order-detail__muted">{t('orders.detail.notFound')}</p>}
      {detail && <DetailBody detail={detail} format={format} onOpen={onOpen} />}
    </aside>
  );
}

function DetailBody({ detail, format, onOpen }: { detail: Detail; format: ReturnType<typeof useFormat>; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const { order, lines } = detail;
  const { buyer, notes } = detail;
  const others = detail.packOrderIds.filter((other) => other !== order.id);
  return (
    // Focusable so the keyboard can scroll a long order (and axe's scrollable-region rule holds).
    <div className="order-detail__body" tabIndex={0}>
      <div className="order-detail__summary">
        <OrderStatusChip status={order.status} />
        <span>
          {t('orders.detail.created')} <time dateTime={order.dateCreated}>{format.dateTime(order.dateCreated)}</time>
        </span>
        <strong className="order-detail__total">{format.money(order.totalAmount, order.currencyId)}</strong>
      </div>
      {order.partial && <p className="order-detail__muted">{t('orders.detail.partial')}</p>}

      <section className="detail-section" aria-label={t('orders.detail.items')}>
        <h3>{t('orders.detail.items')}</h3>
        <ul className="detail-lines">
          {lines.map((line, index) => (
            <li key={`${line.itemId ?? ''}-${line.variationId ?? ''}-${index}`} className="detail-line">
              <div className="detail-line__title">{line.title}</div>
              <div className="detail-line__meta">
                {line.variationText && (
                  <span>
                    {t('orders.detail.variation')}: {line.variationText}
                  </span>
                )}
                <span>
                  {t('orders.detail.sku')}: {line.sku ?? '—'}
                </span>
                {line.itemId && <span className="detail-line__id">{line.itemId}</span>}
              </div>
              <div className="detail-line__price">
                <span>
                  {line.quantity} × {format.money(line.unitPrice, line.currencyId ?? order.currencyId)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section className="detail-section" aria-label={t('orders.detail.buyer')}>
        <h3>{t('orders.detail.buyer')}</h3>
        <p>
          <strong>{buyer.nickname ?? order.buyerNickname ?? '—'}</strong>
          {(buyer.name ?? order.buyerName) && <span className="order-detail__muted"> · {buyer.name ?? order.buyerName}</span>}
        </p>
      </section>

      <ShipmentSection order={order} shipment={detail.shipment} format={format} />
      <PaymentsSection payments={detail.payments} format={format} />

      {others.length > 0 && (
        <section className="detail-section" aria-label={t('orders.detail.pack')}>
          <h3>{t('orders.detail.pack')}</h3>
          <p className="order-detail__muted">{t('orders.detail.packOthers')}</p>
          <ul className="detail-pack">
            {others.map((other) => (
              <li key={other}>
                <button type="button" className="cell-link" onClick={() => onOpen(other)}>
                  {other}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {notes.length > 0 && (
        <section className="detail-section" aria-label={t('orders.detail.notes')}>
          <h3>{t('orders.detail.notes')}</h3>
          <ul>
            {notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
