/**
 * One order in full, in a panel beside the table: items with SKU and variation, buyer, shipment (status,
 * label, address, timeline), payments, the other orders of its cart, and notes. Read from the cache,
 * so it opens offline. Non-modal: the table stays usable, and another row replaces what is shown.
 */
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/orders';
import { SidePanel, SidePanelBody, SidePanelNote } from '../../components/SidePanel';
import { useFormat } from '../../i18n/use-format';
import { OrderStatusChip } from './OrderChips';
import { PaymentsSection, ShipmentSection } from './OrderDetailSections';
import { useOrderDetail } from './use-order-detail';

type Detail = OrderDetail;

export function OrderDetailPanel({ id, onOpen, onClose }: { id: number; onOpen(id: number): void; onClose(): void }) {
  const { t } = useTranslation();
  const detail = useOrderDetail(id);
  const format = useFormat(detail?.order.userId);
  return (
    <SidePanel title={t('orders.detail.title', { id })} closeLabel={t('orders.detail.close')} onClose={onClose} showing={id} testId="order-detail">
      {detail === undefined && <SidePanelNote>{t('orders.detail.loading')}</SidePanelNote>}
      {detail === null && <SidePanelNote>{t('orders.detail.notFound')}</SidePanelNote>}
      {detail && <DetailBody detail={detail} format={format} onOpen={onOpen} />}
    </SidePanel>
  );
}

function DetailBody({ detail, format, onOpen }: { detail: Detail; format: ReturnType<typeof useFormat>; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const { order, lines } = detail;
  const { buyer, notes } = detail;
  const others = detail.packOrderIds.filter((other) => other !== order.id);
  return (
    <SidePanelBody>
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
    </SidePanelBody>
  );
}
