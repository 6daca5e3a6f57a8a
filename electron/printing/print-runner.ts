/**
 * Sends print jobs one at a time, in the order they were submitted, each in the order of its items.
 * What reached the printer or spooler is counted exactly, so a resend starts right after it and
 * nothing prints twice unless the seller asks for everything again (only a crash can lose the last
 * tenth of a second of that count; the interrupted job then says how far it got). A network
 * printer gets one connection per label (a drop costs at most that label); CUPS gets raw ZPL in parts
 * of up to 25 labels per queued job, PDFs one per job.
 */
import type { PrintItem, PrintJob, Printer } from '../../shared/printing';
import { cupsSubmit } from './cups';
import type { JobStore } from './job-store';
import { sendRaw } from './tcp-printer';
import { windowsRawPrint } from './windows-spooler';

export interface Payload {
  bytes: Uint8Array;
  /** Labels and documents marked printed once sent. */
  done?: () => void;
}

export interface RunnerDeps {
  jobs: JobStore;
  printer(id: string): Printer;
  /** The bytes of one item as this printer takes them (its language, its profile applied). */
  payload(item: PrintItem, printer: Printer): Payload;
  changed(job: PrintJob): void;
  /** Runs saves together in one database transaction. */
  transaction<T>(work: () => T): T;
  log(line: string): void;
}

const CUPS_ZPL_PART = 25;
const COMMIT_EVERY_MS = 100;

async function deliver(printer: Printer, bytes: Uint8Array, title: string): Promise<string | null> {
  if (printer.kind === 'tcp') {
    await sendRaw(printer.host ?? '', printer.port ?? 9100, bytes);
    return null;
  }
  if (printer.kind === 'windows') return windowsRawPrint(printer.name, bytes, title);
  return cupsSubmit(printer.name, bytes, { raw: printer.profile.language === 'zpl', title });
}

export function createPrintRunner(deps: RunnerDeps) {
  const cancelled = new Set<number>();
  let stopping = false;
  let chain: Promise<void> = Promise.resolve();

  async function run(jobId: number): Promise<void> {
    if (stopping) return;
    let job = deps.jobs.get(jobId);
    if (job.state !== 'queued') return;
    const printer = deps.printer(job.printerId);
    job = deps.jobs.update(jobId, { state: 'sending', error: null });
    deps.changed(job);
    // Every unit is one item's copy, in order; the job's `sent` counts units.
    const units = job.items.flatMap((item) => Array.from({ length: job.copies }, () => item));
    const part = printer.kind === 'cups' && printer.profile.language === 'zpl' ? CUPS_ZPL_PART : 1;

    // Progress is known exactly in memory and saved in one transaction at most every COMMIT_EVERY_MS
    // (each commit is a disk sync), and always before the job ends, fails or is cancelled.
    let confirmed = job.sent;
    let done: Payload[] = [];
    let spoolerIds: string[] = [];
    let lastCommit = Date.now();
    const commit = (final?: { state: PrintJob['state']; error?: string }) => {
      const saved = deps.transaction(() => {
        for (const payload of done) payload.done?.();
        let updated = deps.jobs.update(jobId, { sent: confirmed, ...(final ? { state: final.state } : {}), ...(final?.error ? { error: final.error } : {}) });
        for (const spoolerId of spoolerIds) updated = deps.jobs.update(jobId, { spoolerId });
        return updated;
      });
      done = [];
      spoolerIds = [];
      lastCommit = Date.now();
      deps.changed(saved);
    };

    for (let start = job.sent; start < units.length; start += part) {
      if (stopping) return commit();
      if (cancelled.has(jobId)) {
        cancelled.delete(jobId);
        return commit({ state: 'cancelled' });
      }
      const slice = units.slice(start, start + part);
      try {
        const payloads = slice.map((item) => deps.payload(item, printer));
        const bytes = Buffer.concat(payloads.map((p) => Buffer.from(p.bytes)));
        const spoolerId = await deliver(printer, bytes, `Mostrador job ${jobId}`);
        confirmed = start + slice.length;
        done.push(...payloads);
        if (spoolerId) spoolerIds.push(spoolerId);
      } catch (error) {
        const words = error instanceof Error ? error.message : String(error);
        return commit({ state: 'failed', error: `${words} — ${start} of ${units.length} sent.` });
      }
      if (Date.now() - lastCommit >= COMMIT_EVERY_MS) commit();
    }
    cancelled.delete(jobId);
    commit({ state: 'sent' });
  }

  return {
    enqueue(jobId: number): Promise<void> {
      // A job that breaks (the database closed under it at shutdown) must not stop the ones after it.
      chain = chain.then(() => run(jobId)).catch((error: unknown) => deps.log(`print job ${jobId}: ${error instanceof Error ? error.message : String(error)}`));
      return chain;
    },
    /** Queued jobs stop before their first part; a sending one after the part in flight. */
    cancel(jobId: number): PrintJob {
      const job = deps.jobs.get(jobId);
      if (job.state === 'queued') {
        const updated = deps.jobs.update(jobId, { state: 'cancelled' });
        deps.changed(updated);
        return updated;
      }
      if (job.state === 'sending') cancelled.add(jobId);
      return job;
    },
    stopAll(): void {
      stopping = true;
    },
    idle(): Promise<void> {
      return chain;
    },
  };
}
export type PrintRunner = ReturnType<typeof createPrintRunner>;
