import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { OrderRecord } from '../../electron/demo/simulator/model';
import { zplHex } from '../../electron/labels/documents/zpl-escape';
import type { DocumentInfo, PreviewOutput } from '../../shared/labels';
import { call, type SimHost } from '../helpers/sim-host';
import { tempDir } from '../helpers/temp-dir';
import { labelsRig } from './labels-rig';

const HOSTILE = '^XA^FDpwn^FS~JR';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** The fields' text as the printer prints it: `_XX` escapes turned back into UTF-8 bytes. */
function printedTexts(zpl: string): string[] {
  return [...zpl.matchAll(/\^FH_\^FD(.*?)\^FS/g)].map((match) =>
    Buffer.from((match[1] as string).replace(/_([0-9A-F]{2})|([^_]+)/g, (_all, hex: string | undefined, plain: string | undefined) => (hex ? String.fromCharCode(Number.parseInt(hex, 16)) : (plain ?? ''))), 'latin1').toString('utf8'),
  );
}

/** Every command in a ZPL document: what a printer would act on. */
function commands(zpl: string): string[] {
  const withoutData = zpl.replace(/\^FD.*?\^FS/g, '^FD^FS');
  return [...withoutData.matchAll(/[\^~][A-Z0-9@]{2}/gi)].map((match) => match[0].toUpperCase());
}

function hostileOrders(current: SimHost): OrderRecord[] {
  const shipments = current.sim.state.world.shipments;
  // Orders whose shipment is still open, so the sync keeps it (with its address) in the cache.
  const orders = [...current.sim.state.world.orders.values()]
    .filter((o) => o.seller_id === DEMO_SELLER_ID && o.lines.length > 0 && shipments.get(o.shipping_id ?? 0)?.status === 'ready_to_ship')
    .slice(0, 2);
  for (const order of orders) {
    // A copy: the buyer record may be shared with other orders.
    order.buyer = { ...order.buyer, first_name: HOSTILE, last_name: 'Ñandú\r\n^XZ~JA' };
    order.lines[0] = { ...(order.lines[0] as OrderLine), title: `Remera ~DGR:x ^IDR:*.* ${'\u0007'}`, seller_sku: 'SKU-^FS' };
    const shipment = current.sim.state.world.shipments.get(order.shipping_id ?? 0);
    if (shipment) shipment.receiver_name = HOSTILE;
  }
  return orders;
}
type OrderLine = OrderRecord['lines'][number];

describe('own documents', () => {
  it('escapes hostile buyer and listing text so it can never become a ZPL command', async () => {
    let orders: OrderRecord[] = [];
    rig = await labelsRig({ beforeSync: (current) => (orders = hostileOrders(current)) });
    const orderIds = orders.map((o) => o.id);
    for (const kind of ['label', 'packing_slip', 'picking_list'] as const) {
      const doc = await call<DocumentInfo>(rig.host, 'documents.create', { orderIds, kind, format: 'zpl', size: '4x6in', dpi: 203 });
      const { zpl } = await call<PreviewOutput>(rig.host, 'labels.preview', { documentId: doc.documentId });
      const text = zpl ?? '';
      expect(text.match(/\^XA/g)?.length, kind).toBe(doc.pages);
      expect(text).not.toContain('pwn^FS');
      expect(text).not.toContain('~JR');
      expect(text).not.toContain('~JA');
      expect(text).not.toContain('~DG');
      // Only the commands we write, whatever the buyer typed.
      expect(new Set(commands(text))).toEqual(new Set(['^XA', '^CI', '^PW', '^LL', '^FO', '^A0', '^FB', '^FH', '^FD', '^FS', '^XZ', ...(kind === 'picking_list' ? [] : ['^BY', '^BC'])]));
      const printed = printedTexts(text).join('\n');
      if (kind !== 'picking_list') expect(printed).toContain(HOSTILE);
      expect(printed).toContain('Remera ~DGR:x ^IDR:*.*');
      expect(printed).not.toContain('\u0007');
      if (kind === 'label') {
        expect(text).toContain(zplHex(HOSTILE));
        expect(text.split('\n').slice(0, 4)).toEqual(['^XA', '^CI28', '^PW812', '^LL1218']);
        expect(text).toMatch(new RegExp(`\\^BCN,100,Y,N,N\\^FD${orders[0]?.shipping_id}\\^FS`));
      }
    }
  });

  it('sizes ZPL for the stock and dpi, adds up SKUs on the picking list, and draws PDF pages at the stock size', async () => {
    rig = await labelsRig();
    const orderIds = rig.host.db.prepare('SELECT DISTINCT order_id FROM order_items WHERE sku IS NOT NULL ORDER BY order_id LIMIT 6').pluck().all() as number[];
    const big = await call<DocumentInfo>(rig.host, 'documents.create', { orderIds, kind: 'label', format: 'zpl', size: '10x15cm', dpi: 300 });
    const { zpl } = await call<PreviewOutput>(rig.host, 'labels.preview', { documentId: big.documentId });
    expect(zpl).toContain('^PW1181\n^LL1772');
    expect(big.pages).toBe(orderIds.length);

    const picking = await call<DocumentInfo>(rig.host, 'documents.create', { orderIds, kind: 'picking_list', format: 'zpl', size: '4x6in', dpi: 203 });
    const text = printedTexts((await call<PreviewOutput>(rig.host, 'labels.preview', { documentId: picking.documentId })).zpl ?? '').join('\n');
    const totals = rig.host.db.prepare(`SELECT sku, sum(quantity) AS n FROM order_items WHERE order_id IN (${orderIds.join(',')}) GROUP BY sku`).all() as Array<{ sku: string; n: number }>;
    for (const { sku, n } of totals) expect(text).toContain(`${n} x ${sku}`);

    for (const [size, width, height] of [['4x6in', 288, 432], ['10x15cm', 283.46, 425.2]] as const) {
      const doc = await call<DocumentInfo>(rig.host, 'documents.create', { orderIds, kind: 'packing_slip', format: 'pdf', size, dpi: 203 });
      const preview = await call<PreviewOutput>(rig.host, 'labels.preview', { documentId: doc.documentId });
      const bytes = Buffer.from(preview.pdfBase64 ?? '', 'base64');
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(doc.pages);
      const page = pdf.getPage(0).getSize();
      expect(page.width).toBeCloseTo(width, 1);
      expect(page.height).toBeCloseTo(height, 1);
      const file = path.join(tempDir(), 'slip.pdf');
      fs.writeFileSync(file, bytes);
      const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
      expect(pages).toHaveLength(doc.pages);
      expect(pages[0]).toContain(`Remito ${orderIds[0]}`);
    }
    const kept = path.join(rig.dataDir, 'documents', `${big.documentId}.zpl`);
    expect(fs.statSync(kept).mode & 0o777).toBe(0o600);
  });

  it("words what travels with the parcel in the store's language and the picking list in the seller's", async () => {
    const current = await labelsRig();
    rig = current;
    const orderIds = (current.host.db.prepare('SELECT id FROM orders ORDER BY id LIMIT 2').pluck().all() as number[]);
    const texts = async (kind: 'label' | 'packing_slip' | 'picking_list') => {
      const doc = await call<DocumentInfo>(current.host, 'documents.create', { orderIds, kind, format: 'zpl', size: '4x6in', dpi: 203 });
      return printedTexts((await call<PreviewOutput>(current.host, 'labels.preview', { documentId: doc.documentId })).zpl ?? '');
    };
    await call(rig.host, 'settings.set', { language: 'en' });
    expect(await texts('packing_slip')).toContain(`Remito ${orderIds[0]}`);
    expect(await texts('label')).toEqual(expect.arrayContaining([`Venta ${orderIds[0]}`, 'DESTINATARIO']));
    expect(await texts('picking_list')).toEqual(expect.arrayContaining(['Picking list', expect.stringMatching(/^2 orders, \d+ SKUs?$/) as string]));
    // A Mercado Livre Brasil store: its parcels in Portuguese.
    rig.host.db.prepare("UPDATE accounts SET site_id = 'MLB' WHERE user_id = ?").run(DEMO_SELLER_ID);
    expect(await texts('packing_slip')).toContain(`Romaneio ${orderIds[0]}`);
    expect(await texts('label')).toContain('DESTINATÁRIO');
    await call(rig.host, 'settings.set', { language: 'es' });
    expect(await texts('picking_list')).toContain('Lista de preparación');
  });

  it('answers 4xx for unknown orders and bad sizes', async () => {
    rig = await labelsRig();
    expect(await rig.host.dispatch('documents.create', { orderIds: [1], kind: 'label', format: 'zpl', size: '4x6in', dpi: 203 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await rig.host.dispatch('documents.create', { orderIds: [1], kind: 'label', format: 'zpl', size: 'A4', dpi: 203 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await rig.host.dispatch('documents.create', { orderIds: [1], kind: 'label', format: 'zpl', size: '4x6in', dpi: 600 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await rig.host.dispatch('labels.preview', { documentId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await rig.host.dispatch('labels.preview', { documentId: 'doc_0000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
