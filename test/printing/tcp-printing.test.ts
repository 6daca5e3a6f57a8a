import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { Printer, PrintJob } from '../../shared/printing';
import { call, freePort, type SimHost } from '../helpers/sim-host';
import { labelsRig, readyShipments } from '../labels/labels-rig';
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
  return { ids, expected: ids.map((id) => keptZpl(current.dataDir, DEMO_SELLER_ID, id)) };
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
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual([...expected].reverse());
    // Printed locally is recorded; a printer's profile shapes what it gets.
    await call(rig.host, 'printers.setProfile', { printerId: added.id, language: 'zpl', dpi: 203, size: '4x6in', darkness: 20, offsetX: 10, offsetY: -5 });
    const second = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: [ids[0]] });
    await waitForJob(rig.host, second.jobId);
    expect(printer.jobs[3]?.toString('utf8')).toBe(`~SD20\n${expected[0]?.replace('^XA', '^XA^LH10,-5')}`);
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
    printer = await startFakePrinter(port);
    const again = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId });
    expect(await waitForJob(rig.host, again.jobId)).toMatchObject({ state: 'sent', resendOf: jobId, sent: 3 });
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual(expected);
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
    expect(printer.dropped).toBe(1);
    const again = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId });
    expect(await waitForJob(rig.host, again.jobId)).toMatchObject({ state: 'sent', sent: 2 });
    expect(printer.jobs.map((b) => b.toString('utf8'))).toEqual(expected);
    // Everything reached the printer: a plain resend refuses; asking for all prints again on purpose.
    const refused = await rig.host.dispatch('print.resend', { jobId: again.jobId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const all = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId: again.jobId, what: 'all' });
    await waitForJob(rig.host, all.jobId);
    expect(printer.jobs).toHaveLength(5);
  });

  it('cancels a job between labels', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const ids = readyShipments(rig).slice(0, 20).map((s) => s.id);
    await call(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    const added = await call<Printer>(rig.host, 'printers.add', { kind: 'tcp', name: 'Zebra', host: '127.0.0.1', port: printer.port });
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: added.id, shipmentIds: ids, copies: 3 });
    await waitForJob(rig.host, jobId, ['sending']);
    await call<PrintJob>(rig.host, 'print.cancel', { jobId });
    const job = await waitForJob(rig.host, jobId);
    expect(job.state).toBe('cancelled');
    expect(job.sent).toBeLessThan(60);
    expect(printer.jobs.length).toBe(job.sent);
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
