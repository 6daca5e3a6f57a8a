/**
 * Reads what the order detail shows out of the order and shipment JSON exactly as Mercado Libre sent
 * them (kept raw in the cache). Every field is optional and checked: an older or newer API shape shows
 * less, never breaks the panel.
 */

type Json = Record<string, unknown>;

function record(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  return null;
}

function amount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export interface Buyer {
  nickname: string | null;
  name: string | null;
}

export function buyerOf(raw: unknown): Buyer {
  const buyer = record(record(raw)?.buyer);
  const name = [text(buyer?.first_name), text(buyer?.last_name)].filter(Boolean).join(' ');
  return { nickname: text(buyer?.nickname), name: name || null };
}

export interface Payment {
  id: string | null;
  status: string | null;
  method: string | null;
  installments: number | null;
  amount: number | null;
  currency: string | null;
  date: string | null;
}

export function paymentsOf(raw: unknown): Payment[] {
  return list(record(raw)?.payments)
    .map(record)
    .filter((payment): payment is Json => payment !== null)
    .map((payment) => ({
      id: text(payment.id),
      status: text(payment.status),
      method: text(payment.payment_method_id) ?? text(payment.payment_type),
      installments: amount(payment.installments),
      amount: amount(payment.transaction_amount) ?? amount(payment.total_paid_amount),
      currency: text(payment.currency_id),
      date: text(payment.date_approved) ?? text(payment.date_created),
    }));
}

/** Notes the seller wrote on the order, when the cached JSON carries them (`notes` as text or list). */
export function notesOf(raw: unknown): string[] {
  const notes = record(raw)?.notes;
  if (typeof notes === 'string') return notes.trim() ? [notes] : [];
  return list(notes)
    .map((note) => text(note) ?? text(record(note)?.note) ?? text(record(note)?.text))
    .filter((note): note is string => note !== null);
}

export interface TimelineEvent {
  key: string;
  date: string;
}

export interface Shipment {
  id: string | null;
  status: string | null;
  substatus: string | null;
  mode: string | null;
  trackingNumber: string | null;
  trackingMethod: string | null;
  receiverName: string | null;
  address: string[];
  timeline: TimelineEvent[];
}

/** Whether the shipment's Mercado Envios label was already printed (it can be downloaded again). */
export function labelPrinted(shipment: Shipment | null): boolean {
  return shipment?.mode === 'me2' && shipment.status === 'ready_to_ship' && shipment.substatus === 'printed';
}

export function shipmentOf(shipment: unknown): Shipment | null {
  const data = record(shipment);
  if (!data) return null;
  const receiver = record(data.receiver_address);
  const place = [text(receiver?.zip_code), text(record(receiver?.city)?.name)].filter(Boolean).join(' ');
  const address = [text(receiver?.address_line), place || null, text(record(receiver?.state)?.name), text(receiver?.comment)].filter(
    (line): line is string => line !== null,
  );
  return {
    id: text(data.id),
    status: text(data.status),
    substatus: text(data.substatus),
    mode: text(data.mode) ?? text(record(data.logistic)?.mode),
    trackingNumber: text(data.tracking_number),
    trackingMethod: text(data.tracking_method),
    receiverName: text(receiver?.receiver_name),
    address,
    timeline: timelineOf(data),
  };
}

/**
 * The shipment's history, oldest first. Mercado Libre sends `status_history` as an object of
 * `date_<status>` fields; a list of `{status, date}` entries is read too.
 */
function timelineOf(data: Json): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const created = text(data.date_created);
  if (created) events.push({ key: 'date_created', date: created });
  const history = data.status_history;
  if (Array.isArray(history)) {
    for (const entry of history.map(record)) {
      const status = text(entry?.status);
      const date = text(entry?.date);
      if (status && date) events.push({ key: `date_${status}`, date });
    }
  } else {
    for (const [key, value] of Object.entries(record(history) ?? {})) {
      const date = text(value);
      if (key.startsWith('date_') && date) events.push({ key, date });
    }
  }
  return events.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}
