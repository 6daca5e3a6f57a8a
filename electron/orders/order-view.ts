/**
 * From Mercado Libre's order and shipment (parsed by the meli schemas) to what the order detail shows:
 * buyer, payments, notes, and the shipment with its address and history. The renderer receives these
 * typed values and never reads Mercado Libre's JSON itself.
 */
import type { OrderBuyer, OrderPayment, ShipmentEvent, ShipmentView } from '../../shared/orders';
import type { OrderForDetail, ShipmentForDetail } from '../meli/schemas';

/** Blank text reads as missing. */
function text(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

export function buyerOf(order: OrderForDetail): OrderBuyer {
  const buyer = order.buyer;
  const name = [text(buyer?.first_name), text(buyer?.last_name)].filter(Boolean).join(' ');
  return { nickname: text(buyer?.nickname), name: name || null };
}

export function paymentsOf(order: OrderForDetail): OrderPayment[] {
  return (order.payments ?? []).map((payment) => ({
    id: payment.id === undefined ? null : String(payment.id),
    status: text(payment.status),
    method: text(payment.payment_method_id) ?? text(payment.payment_type),
    installments: payment.installments ?? null,
    amount: payment.transaction_amount ?? payment.total_paid_amount ?? null,
    currency: text(payment.currency_id),
    date: text(payment.date_approved) ?? text(payment.date_created),
  }));
}

/** Notes the seller wrote on the order, when the saved JSON carries them (`notes` as text or list). */
export function notesOf(order: OrderForDetail): string[] {
  const notes = order.notes;
  if (typeof notes === 'string') return notes.trim() ? [notes] : [];
  return (notes ?? [])
    .map((note) => (typeof note === 'string' || note === null || note === undefined ? text(note) : (text(note.note) ?? text(note.text))))
    .filter((note): note is string => note !== null);
}

export function shipmentViewOf(shipment: ShipmentForDetail): ShipmentView {
  const receiver = shipment.receiver_address;
  const place = [text(receiver?.zip_code), text(receiver?.city?.name)].filter(Boolean).join(' ');
  const address = [text(receiver?.address_line), place || null, text(receiver?.state?.name), text(receiver?.comment)].filter(
    (line): line is string => line !== null,
  );
  return {
    id: shipment.id === undefined ? null : String(shipment.id),
    status: text(shipment.status),
    substatus: text(shipment.substatus),
    mode: text(shipment.mode) ?? text(shipment.logistic?.mode),
    trackingNumber: text(shipment.tracking_number),
    trackingMethod: text(shipment.tracking_method),
    receiverName: text(receiver?.receiver_name),
    address,
    timeline: timelineOf(shipment),
  };
}

/**
 * The shipment's history, oldest first. Mercado Libre sends `status_history` as an object of
 * `date_<status>` fields; a list of `{status, date}` entries is read too.
 */
function timelineOf(shipment: ShipmentForDetail): ShipmentEvent[] {
  const events: ShipmentEvent[] = [];
  const created = text(shipment.date_created);
  if (created) events.push({ key: 'date_created', date: created });
  const history = shipment.status_history;
  if (Array.isArray(history)) {
    for (const entry of history) {
      const status = text(entry.status);
      const date = text(entry.date);
      if (status && date) events.push({ key: `date_${status}`, date });
    }
  } else {
    for (const [key, value] of Object.entries(history ?? {})) {
      if (key.startsWith('date_') && typeof value === 'string' && value.trim() !== '') events.push({ key, date: value });
    }
  }
  return events.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}
