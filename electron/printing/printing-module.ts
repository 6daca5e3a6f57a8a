/** Printers, profiles and print jobs: kept labels and documents go to CUPS, the Windows spooler or a network printer. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { holdCheckpoints, progressTransaction } from '../db/database';
import type { PrintItem } from '../../shared/printing';
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';
import type { LabelsModule } from '../labels/labels-module';
import type { ShipmentFacts } from '../labels/label-fetcher';
import { createJobStore } from './job-store';
import { createLabelWaits } from './label-waits';
import { createPayloads, testPdf } from './payloads';
import { createPrintRunner, type PrintRunner } from './print-runner';
import { createPrinterStore } from './printer-store';

export interface PrintingModule extends AppModule {
  runner: PrintRunner;
}

export function createPrintingModule(deps: { db: Database; events: EventBus; labels: LabelsModule; log: (line: string) => void }): PrintingModule {
  const printers = createPrinterStore(deps.db);
  const jobs = createJobStore(deps.db);
  const pdfTests = new Map<string, Uint8Array>();
  const payloads = createPayloads(deps.labels, pdfTests);
  const waits = createLabelWaits();
  const runner = createPrintRunner({
    jobs,
    printer: (id) => printers.get(id),
    payloads: (items, printer, jobId) => payloads.payloads(items, printer, (item) => waits.take(jobId, item.shipmentId)),
    ready: (jobId, item) => waits.wait(jobId, item),
    here: (jobId, item) => waits.here(jobId, item),
    changed: (job) => {
      if (job.state !== 'queued' && job.state !== 'sending') waits.close(job.id);
      deps.events.emit('print.changed', { job });
    },
    saveProgress: (work) => progressTransaction(deps.db, work),
    log: deps.log,
  });

  /** A label item per shipment, its account from the selection's facts (read once for the whole job). */
  const labelItems = (shipmentIds: number[], format: 'pdf' | 'zpl', facts: Map<number, ShipmentFacts>): PrintItem[] =>
    shipmentIds.map((shipmentId) => {
      const userId = facts.get(shipmentId)?.user_id ?? deps.labels.store.findByShipment(shipmentId)?.user_id ?? 0;
      // A shipment with no copy still becomes an item, so check() can name it.
      return { kind: 'label', userId, shipmentId, format };
    });

  /**
   * Downloads the labels not kept yet; each part of the job will start once its labels are here.
   * `facts`: what print.submit read of its selection (a resend's items are read here).
   */
  const fetchFor = (items: PrintItem[], format: 'pdf' | 'zpl', known: Map<number, ShipmentFacts> | null) => {
    const labels = items.flatMap((item) => (item.kind === 'label' ? [item] : []));
    const facts = known ?? deps.labels.facts([...new Set(labels.map((item) => item.shipmentId))], format);
    // A label is kept when the cache's account has it; one the cache no longer holds is asked by its own account.
    const unknown = labels.filter((item) => facts.get(item.shipmentId)?.user_id !== item.userId);
    const keptElsewhere = unknown.length > 0 ? deps.labels.store.keptKeys(format, unknown) : new Set<string>();
    const isKept = (item: (typeof labels)[number]) =>
      facts.get(item.shipmentId)?.user_id === item.userId ? facts.get(item.shipmentId)?.kept === 1 : keptElsewhere.has(deps.labels.store.key(item.userId, item.shipmentId));
    const missing = [...new Set(labels.flatMap((item) => (isKept(item) ? [] : [item.shipmentId])))];
    if (missing.length === 0) return null;
    const set = waits.create(missing);
    deps.labels
      .fetch({ shipmentIds: missing, format }, (result, bytes) => set.settle(result, bytes), facts)
      .catch((error: unknown) => deps.log(`print job: fetching labels failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => set.finish({ code: 'internal', message: 'The label could not be fetched.' }));
    return set;
  };

  const submit = async (
    printerId: string,
    items: PrintItem[],
    copies: number,
    options: { resendOf?: number; fetchMissing?: boolean; facts?: Map<number, ShipmentFacts> } = {},
  ) => {
    const printer = printers.get(printerId);
    const fetching = options.fetchMissing === true;
    payloads.check(items, printer, fetching);
    // The downloads leave first (a tick lets their requests go); the job's row is saved while they
    // are on the way, before the seller hears back. An answer that came before `attach` is not lost:
    // the waits are made first and only handed to the job then.
    // From here to the job's end no commit pays for a checkpoint (the job's own ones least of all).
    const release = holdCheckpoints(deps.db);
    try {
      const downloads = fetching ? fetchFor(items, printer.profile.language, options.facts ?? null) : null;
      if (downloads) await new Promise((resolve) => setImmediate(resolve));
      const job = jobs.create(printer.id, items, copies, options.resendOf ?? null);
      downloads?.attach(job.id);
      deps.events.emit('print.changed', { job });
      void runner.enqueue(job.id).finally(release);
      return { jobId: job.id };
    } catch (error) {
      release();
      throw error;
    }
  };

  return {
    name: 'printing',
    runner,
    handlers: {
      'printers.list': () => printers.list(),
      'printers.add': (input) => printers.addTcp(input),
      'printers.setProfile': (input) => printers.setProfile(input),
      'printers.test': async ({ printerId }) => {
        const printer = printers.get(printerId);
        if (printer.profile.language === 'pdf') pdfTests.set(printer.id, await testPdf(printer));
        return submit(printer.id, [{ kind: 'test' }], 1);
      },
      'print.submit': (input) => {
        const printer = printers.get(input.printerId);
        if (input.documentId) return submit(printer.id, [{ kind: 'document', id: input.documentId }], input.copies);
        const shipmentIds = input.shipmentIds ?? [];
        const facts = deps.labels.facts([...new Set(shipmentIds)], printer.profile.language);
        return submit(printer.id, labelItems(shipmentIds, printer.profile.language, facts), input.copies, { fetchMissing: input.fetchMissing === true, facts });
      },
      'print.jobs': () => jobs.list(),
      'print.resend': ({ jobId, what }) => {
        const job = jobs.get(jobId);
        if (job.state === 'queued' || job.state === 'sending') throw new AppError('conflict', 'That job is still being sent.', { jobId });
        // `sent` counts item copies; the unsent part starts at the first item not fully sent.
        // Labels of a job stopped while fetching are fetched again; kept ones cost no call (offline too).
        const again = { resendOf: job.id, fetchMissing: true };
        if (what === 'all') return submit(job.printerId, job.items, job.copies, again);
        // `sent` counts item copies: the rest goes again one copy per unit, so no copy prints twice.
        const units = job.items.flatMap((item) => Array.from({ length: job.copies }, () => item));
        const rest = units.slice(job.sent);
        if (rest.length === 0) throw new AppError('conflict', 'Everything in that job already reached the printer. Ask for all of it to print it again.', { jobId });
        return submit(job.printerId, rest, 1, again);
      },
      'print.cancel': ({ jobId }) => runner.cancel(jobId),
    },
    start() {
      for (const job of jobs.interrupted()) {
        jobs.update(job.id, {
          state: 'failed',
          error: `Mostrador stopped before this job was finished — ${job.sent} of ${job.total} sent.`,
          failure: { code: 'stopped', printer: null, words: null, inFlight: null },
        });
      }
    },
    stop() {
      // The part in flight finishes; the rest waits for a resend (the next start reports the job).
      runner.stopAll();
    },
  };
}
