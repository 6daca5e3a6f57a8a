/**
 * What the order detail shows, read once from Mercado Libre's order and shipment JSON (shapes from the
 * simulator's views and the documented variants) by the meli schemas, mapped in main to typed values.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { OrderForDetail, ShipmentForDetail } from '../../electron/meli/schemas';
import { buyerOf, notesOf, paymentsOf, shipmentViewOf } from '../../electron/orders/order-view';
import { labelPrinted, type OrderDetail } from '../../shared/orders';
import { call, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';

const order = (raw: Record<string, unknown>) => OrderForDetail.parse({ id: 2000001, ...raw });
const shipmentView = (raw: Record<string, unknown>) => shipmentViewOf(ShipmentForDetail.parse({ status: 'pending', ...raw }));

const rawOrder = {
  buyer: { id: 1, nickname: 'FLOR', first_name: 'Florencia', last_name: 'Benítez' },
  payments: [{ id: 8, status: 'approved', payment_method_id: 'visa', installments: 6, transaction_amount: 163470, currency_id: 'ARS', date_approved: '2026-11-23T13:12:00.000-03:00' }],
};

const rawShipment = {
  id: 43000000253,
  status: 'ready_to_ship',
  substatus: 'printed',
  mode: 'me2',
  tracking_number: '244292359088',
  tracking_method: 'OCA',
  date_created: '2026-11-23T13:11:00.000-03:00',
  status_history: { date_ready_to_ship: '2026-11-23T13:17:00.000-03:00', date_shipped: null, date_delivered: null, date_cancelled: null },
  receiver_address: { address_line: 'San Martín 3281', zip_code: '5642', city: { name: 'Mendoza' }, state: { name: 'Mendoza' }, receiver_name: 'Milagros Sosa' },
};

describe('order detail view', () => {
  it('reads buyer and payments', () => {
    expect(buyerOf(order(rawOrder))).toEqual({ nickname: 'FLOR', name: 'Florencia Benítez' });
    expect(paymentsOf(order(rawOrder))).toEqual([
      { id: '8', status: 'approved', method: 'visa', installments: 6, amount: 163470, currency: 'ARS', date: '2026-11-23T13:12:00.000-03:00' },
    ]);
  });

  it('reads the shipment: address lines, and a timeline of the dates that happened, oldest first', () => {
    const shipment = shipmentView(rawShipment);
    expect(shipment?.address).toEqual(['San Martín 3281', '5642 Mendoza', 'Mendoza']);
    expect(shipment?.timeline.map((event) => event.key)).toEqual(['date_created', 'date_ready_to_ship']);
    expect(labelPrinted(shipment)).toBe(true);
  });

  it('reads a status history sent as a list too', () => {
    const shipment = shipmentView({ status_history: [{ status: 'shipped', date: '2026-11-24T10:00:00Z' }, { status: 'handling', date: '2026-11-23T10:00:00Z' }] });
    expect(shipment?.timeline.map((event) => event.key)).toEqual(['date_handling', 'date_shipped']);
  });

  it('tolerates missing or odd data: less is shown, nothing throws', () => {
        expect(buyerOf(order({ buyer: { id: 1 } }))).toEqual({ nickname: null, name: null });
    expect(paymentsOf(order({ payments: 'none' }))).toEqual([]);
    expect(notesOf(order({ notes: [{ note: 'Entregar de tarde' }, 7, null] }))).toEqual(['Entregar de tarde', '7']);
  });
});


describe('orders.get against the simulator', () => {
  let rig: SimHost | null = null;
  afterEach(async () => {
    await rig?.close();
    rig = null;
  });

  it('answers typed buyer, payments and shipment, with the JSON as received kept apart', async () => {
    rig = await startSimHost();
    const { host, sim } = rig;
    upsertAccount(host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    host.accounts.tokens.save(sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
    await host.sync.syncAccount(DEMO_SELLER_ID);

    const shipped = host.db.prepare('SELECT o.id FROM orders o JOIN shipments s ON s.id = o.shipping_id ORDER BY o.id LIMIT 1').pluck().get() as number;
    const detail = await call<OrderDetail>(host, 'orders.get', { id: shipped });
    const source = (sim.state.world.ordersBySeller.get(DEMO_SELLER_ID) ?? []).find((candidate) => candidate.id === shipped);
    expect(source).toBeDefined();
    expect(detail.buyer.nickname).toBe(source?.buyer.nickname);
    expect(detail.payments.length).toBeGreaterThan(0);
    expect(detail.payments[0]?.currency).toBe(source?.currency_id);
    expect(detail.shipment?.id).toBe(String(source?.shipping_id));
    expect(detail.shipment?.address.length).toBeGreaterThan(0);
    expect(detail.shipment?.timeline[0]?.key).toBe('date_created');
    expect(detail.raw.order).toMatchObject({ id: shipped });
    expect(detail.raw.shipment).toMatchObject({ id: source?.shipping_id });
  });
});
