import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { LabelRow } from '../../shared/labels';
import type { Printer, PrintJob } from '../../shared/printing';
import { call, freePort, type SimHost } from '../helpers/sim-host';
import { labelCalls, labelsRig, readyShipments } from '../labels/labels-rig';
import { startFakePrinter, type FakePrinter } from './fake-printer';
import { keptZpl, waitForJob } from './print-helpers';

let rig: SimHost | null = null;
let printer: FakePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  await rig?.close();
  rig = null;
  printer = null;
});

async function threeLabels(current: SimHost): Promise<{ ids: number[]; expected: string[] }> {
  const ids = readyShipments(current).slice(0, 3).map((s) => s.id);
  await call(current.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
  return { ids, expected: ids.map((id) => keptZpl(current.host, DEMO_SELLER_ID, id)) };
}

describe('printing straight to a network printer (raw TCP)', () => {
  it('sends each kept label once, in the order of the selection', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const { ids, expected } = await threeLabels(rig);
    const added = await call<Printer>(rig.host, 'printers.add', { kind: 'tcp', name: 'Zebra mesa', host: '127.0.0.1', port: printer.port });
    expect(added).toMatchObject({ id: 'tcp:1', kind: 'tcp', profile: { language: 'zpl', dpi: 203, size: '4x6in' } });
    const reversed = [...ids].reverse();
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: reversed });
    const job = await waitForJob(rig.host, jobId);
    expect(job).toMatchObject({ state: 'sent', sent: 3, total: 3, error: null });
    // One connection for the job, the labels in the order of the selection.
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual([[...expected].reverse().join('')]);
    // Printed locally is recorded, for each label of the part (and only for labels that were sent).
    const other = readyShipments(rig)[3]?.id ?? 0;
    await call(rig.host, 'labels.fetch', { shipmentIds: [other], format: 'zpl' });
    const rows = await call<LabelRow[]>(rig.host, 'labels.list', { show: 'kept' });
    for (const id of ids) expect(rows.find((row) => row.shipmentId === id)?.kept[0]?.printedAt, String(id)).toEqual(expect.any(String));
    expect(rows.find((row) => row.shipmentId === other)?.kept[0]?.printedAt).toBeNull();
    // A printer's profile shapes what it gets.
    await call(rig.host, 'printers.setProfile', { printerId: added.id, language: 'zpl', dpi: 203, size: '4x6in', darkness: 20, offsetX: 10, offsetY: -5 });
    const second = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: [ids[0]] });
    await waitForJob(rig.host, second.jobId);
    expect(printer.jobs[1]?.toString('utf8')).toBe(`~SD20\n${expected[0]?.replace('^XA', '^XA^LH10,0')}`);
  });

  it('reports a printer that refuses the connection, and resends once it is there', async () => {
    rig = await labelsRig();
    const { ids, expected } = await threeLabels(rig);
    const port = await freePort();
    const added = await call<Printer>(rig.host, 'printers.add', { kind: 'tcp', name: 'Apagada', host: '127.0.0.1', port });
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: ids });
    const failed = await waitForJob(rig.host, jobId);
    expect(failed).toMatchObject({ state: 'failed', sent: 0 });
    expect(failed.error).toMatch(/refused the connection.*ECONNREFUSED.*0 of 3 sent/);
    // Structured, for the screens to say in the seller's language.
    expect(failed.failure).toEqual({ code: 'refused', printer: `Apagada (127.0.0.1:${port})`, words: null, inFlight: null });
    expect(rig.host.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    printer = await startFakePrinter(port);
    const again = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId });
    expect(await waitForJob(rig.host, again.jobId)).toMatchObject({ state: 'sent', resendOf: jobId, sent: 3 });
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual([expected.join('')]);
  });

  it('reports a printer that drops the connection mid-job; a resend never prints a label twice', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const { ids, expected } = await threeLabels(rig);
    const added = await call<Printer>(rig.host, 'printers.add', { kind: 'tcp', name: 'Floja', host: '127.0.0.1', port: printer.port });
    // The first label goes through; the printer drops the second one after its first byte.
    const first = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: [ids[0]] });
    await waitForJob(rig.host, first.jobId);
    printer.dropNext(1, 1);
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: ids.slice(1) });
    const failed = await waitForJob(rig.host, jobId);
    expect(failed).toMatchObject({ state: 'failed', sent: 0 });
    expect(failed.error).toMatch(/closed the connection in the middle of the job/);
    expect(failed.failure).toMatchObject({ code: 'dropped', inFlight: { from: 1, to: 2, shipmentIds: ids.slice(1) } });
    expect(printer.dropped).toBe(1);
    const again = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId });
    expect(await waitForJob(rig.host, again.jobId)).toMatchObject({ state: 'sent', sent: 2 });
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual([expected[0], expected.slice(1).join('')]);
    // Everything reached the printer: a plain resend refuses; asking for all prints again on purpose.
    const refused = await rig.host.dispatch('print.resend', { jobId: again.jobId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const all = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId: again.jobId, what: 'all' });
    await waitForJob(rig.host, all.jobId);
    expect(printer.jobs).toHaveLength(3);
  });

  it('sends a long job of kept labels 200 at a time; a resend of what the printer dropped prints only that', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const ids = readyShipments(rig).slice(0, 20).map((s) => s.id);
    await call(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    const one = ids.map((id) => keptZpl(rig?.host, DEMO_SELLER_ID, id));
    // 20 labels × 15 copies = 300 units, all here: 200 in one connection, then 100 (each label's copies together).
    const units = one.flatMap((zpl) => Array.from({ length: 15 }, () => zpl));
    const added = await call<Printer>(rig.host, 'printers.add', { kind: 'tcp', name: 'Zebra', host: '127.0.0.1', port: printer.port });
    printer.dropNext(1, 100, 1);
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: ids, copies: 15 });
    const failed = await waitForJob(rig.host, jobId);
    expect(failed).toMatchObject({ state: 'failed', sent: 200, total: 300 });
    expect(failed.error).toMatch(/200 of 300 sent\. Labels 201–300 \(shipments .*\) were in that part/);
    // Unit 201 is the 6th copy of the 14th label.
    expect(failed.failure).toEqual({ code: 'dropped', printer: `Zebra (127.0.0.1:${printer.port})`, words: null, inFlight: { from: 201, to: 300, shipmentIds: ids.slice(13) } });
    expect(failed.error).toMatch(/ECONNRESET|EPIPE/);
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual([units.slice(0, 200).join('')]);
    expect(printer.dropped).toBe(1);
    const again = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId });
    expect(await waitForJob(rig.host, again.jobId)).toMatchObject({ state: 'sent', sent: 100, total: 100 });
    // Two connections in all that arrived whole: every unit once, in order.
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual([units.slice(0, 200).join(''), units.slice(200).join('')]);
  });

  it('fetches what is not kept as it prints: a refused label leaves the job with its reason, the rest prints in order', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const ready = readyShipments(rig).slice(0, 6);
    const ids = ready.map((s) => s.id);
    // Kept already: the first one. Refused by Mercado Libre: the third (delivered since the last sync).
    await call(rig.host, 'labels.fetch', { shipmentIds: [ids[0] as number], format: 'zpl' });
    (ready[2] as { status: string }).status = 'delivered';
    const callsBefore = labelCalls(rig);
    const added = await call<Printer>(rig.host, 'printers.add', { kind: 'tcp', name: 'Zebra', host: '127.0.0.1', port: printer.port });
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: ids, fetchMissing: true });
    const job = await waitForJob(rig.host, jobId);
    expect(job).toMatchObject({ state: 'sent', sent: 5, total: 5 });
    expect(job.skipped).toEqual([{ shipmentId: ids[2], code: 'not_printable', message: expect.stringMatching(/delivered/) as string }]);
    // One call for the five not kept, then the rest of that batch once more without the refused one.
    expect(labelCalls(rig) - callsBefore).toBe(2);
    const printed = ids.filter((id) => id !== ids[2]).map((id) => keptZpl(rig?.host, DEMO_SELLER_ID, id));
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual([printed.join('')]);
    // The job held the database's automatic checkpoint while it ran, and gave it back at its end.
    expect(rig.host.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('cancels a job between labels', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const ids = readyShipments(rig).slice(0, 20).map((s) => s.id);
    await call(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    const added = await call<Printer>(rig.host, 'printers.add', { kind: 'tcp', name: 'Zebra', host: '127.0.0.1', port: printer.port });
    // A slow printer: the first 200 are still in flight when the seller cancels.
    printer.closeDelayMs = 400;
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: ids, copies: 15 });
    await waitForJob(rig.host, jobId, ['sending']);
    // While a job runs, no commit of it pays for an automatic checkpoint; the job's end gives it back.
    expect(rig.host.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await call<PrintJob>(rig.host, 'print.cancel', { jobId });
    const job = await waitForJob(rig.host, jobId);
    expect(job).toMatchObject({ state: 'cancelled', sent: 200, total: 300 });
    expect(rig.host.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]?.toString('utf8').match(/\^XZ/g)).toHaveLength(200);
  });

  it('accepts only loopback and local-network addresses and real ports', async () => {
    rig = await labelsRig();
    for (const host of ['8.8.8.8', 'printer.example.com', '172.32.0.1', '::ffff:8.8.8.8', '127.0.0.1; rm -rf /']) {
      const answer = await rig.host.dispatch('printers.add', { kind: 'tcp', name: 'x', host, port: 9100 });
      expect(answer, host).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    for (const port of [0, 65536, 1.5]) {
      expect(await rig.host.dispatch('printers.add', { kind: 'tcp', name: 'x', host: '192.168.1.20', port })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await rig.host.dispatch('printers.add', { kind: 'tcp', name: 'ok', host: '10.0.0.7', port: 9100 })).toMatchObject({ ok: true });
    expect(await rig.host.dispatch('print.submit', { printerId: 'tcp:99', shipmentIds: [1] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await rig.host.dispatch('print.submit', { printerId: 'tcp:1', shipmentIds: [123] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
