// Printing through a real CUPS queue: lpadmin makes a raw queue whose device is socket://127.0.0.1:PORT,
// and a loopback listener in the test stands in for the printer. CI installs and starts CUPS (.ci/run).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { DocumentInfo } from '../../shared/labels';
import type { Printer, PrintersList } from '../../shared/printing';
import { call, type SimHost } from '../helpers/sim-host';
import { tempDir } from '../helpers/temp-dir';
import { labelsRig, readyShipments } from '../labels/labels-rig';
import { startFakePrinter, type FakePrinter } from './fake-printer';
import { keptZpl, waitForJob } from './print-helpers';

const lpadmin = ['/usr/sbin/lpadmin', '/usr/bin/lpadmin'].find((file) => fs.existsSync(file)) ?? null;
if (!lpadmin) console.warn('CUPS tests skipped: lpadmin is not installed here (.ci/run installs cups and cups-bsd).');

let rig: SimHost | null = null;
let printer: FakePrinter | null = null;
const queues: string[] = [];
afterEach(async () => {
  for (const queue of queues.splice(0)) execFileSync(lpadmin as string, ['-x', queue]);
  await printer?.close();
  await rig?.close();
  rig = null;
  printer = null;
});

function rawQueue(port: number): string {
  const name = `mostrador_test_${process.pid}_${queues.length}_${Date.now() % 100000}`;
  // CUPS 2.4 warns that raw queues are deprecated; they still work and are what label printers use.
  execFileSync(lpadmin as string, ['-p', name, '-E', '-v', `socket://127.0.0.1:${port}`, '-m', 'raw'], { stdio: 'pipe' });
  queues.push(name);
  return name;
}

describe.skipIf(!lpadmin)('printing through a CUPS queue', () => {
  it('lists the queue, sends the batch raw once, and reprints it with Mercado Libre stopped', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const queue = rawQueue(printer.port);
    const list = await call<PrintersList>(rig.host, 'printers.list');
    const listed = list.printers.find((p) => p.id === `cups:${queue}`);
    expect(listed).toMatchObject({ kind: 'cups', name: queue, state: 'ready', message: null });
    expect(listed?.status).toMatch(/idle|enabled/);

    const ids = readyShipments(rig).slice(0, 4).map((s) => s.id);
    await call(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    const expected = ids.map((id) => keptZpl(rig?.host, DEMO_SELLER_ID, id)).join('');
    await call<Printer>(rig.host, 'printers.setProfile', { printerId: `cups:${queue}`, language: 'zpl', dpi: 203, size: '4x6in' });
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: `cups:${queue}`, shipmentIds: ids });
    const job = await waitForJob(rig.host, jobId);
    expect(job).toMatchObject({ state: 'sent', sent: 4 });
    expect(job.spoolerIds[0]).toMatch(new RegExp(`^${queue}-\\d+$`));
    const [received] = await printer.waitForJobs(1);
    expect(received?.toString('utf8')).toBe(expected);

    await rig.sim.close();
    const again = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId, what: 'all' });
    expect(await waitForJob(rig.host, again.jobId)).toMatchObject({ state: 'sent' });
    const jobs = await printer.waitForJobs(2);
    expect(jobs[1]?.toString('utf8')).toBe(expected);
    // Nothing more arrives: each batch printed exactly once.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(printer.jobs).toHaveLength(2);
    rig.host.close();
    rig = null;
  });

  it("reads a stopped queue's state and CUPS's reason, refuses to leave a job waiting in it, and prints once it runs again", async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const queue = rawQueue(printer.port);
    const disable = ['/usr/sbin/cupsdisable', '/usr/bin/cupsdisable'].find((file) => fs.existsSync(file)) ?? 'cupsdisable';
    const enable = ['/usr/sbin/cupsenable', '/usr/bin/cupsenable'].find((file) => fs.existsSync(file)) ?? 'cupsenable';
    execFileSync(disable, ['-r', 'Sin etiquetas en el rollo', queue]);
    const stopped = (await call<PrintersList>(rig.host, 'printers.list')).printers.find((p) => p.id === `cups:${queue}`);
    expect(stopped).toMatchObject({ state: 'paused', message: 'Sin etiquetas en el rollo' });

    // CUPS would take a job for the stopped queue and hold it: the job fails, naming the pause and its reason.
    const ids = readyShipments(rig).slice(0, 2).map((s) => s.id);
    await call(rig.host, 'labels.fetch', { shipmentIds: ids, format: 'zpl' });
    await call<Printer>(rig.host, 'printers.setProfile', { printerId: `cups:${queue}`, language: 'zpl', dpi: 203, size: '4x6in' });
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: `cups:${queue}`, shipmentIds: ids });
    const failed = await waitForJob(rig.host, jobId);
    expect(failed).toMatchObject({ state: 'failed', sent: 0, failure: { code: 'paused', printer: queue, words: 'Sin etiquetas en el rollo', inFlight: null } });
    const held = execFileSync('lpstat', ['-o', queue], { encoding: 'utf8' });
    expect(held.trim(), 'no job left waiting in the stopped queue').toBe('');

    execFileSync(enable, [queue]);
    const again = (await call<PrintersList>(rig.host, 'printers.list')).printers.find((p) => p.id === `cups:${queue}`);
    expect(again).toMatchObject({ state: 'ready' });
    // Resumed: the resend prints the labels once.
    const resent = await call<{ jobId: number }>(rig.host, 'print.resend', { jobId });
    expect(await waitForJob(rig.host, resent.jobId)).toMatchObject({ state: 'sent', sent: 2 });
    const [received] = await printer.waitForJobs(1);
    expect(received?.toString('utf8')).toBe(ids.map((id) => keptZpl(rig?.host, DEMO_SELLER_ID, id)).join(''));
  });

  it('prints a PDF document through the queue: one page per order, its text present', async () => {
    rig = await labelsRig();
    printer = await startFakePrinter();
    const queue = rawQueue(printer.port);
    const orderIds = (rig.host.db.prepare('SELECT id FROM orders ORDER BY id LIMIT 3').pluck().all() as number[]);
    const doc = await call<DocumentInfo>(rig.host, 'documents.create', { orderIds, kind: 'packing_slip', format: 'pdf', size: '10x15cm', dpi: 300 });
    await call(rig.host, 'printers.setProfile', { printerId: `cups:${queue}`, language: 'pdf', dpi: 300, size: '10x15cm' });
    const { jobId } = await call<{ jobId: number }>(rig.host, 'print.submit', { printerId: `cups:${queue}`, documentId: doc.documentId });
    expect(await waitForJob(rig.host, jobId)).toMatchObject({ state: 'sent' });
    const [pdf] = await printer.waitForJobs(1);
    const file = path.join(tempDir(), 'printed.pdf');
    fs.writeFileSync(file, pdf as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(doc.pages);
    orderIds.forEach((id, index) => expect(pages[index]).toContain(`Remito ${id}`));
  });
});
