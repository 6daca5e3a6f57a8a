/**
 * What the order detail reads from the raw order and shipment JSON (shapes from the simulator's views),
 * and how the Orders filters become a query: local calendar days to UTC instants, sort toggling.
 */
import { describe, expect, it } from 'vitest';
import { buyerOf, labelPrinted, notesOf, paymentsOf, shipmentOf } from '../../renderer/features/orders/order-raw';
import { localDayStart, nextSort, NO_FILTERS, sortDirection, toQuery } from '../../renderer/features/orders/orders-filters';

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

describe('order-raw', () => {
  it('reads buyer and payments', () => {
    expect(buyerOf(rawOrder)).toEqual({ nickname: 'FLOR', name: 'Florencia Benítez' });
    expect(paymentsOf(rawOrder)).toEqual([
      { id: '8', status: 'approved', method: 'visa', installments: 6, amount: 163470, currency: 'ARS', date: '2026-11-23T13:12:00.000-03:00' },
    ]);
  });

  it('reads the shipment: address lines, and a timeline of the dates that happened, oldest first', () => {
    const shipment = shipmentOf(rawShipment);
    expect(shipment?.address).toEqual(['San Martín 3281', '5642 Mendoza', 'Mendoza']);
    expect(shipment?.timeline.map((event) => event.key)).toEqual(['date_created', 'date_ready_to_ship']);
    expect(labelPrinted(shipment)).toBe(true);
  });

  it('reads a status history sent as a list too', () => {
    const shipment = shipmentOf({ status_history: [{ status: 'shipped', date: '2026-11-24T10:00:00Z' }, { status: 'handling', date: '2026-11-23T10:00:00Z' }] });
    expect(shipment?.timeline.map((event) => event.key)).toEqual(['date_handling', 'date_shipped']);
  });

  it('tolerates missing or odd data: less is shown, nothing throws', () => {
    expect(shipmentOf(null)).toBeNull();
    expect(buyerOf({ buyer: { id: 1 } })).toEqual({ nickname: null, name: null });
    expect(paymentsOf({ payments: 'none' })).toEqual([]);
    expect(notesOf({ notes: [{ note: 'Entregar de tarde' }, 7, null] })).toEqual(['Entregar de tarde', '7']);
  });
});

describe('orders-filters', () => {
  it('turns picked days into local midnights, "to" being the next day (exclusive)', () => {
    expect(localDayStart('2026-03-05')).toBe(new Date(2026, 2, 5).toISOString());
    expect(localDayStart('2026-03-05', 1)).toBe(new Date(2026, 2, 6).toISOString());
    expect(localDayStart('')).toBeNull();
    const query = toQuery({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-31', shipping: 'label_ready', search: '  mochila ' });
    expect(query).toEqual({ sort: 'date_desc', shipping: ['label_ready'], from: new Date(2026, 2, 1).toISOString(), to: new Date(2026, 3, 1).toISOString(), search: 'mochila' });
  });

  it('sorts a column the natural way first, then flips it', () => {
    expect(nextSort('date_desc', 'date')).toBe('date_asc');
    expect(nextSort('date_asc', 'total')).toBe('total_desc');
    expect(nextSort('total_desc', 'total')).toBe('total_asc');
    expect(sortDirection('total_asc', 'total')).toBe('ascending');
    expect(sortDirection('total_asc', 'date')).toBe('none');
  });
});
