/**
 * Sends print jobs one at a time, in the order they were submitted, each in the order of its items.
 * ZPL goes in parts of up to 50 labels (a Mercado Libre batch), concatenated in order: one
 * connection to a network printer, one CUPS or Windows job per part — or per run of parts, when the
 * parts after the one about to go are already here too (labels kept before, or batches that came
 * back out of order): they go together, up to 200 labels, instead of one connection or spooler job
 * each. PDFs go one per job. What reached the printer or spooler is counted by what went together,
 * so a resend starts right after the last delivery confirmed and nothing confirmed prints twice
 * unless the seller asks for everything again (one the printer dropped half-way is not counted: the
 * failure says which labels were in it).
 * A job that fetches its labels waits, before each part, only for that part's labels: the first part
 * prints while the next batches are still being downloaded. A label that could not be fetched
 * leaves the job with its reason; the rest still prints.
 */
import type { PrintFailure, PrintItem, PrintJob, Printer, PrintSkip } from '../../shared/printing';
import { assertCupsQueueRunning, CupsQueuePausedError, cupsSubmit } from './cups';
import type { JobStore } from './job-store';
import { CommandError } from './run-command';
import { sendRaw, TcpPrintError } from './tcp-printer';
import { windowsRawPrint } from './windows-spooler';

export interface Payload {
  bytes: Uint8Array;
  /** Labels and documents marked printed once sent. */
  done?: () => void;
}

export interface RunnerDeps {
  jobs: JobStore;
  printer(id: string): Printer;
  /** The bytes of a part's items, in order, as this printer takes them (its language, its profile applied). */
  payloads(items: PrintItem[], printer: Printer, jobId: number): Payload[];
  /** For a job still fetching its labels: settles once this item's label is kept (null) or refused. */
  ready?(jobId: number, item: PrintItem): Promise<PrintSkip | null> | null;
  /** Whether this item can print right now (its label kept); without it, everything can. */
  here?(jobId: number, item: PrintItem): boolean;
  changed(job: PrintJob): void;
  /**
   * Runs a part's saves together in one database transaction, kept against a crash (a power cut may
   * take the count back to the last synced one: a resend then prints that part again).
   */
  saveProgress<T>(work: () => T): T;
  log(line: string): void;
}

/** Labels a job waits for together: one Mercado Libre batch. */
export const ZPL_PART = 50;
/**
 * Most labels in one connection or spooler job: parts already here go together (a spooler job costs
 * a process, and on Windows a PowerShell start; a connection, a few event-loop turns), and a
 * connection the printer drops leaves at most this many in doubt.
 */
export const ZPL_DELIVERY_MAX = 200;

async function deliver(printer: Printer, bytes: Uint8Array, title: string): Promise<string | null> {
  if (printer.kind === 'tcp') {
    await sendRaw(printer.host ?? '', printer.port ?? 9100, bytes);
    return null;
  }
  if (printer.kind === 'windows') return windowsRawPrint(printer.name, bytes, title);
  await assertCupsQueueRunning(printer.name);
  return cupsSubmit(printer.name, bytes, { raw: printer.profile.language === 'zpl', title });
}

const TCP_FAILURES: Record<string, PrintFailure['code']> = { ECONNREFUSED: 'refused', ECONNRESET: 'dropped', EPIPE: 'dropped', ETIMEDOUT: 'timeout' };

/** What went wrong, for the screens to say in the seller's language; the words stay the printer's own. */
function failureOf(error: unknown, printer: Printer): Omit<PrintFailure, 'inFlight'> {
  // A network printer says nothing of its own: it is named as the seller named it, with its address
  // (the system's code stays in the job's `error`).
  if (error instanceof TcpPrintError) return { code: TCP_FAILURES[error.code] ?? 'unreachable', printer: `${printer.name} (${error.where})`, words: null };
  if (error instanceof CupsQueuePausedError) return { code: 'paused', printer: printer.name, words: error.reason };
  if (error instanceof CommandError) return { code: 'spooler', printer: printer.name, words: (error.stderr.trim() || error.message).slice(0, 500) };
  return { code: 'internal', printer: printer.name, words: error instanceof Error ? error.message : String(error) };
}

/** Every unit is one item's copy, in order; the job's `sent` counts units. */
function unitsOf(job: PrintJob): PrintItem[] {
  return job.items.flatMap((item) => Array.from({ length: job.copies }, () => item));
}

function shipmentsIn(units: PrintItem[]): string {
  const ids = [...new Set(units.flatMap((unit) => (unit.kind === 'label' ? [unit.shipmentId] : [])))];
  return ids.length === 0 ? '' : ` (shipments ${ids.length > 6 ? `${ids.slice(0, 3).join(', ')} … ${ids.slice(-2).join(', ')}` : ids.join(', ')})`;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createPrintRunner(deps: RunnerDeps) {
  const cancelled = new Set<number>();
  let stopping = false;
  let chain: Promise<void> = Promise.resolve();

  /** Labels of these units not fetched (yet): waits for them; answers those refused. */
  async function refusedIn(jobId: number, units: PrintItem[]): Promise<PrintSkip[]> {
    const waits = units.map((unit) => deps.ready?.(jobId, unit) ?? null).filter((wait) => wait !== null);
    if (waits.length === 0) return [];
    const settled = await Promise.all(waits);
    const refused = new Map<number, PrintSkip>();
    for (const skip of settled) if (skip) refused.set(skip.shipmentId, skip);
    return [...refused.values()];
  }

  async function run(jobId: number): Promise<void> {
    if (stopping) return;
    let job = deps.jobs.get(jobId);
    if (job.state !== 'queued') return;
    const printer = deps.printer(job.printerId);
    job = deps.jobs.update(jobId, { state: 'sending', error: null });
    deps.changed(job);
    const part = printer.profile.language === 'zpl' ? ZPL_PART : 1;

    // Each confirmed part is saved in one transaction (the count, the spooler's id, labels marked printed).
    const commit = (sent: number, payloads: Payload[], spoolerId: string | null, final?: { state: PrintJob['state']; error?: string; failure?: PrintFailure }) => {
      const saved = deps.saveProgress(() => {
        for (const payload of payloads) payload.done?.();
        return deps.jobs.update(jobId, { sent, ...(spoolerId ? { spoolerId } : {}), ...(final ? { state: final.state } : {}), ...(final?.error ? { error: final.error, failure: final.failure ?? null } : {}) });
      });
      deps.changed(saved);
      return saved;
    };

    for (;;) {
      const units = unitsOf(job);
      const start = job.sent;
      if (start >= units.length) break;
      if (stopping) return;
      if (cancelled.has(jobId)) {
        cancelled.delete(jobId);
        commit(start, [], null, { state: 'cancelled' });
        return;
      }
      const first = units.slice(start, start + part);
      const refused = await refusedIn(jobId, first);
      if (refused.length > 0) {
        job = deps.jobs.skip(jobId, refused);
        deps.changed(job);
        continue;
      }
      // The parts after it whose labels are all here already go with it (a refused one waits for its turn).
      let end = start + first.length;
      while (part > 1 && end < units.length && end - start < ZPL_DELIVERY_MAX) {
        const next = units.slice(end, Math.min(end + part, start + ZPL_DELIVERY_MAX));
        if (!next.every((unit) => deps.here?.(jobId, unit) ?? true)) break;
        end += next.length;
      }
      const slice = units.slice(start, end);
      try {
        const payloads = deps.payloads(slice, printer, jobId);
        const spoolerId = await deliver(printer, Buffer.concat(payloads.map((p) => Buffer.from(p.bytes))), `Mostrador job ${jobId}`);
        const sent = start + slice.length;
        // The last part's save also ends the job: one transaction, not two.
        const last = sent >= units.length;
        job = commit(sent, payloads, spoolerId, last ? { state: 'sent' } : undefined);
        if (last) {
          cancelled.delete(jobId);
          return;
        }
      } catch (error) {
        const words = error instanceof Error ? error.message : String(error);
        const inFlight = slice.length > 1 ? ` Labels ${start + 1}–${start + slice.length}${shipmentsIn(slice)} were in that part and count as not sent.` : '';
        const shipmentIds = [...new Set(slice.flatMap((unit) => (unit.kind === 'label' ? [unit.shipmentId] : [])))];
        const described = failureOf(error, printer);
        // Only a connection that was open can have printed part of what was on it.
        const mayHavePrinted = described.code === 'dropped' || described.code === 'timeout' || described.code === 'internal';
        const failure: PrintFailure = { ...described, inFlight: mayHavePrinted && slice.length > 1 ? { from: start + 1, to: start + slice.length, shipmentIds } : null };
        commit(start, [], null, { state: 'failed', error: `${words} — ${start} of ${units.length} sent.${inFlight}`, failure });
        return;
      }
    }
    cancelled.delete(jobId);
    commit(job.sent, [], null, { state: 'sent' });
  }

  return {
    enqueue(jobId: number): Promise<void> {
      // A job that breaks (the database closed under it at shutdown) must not stop the ones after it.
      // A tick first: a job that downloads its labels lets those calls leave before its bookkeeping.
      chain = chain.then(nextTick).then(() => run(jobId)).catch((error: unknown) => deps.log(`print job ${jobId}: ${error instanceof Error ? error.message : String(error)}`));
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
