import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabelRow, LabelsFetchOutput, PreviewOutput } from '../../shared/labels';
import { call, type SimHost } from '../helpers/sim-host';
import { keptBytes, keptZpl } from '../printing/print-helpers';
import { labelCalls, labelsRig, readyShipments, sellerShipments } from './labels-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('Mercado Envios labels', () => {
  it('fetches ZPL labels, keeps each one in the private database, and shows both states', async () => {
    rig = await labelsRig();
    const ready = readyShipments(rig).slice(0, 3);
    expect(ready.length).toBe(3);
    const ids = ready.map((s) => s.id);
    const before = await call<LabelRow[]>(rig.host, 'labels.list', { show: 'ready' });
    expect(before.find((row) => row.shipmentId === ids[0])).toMatchObject({ substatus: 'ready_to_print', labelReady: true, kept: [] });

    const fetched = await call<LabelsFetchOutput>(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    expect(fetched.calls).toBe(1);
    expect(fetched.results).toEqual(ids.map((shipmentId) => ({ shipmentId, ok: true, source: 'mercadolibre' })));
    expect(labelCalls(rig)).toBe(1);

    // The bytes sit in the database, which only the seller can read.
    expect(mode(rig.dataDir)).toBe(0o700);
    for (const suffix of ['', '-wal']) expect(mode(path.join(rig.dataDir, `mostrador.sqlite${suffix}`))).toBe(0o600);
    for (const shipment of ready) {
      const zpl = keptZpl(rig.host, shipment.seller_id, shipment.id);
      expect(zpl.match(/\^XA/g)).toHaveLength(1);
      expect(zpl).toContain(`Envio ${shipment.id}`);
      // Mercado Libre moved it to printed; the cache follows without a sync.
      expect(shipment.substatus).toBe('printed');
    }
    const after = await call<LabelRow[]>(rig.host, 'labels.list', {});
    const row = after.find((r) => r.shipmentId === ids[0]);
    expect(row).toMatchObject({ substatus: 'printed', labelReady: true });
    expect(row?.kept.map((k) => [k.format, k.printedAt])).toEqual([['zpl', null]]);
    // Every shipment of the batch, and the orders shipped with them.
    for (const id of ids) expect(after.find((r) => r.shipmentId === id)?.substatus, String(id)).toBe('printed');
    const orders = rig.host.db.prepare('SELECT DISTINCT ship_substatus, label_ready FROM orders WHERE shipping_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
    expect(orders).toEqual([{ ship_substatus: 'printed', label_ready: 0 }]);
    // Screens re-read orders and shipments; the stock pass and the new-order watch need not (no sale).
    expect(rig.events.filter((e) => e.event === 'cache.changed').at(-1)?.payload).toMatchObject({ entities: ['shipments', 'orders'], scope: 'shipping' });
  });

  it('lists each refused shipment with its reason and still keeps the rest', async () => {
    rig = await labelsRig();
    const ready = readyShipments(rig).slice(0, 5).map((s) => s.id);
    // The cache says ready, but it left meanwhile: only Mercado Libre knows, and says why.
    const gone = rig.sim.state.world.shipments.get(ready[4] as number);
    if (gone) gone.status = 'delivered';
    const delivered = { id: ready[4] };
    const ids = [ready[0], delivered.id, ...ready.slice(1, 4)] as number[];
    const fetched = await call<LabelsFetchOutput>(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'pdf' });
    expect(fetched.calls).toBe(2);
    expect(fetched.results.map((r) => r.shipmentId)).toEqual(ids);
    const refused = fetched.results[1];
    expect(refused).toMatchObject({ ok: false, code: 'not_printable' });
    expect(refused?.ok === false && refused.message).toMatch(/delivered/);
    expect(fetched.results.filter((r) => r.ok)).toHaveLength(4);
    const list = await call<LabelRow[]>(rig.host, 'labels.list', { query: String(delivered.id) });
    expect(list[0]?.failure).toMatchObject({ code: 'not_printable' });
    for (const id of ready.slice(0, 4)) {
      const pdf = await PDFDocument.load(keptBytes(rig.host, sellerShipments(rig)[0]?.seller_id ?? 0, id, 'pdf'));
      expect(pdf.getPageCount()).toBe(1);
    }
  });

  it('refuses non-ME2 and unknown shipments without a call', async () => {
    rig = await labelsRig();
    const custom = rig.host.db.prepare("SELECT id FROM shipments WHERE mode <> 'me2' LIMIT 1").get() as { id: number } | undefined;
    expect(custom).toBeDefined();
    const fetched = await call<LabelsFetchOutput>(rig.host, 'labels.fetch', { shipmentIds: [custom?.id ?? 0, 999_999_999], format: 'zpl' });
    expect(fetched.calls).toBe(0);
    expect(fetched.results).toMatchObject([{ ok: false, code: 'not_me2' }, { ok: false, code: 'not_found' }]);
    expect(labelCalls(rig)).toBe(0);
  });

  it('answers from the kept copy with Mercado Libre out of reach, and previews it', async () => {
    rig = await labelsRig();
    const ids = readyShipments(rig).slice(0, 2).map((s) => s.id);
    await call(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    await rig.sim.close();
    const again = await call<LabelsFetchOutput>(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    expect(again).toEqual({ calls: 0, results: ids.map((shipmentId) => ({ shipmentId, ok: true, source: 'kept' })) });
    const preview = await call<PreviewOutput>(rig.host, 'labels.preview', { shipmentId: ids[0] });
    expect(preview).toMatchObject({ format: 'zpl', size: '4x6in', dpi: 203, pages: 1 });
    expect(preview.zpl).toContain(`Envio ${ids[0]}`);
    // Drawn here, with Mercado Libre stopped: a PNG of a 4×6 in label at 8 dots/mm (101.6 × 152.4 mm, rounded up).
    expect(preview.pngPages).toHaveLength(1);
    const png = Buffer.from(preview.pngPages[0] ?? '', 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([813, 1220]);
    // Offline, a refetch reports the connection per shipment instead of failing the call.
    const refetch = await call<LabelsFetchOutput>(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl', refetch: true });
    expect(refetch.results.every((r) => !r.ok && r.code === 'offline')).toBe(true);
    rig.host.close();
    rig = null;
  });

  it('still reads and prints a label an earlier version kept as a file', async () => {
    rig = await labelsRig();
    const shipment = readyShipments(rig)[0];
    if (!shipment) throw new Error('no printable shipment');
    const folder = path.join(rig.dataDir, 'labels', String(shipment.seller_id));
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(folder, `${shipment.id}.zpl`), '^XA^FDolder copy^FS^XZ', { mode: 0o600 });
    rig.host.db
      .prepare("INSERT INTO label_files (user_id, shipment_id, format, file, size, fetched_at) VALUES (?, ?, 'zpl', ?, 21, '2026-01-01T00:00:00.000Z')")
      .run(shipment.seller_id, shipment.id, `labels/${shipment.seller_id}/${shipment.id}.zpl`);
    const fetched = await call<LabelsFetchOutput>(rig.host, 'labels.fetch', { shipmentIds: [shipment.id], format: 'zpl' });
    expect(fetched.results).toEqual([{ shipmentId: shipment.id, ok: true, source: 'kept' }]);
    const preview = await call<PreviewOutput>(rig.host, 'labels.preview', { shipmentId: shipment.id, format: 'zpl' });
    expect(preview.zpl).toBe('^XA^FDolder copy^FS^XZ');
    expect(labelCalls(rig)).toBe(0);
  });

  it('rejects malformed input with invalid_input', async () => {
    rig = await labelsRig();
    const bad = await rig.host.dispatch('labels.fetch', { shipmentIds: [], format: 'zpl' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrongFormat = await rig.host.dispatch('labels.fetch', { shipmentIds: [1], format: 'png' });
    expect(wrongFormat).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await rig.host.dispatch('labels.preview', { shipmentId: 1 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
