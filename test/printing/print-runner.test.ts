// How a job that downloads its labels goes to the printer, batch by batch: the first batch prints as
// soon as it is here; batches that came back before an earlier one wait for it and then go with it in
// one connection (up to 200 labels), always in the order of the selection. Real job rows (SQLite), the
// real label waits and a real loopback printer; the "downloads" are settled by the test, batch by batch.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase, progressTransaction } from '../../electron/db/database';
import { createJobStore } from '../../electron/printing/job-store';
import { createLabelWaits } from '../../electron/printing/label-waits';
import { createPrintRunner } from '../../electron/printing/print-runner';
import type { PrintItem, PrintJob, Printer } from '../../shared/printing';
import { startFakePrinter, type FakePrinter } from './fake-printer';

let dir: string | null = null;
let db: Database | null = null;
let printer: FakePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  db?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
  db = null;
  printer = null;
});

const zplOf = (shipmentId: number) => `^XA^FO50,50^FD${shipmentId}^FS^XZ\n`;
const labelsIn = (received: Buffer) => [...received.toString('utf8').matchAll(/\^FD(\d+)\^FS/g)].map((match) => Number(match[1]));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

async function setup(count: number) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-runner-'));
  db = openDatabase(path.join(dir, 'mostrador.sqlite'));
  const current = db;
  printer = await startFakePrinter();
  const target: Printer = {
    id: 'tcp:1',
    kind: 'tcp',
    name: 'Zebra',
    host: '127.0.0.1',
    port: printer.port,
    status: null,
    state: null,
    message: null,
    profile: { language: 'zpl', dpi: 203, size: '4x6in', darkness: null, offsetX: 0, offsetY: 0 },
  };
  const jobs = createJobStore(current);
  const waits = createLabelWaits();
  const changes: PrintJob[] = [];
  const runner = createPrintRunner({
    jobs,
    printer: () => target,
    payloads: (items) => items.map((item) => ({ bytes: Buffer.from(item.kind === 'label' ? zplOf(item.shipmentId) : '') })),
    ready: (jobId, item) => waits.wait(jobId, item),
    here: (jobId, item) => waits.here(jobId, item),
    changed: (job) => changes.push(job),
    saveProgress: (work) => progressTransaction(current, work),
    log: () => undefined,
  });
  const ids = range(1, count);
  const items: PrintItem[] = ids.map((shipmentId) => ({ kind: 'label', userId: 1, shipmentId, format: 'zpl' }));
  const downloads = waits.create(ids);
  const job = jobs.create(target.id, items, 1);
  downloads.attach(job.id);
  const done = runner.enqueue(job.id);
  /** A batch's labels are here (kept), or refused with a reason. */
  const arrive = (shipmentIds: number[], refused: number[] = []) => {
    for (const shipmentId of shipmentIds) {
      downloads.settle(refused.includes(shipmentId) ? { shipmentId, ok: false, code: 'not_printable', message: 'Delivered already.' } : { shipmentId, ok: true, source: 'mercadolibre' });
    }
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
  return { arrive, settle, done, printer, jobId: job.id, jobs, changes };
}

describe('a job printing as its labels arrive', () => {
  it('prints each batch as soon as it is here when the batches come back in order', async () => {
    const { arrive, settle, done, printer: fake, jobId, jobs } = await setup(150);
    await settle();
    expect(fake.jobs).toHaveLength(0);
    arrive(range(1, 50));
    await fake.waitForJobs(1);
    arrive(range(51, 100));
    await fake.waitForJobs(2);
    arrive(range(101, 150));
    await done;
    expect(fake.jobs.map(labelsIn)).toEqual([range(1, 50), range(51, 100), range(101, 150)]);
    expect(jobs.get(jobId)).toMatchObject({ state: 'sent', sent: 150 });
  });

  it('holds batches that came back early until the first is here, then sends them together in order', async () => {
    const { arrive, settle, done, printer: fake, jobId, jobs, changes } = await setup(150);
    arrive(range(101, 150));
    arrive(range(51, 100));
    await settle();
    // Nothing goes before the first batch: the order of output is the order of the selection.
    expect(fake.jobs).toHaveLength(0);
    arrive(range(1, 50));
    await done;
    expect(fake.jobs.map(labelsIn)).toEqual([range(1, 150)]);
    expect(jobs.get(jobId)).toMatchObject({ state: 'sent', sent: 150 });
    // One save for the one connection (it also ends the job).
    expect(changes.filter((job) => job.sent > 0).map((job) => [job.state, job.sent])).toEqual([['sent', 150]]);
  });

  it('stops joining at a batch that is still on its way, and at one with a refused label', async () => {
    const { arrive, done, printer: fake, jobId, jobs } = await setup(200);
    // Batch 3 (151–200) is here; batch 2 (101–150) has a refused label; batch 1 (51–100) is late.
    arrive(range(151, 200));
    arrive(range(101, 150), [120]);
    arrive(range(1, 50));
    await fake.waitForJobs(1);
    expect(fake.jobs.map(labelsIn)).toEqual([range(1, 50)]);
    arrive(range(51, 100));
    await done;
    // The refused label leaves the job with its reason; what follows it still goes, in order.
    const rest = range(51, 200).filter((id) => id !== 120);
    expect(fake.jobs.map(labelsIn)).toEqual([range(1, 50), rest.slice(0, 50), rest.slice(50)]);
    expect(jobs.get(jobId)).toMatchObject({ state: 'sent', sent: 199, total: 199, skipped: [{ shipmentId: 120, code: 'not_printable' }] });
  });

  it('never puts more than 200 labels in one connection', async () => {
    const { arrive, done, printer: fake } = await setup(450);
    arrive(range(51, 450));
    arrive(range(1, 50));
    await done;
    expect(fake.jobs.map((received) => labelsIn(received).length)).toEqual([200, 200, 50]);
    expect(fake.jobs.flatMap(labelsIn)).toEqual(range(1, 450));
  });
});
