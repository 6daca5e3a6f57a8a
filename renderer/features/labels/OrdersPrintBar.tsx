/**
 * Print labels from the Orders screen: the orders picked with their checkboxes, in the order they were
 * picked; with none picked and the "label ready" filter on, every order the filter (and search) shows,
 * in the order of the table, read when Print is pressed so the list is the one on screen then. What is
 * not kept yet is fetched; an order whose shipment has no Mercado Libre label is reported by the job.
 * The picked orders' own documents (packing slips, a picking list, labels of our own) open from here.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrdersQuery } from '../../../shared/orders';
import { request, usePrinters } from './labels-store';
import { DocumentsDialog } from './DocumentsDialog';
import { PrintBar } from './PrintBar';
import './labels.css';

/** print.submit takes at most this many shipments in one job. */
const MAX_SHIPMENTS = 2000;
const PAGE = 500;

/** The shipments whose label is ready, of the orders a query shows, in its order, once each. */
export async function readyShipmentsOf(query: Omit<OrdersQuery, 'offset' | 'limit'>): Promise<number[]> {
  const ids = new Set<number>();
  for (let offset = 0; ids.size < MAX_SHIPMENTS; offset += PAGE) {
    const page = await request('orders.query', { ...query, offset, limit: PAGE });
    for (const row of page.rows) if (row.labelReady && row.shippingId !== null && ids.size < MAX_SHIPMENTS) ids.add(row.shippingId);
    if (offset + PAGE >= page.total) break;
  }
  return [...ids];
}

export interface PickedOrder {
  id: number;
  shippingId: number | null;
}

export function OrdersPrintBar({ query, picked, onClear }: { query: Omit<OrdersQuery, 'offset' | 'limit'>; picked: readonly PickedOrder[]; onClear: () => void }) {
  const { t } = useTranslation();
  const printers = usePrinters();
  const filtered = useCallback(() => readyShipmentsOf(query), [query]);
  // One label per shipment (a pack's orders share it), in the order the orders were picked.
  const pickedShipments = useMemo(() => [...new Set(picked.flatMap((order) => (order.shippingId === null ? [] : [order.shippingId])))], [picked]);
  const noop = useCallback(() => undefined, []);
  const picking = picked.length > 0;
  const [documents, setDocuments] = useState(false);
  return (
    <section className="orders-printbar" aria-label={picking ? t('labels.ordersPicked', { count: picked.length }) : t('labels.ordersPrint')}>
      {picking && (
        <p className="orders-printbar__picked" data-testid="orders-picked">
          {t('labels.ordersPicked', { count: picked.length })}{' '}
          <button type="button" className="button button--outline" onClick={() => setDocuments(true)} data-testid="orders-documents">
            {t('labels.documents.open')}
          </button>{' '}
          <button type="button" className="button button--outline" onClick={onClear} data-testid="orders-picked-clear">
            {t('labels.clearPicked')}
          </button>
        </p>
      )}
      {picking && documents && <DocumentsDialog orderIds={picked.map((order) => order.id)} printers={printers.list?.printers ?? []} onClose={() => setDocuments(false)} />}
      <PrintBar printers={printers.list?.printers ?? []} shipmentIds={picking ? pickedShipments : filtered} count={picking ? pickedShipments.length : null} onPrinted={noop} testId="orders-labels" />
    </section>
  );
}
