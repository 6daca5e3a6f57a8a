// Shipments and labels: statuses consistent with orders, seller updates for custom shipping,
// real PDF / ZPL (ZIP) labels for ME2 shipments ready to ship, and the documented refusals.
import { unzipSync, strFromU8 } from 'fflate';
import { PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { admin, useSimulator, type ErrorBody } from './helpers';

const { sim, api } = await useSimulator();

interface Shipment { id: number; status: string; substatus: string | null; mode: string; logistic_type: string; tracking_number: string | null; order_ids: number[]; receiver_address: { zip_code: string; receiver_name: string }; shipping_items: unknown[] }

const world = sim.state.world;
const mine = [...world.shipments.values()].filter((s) => s.seller_id === DEMO_SELLER_ID);
const ready = mine.filter((s) => s.mode === 'me2' && s.logistic_type !== 'fulfillment' && s.status === 'ready_to_ship' && s.substatus === 'ready_to_print');
const labels = (ids: number[], type = 'pdf') => fetch(`${sim.url}/shipment_labels?shipment_ids=${ids.join(',')}&response_type=${type}`, { headers: { authorization: `Bearer ${api.token}` } });

/** The text drawn on a PDF page: pdf-lib writes hex strings, possibly inside a Flate stream. */
function pageText(doc: PDFDocument, index: number): string {
  const contents = doc.getPage(index).node.Contents();
  const parts = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return parts.filter((part): part is PDFRawStream => part instanceof PDFRawStream).map((stream) => {
    const raw = Buffer.from(stream.getContents());
    const data = stream.dict.toString().includes('FlateDecode') ? inflateSync(raw) : raw;
    return [...data.toString('latin1').matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1')).join('\n');
  }).join('\n');
}

describe('shipments', () => {
  it('answers the documented fields, consistent with its orders', async () => {
    const order = world.ordersBySeller.get(DEMO_SELLER_ID)?.find((o) => o.shipping_id !== null);
    const shipment = await api.get<Shipment>(`/shipments/${order?.shipping_id ?? 0}`);
    expect(shipment.status).toBe(200);
    expect(shipment.body.order_ids).toContain(order?.id);
    expect(shipment.body.receiver_address.receiver_name).toBe(`${order?.buyer.first_name} ${order?.buyer.last_name}`);
    expect(shipment.body.shipping_items.length).toBeGreaterThan(0);
  });

  it('covers every status and logistic type, consistent with order status', () => {
    expect(new Set(mine.map((s) => s.status))).toEqual(new Set(['pending', 'handling', 'ready_to_ship', 'shipped', 'delivered', 'not_delivered', 'cancelled']));
    expect(new Set(mine.map((s) => s.logistic_type))).toEqual(new Set(['drop_off', 'xd_drop_off', 'cross_docking', 'self_service', 'fulfillment', 'default', 'custom']));
    for (const s of mine) {
      const order = world.orders.get(s.order_ids[0] ?? 0);
      if (order?.status === 'cancelled') expect(s.status).toBe('cancelled');
      if (order?.status === 'payment_required') expect(s.status).toBe('pending');
    }
    const noShipping = world.ordersBySeller.get(DEMO_SELLER_ID)?.filter((o) => o.shipping_id === null) ?? [];
    expect(noShipping.length).toBeGreaterThan(0);
    expect(noShipping.every((o) => o.tags.includes('no_shipping'))).toBe(true);
  });

  it('the seller marks a custom shipment shipped with a tracking number; ME2 refuses seller updates', async () => {
    const custom = mine.find((s) => s.mode === 'custom' && s.status === 'handling');
    const shipped = await api.send<Shipment>('PUT', `/shipments/${custom?.id ?? 0}`, { tracking_number: 'TR1234567891', status: 'shipped' });
    expect(shipped.body).toMatchObject({ status: 'shipped', tracking_number: 'TR1234567891' });
    const me2 = ready[ready.length - 1];
    expect((await api.send('PUT', `/shipments/${me2?.id ?? 0}`, { status: 'shipped', tracking_number: 'X' })).status).toBe(400);
  });
});

describe('shipment labels', () => {
  it('pdf: a real PDF with one page per label, in the order of the ids', async () => {
    const pair = [ready[1], ready[0]].map((s) => s?.id ?? 0);
    const response = await labels(pair);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const doc = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(doc.getPageCount()).toBe(2);
    expect(pageText(doc, 0)).toContain(`Envio ${pair[0]}`);
    expect(pageText(doc, 1)).toContain(`Envio ${pair[1]}`);
  });

  it('zpl2: a ZIP holding "Etiqueta de envio.txt" with one ^XA ^CI28 … ^XZ label per id', async () => {
    const ids = [ready[2], ready[3]].map((s) => s?.id ?? 0);
    const response = await labels(ids, 'zpl2');
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const text = strFromU8(files['Etiqueta de envio.txt'] ?? new Uint8Array());
    const blocks = text.split(/(?<=\^XZ)\n?/).filter((b) => b.trim() !== '');
    expect(blocks).toHaveLength(2);
    for (const [index, block] of blocks.entries()) {
      expect(block.startsWith('^XA\n^CI28')).toBe(true);
      expect(block.trimEnd().endsWith('^XZ')).toBe(true);
      expect(block).toContain(`Envio ${ids[index]}`);
    }
  });

  it('a download moves ready_to_print shipments to printed', async () => {
    const target = ready[4];
    expect((await labels([target?.id ?? 0])).status).toBe(200);
    expect((await api.get<Shipment>(`/shipments/${target?.id ?? 0}`)).body).toMatchObject({ status: 'ready_to_ship', substatus: 'printed' });
  });

  it('refuses more than 50 ids', async () => {
    const response = await labels(Array.from({ length: 51 }, (_, i) => (ready[0]?.id ?? 0) + i));
    expect(response.status).toBe(400);
  });

  it('answers JSON failures for shipments that are not ready, not ME2 or fulfilled by Mercado Libre', async () => {
    const delivered = mine.find((s) => s.status === 'delivered' && s.mode === 'me2');
    const custom = mine.find((s) => s.mode === 'custom');
    const full = mine.find((s) => s.logistic_type === 'fulfillment');
    const response = await labels([ready[5]?.id ?? 0, delivered?.id ?? 0, custom?.id ?? 0, full?.id ?? 0]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.cause.map((c) => c.code)).toEqual(['not_printable', 'not_me2', 'fulfillment']);
    expect(world.shipments.get(ready[5]?.id ?? 0)?.substatus).toBe('ready_to_print');
  });

  it('a shipment moved to ready_to_print by the admin API becomes printable', async () => {
    const handling = mine.find((s) => s.mode === 'me2' && s.logistic_type !== 'fulfillment' && s.status === 'shipped');
    expect((await labels([handling?.id ?? 0])).status).toBe(400);
    await admin(sim, 'PUT', `/shipments/${handling?.id ?? 0}`, { status: 'ready_to_ship', substatus: 'ready_to_print' });
    expect((await labels([handling?.id ?? 0])).status).toBe(200);
  });
});
