/**
 * Print labels from the Orders screen: with the "label ready" filter on, the print bar prints the
 * labels of every order the filter (and search) shows, in the order of the table, fetching what is
 * not kept yet. The shipments are read when Print is pressed, so the list is the one on screen then.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrdersQuery } from '../../../shared/orders';
import { request, usePrinters } from './labels-store';
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

export function OrdersPrintBar({ query }: { query: Omit<OrdersQuery, 'offset' | 'limit'> }) {
  const { t } = useTranslation();
  const printers = usePrinters();
  const shipments = useCallback(() => readyShipmentsOf(query), [query]);
  const noop = useCallback(() => undefined, []);
  return (
    <section className="orders-printbar" aria-label={t('labels.ordersPrint')}>
      <PrintBar printers={printers.list?.printers ?? []} shipmentIds={shipments} count={null} onPrinted={noop} testId="orders-labels" />
    </section>
  );
}
