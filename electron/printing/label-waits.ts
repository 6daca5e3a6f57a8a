/**
 * Print jobs that fetch their own labels: for each such job, one promise per shipment that settles
 * when its label is kept (null) or refused (the reason). The runner waits on them part by part.
 */
import type { LabelFetchResult } from '../../shared/labels';
import type { PrintItem, PrintSkip } from '../../shared/printing';

interface Wait {
  promise: Promise<PrintSkip | null>;
  resolve(skip: PrintSkip | null): void;
  /** What it settled with: undefined while waiting, null once the label is kept. */
  outcome: PrintSkip | null | undefined;
  /** The label as just downloaded (and kept): its part prints it without reading it back. */
  bytes?: Uint8Array | undefined;
}

function deferred(): Wait {
  let done: (skip: PrintSkip | null) => void = () => undefined;
  const promise = new Promise<PrintSkip | null>((resolve) => {
    done = resolve;
  });
  const wait: Wait = {
    promise,
    outcome: undefined,
    resolve: (skip) => {
      if (wait.outcome === undefined) wait.outcome = skip;
      done(skip);
    },
  };
  return wait;
}

/** One job's waits, made before the job's row so its downloads can leave first. */
export interface WaitSet {
  settle(result: LabelFetchResult, bytes?: Uint8Array): void;
  /** The fetch ended (or broke): any shipment with no answer yet is refused with this reason. */
  finish(reason: { code: string; message: string }): void;
}

export function createLabelWaits() {
  const jobs = new Map<number, Map<number, Wait>>();
  return {
    /** Starts waiting for these shipments' labels; `attach` gives the waits to their job. */
    create(shipmentIds: number[]): WaitSet & { attach(jobId: number): void } {
      const waits = new Map(shipmentIds.map((id) => [id, deferred()]));
      return {
        attach: (jobId) => jobs.set(jobId, waits),
        settle: (result, bytes) => {
          const wait = waits.get(result.shipmentId);
          if (!wait) return;
          if (result.ok) wait.bytes = bytes;
          wait.resolve(result.ok ? null : { shipmentId: result.shipmentId, code: result.code, message: result.message });
        },
        finish: (reason) => {
          for (const [shipmentId, wait] of waits) wait.resolve({ shipmentId, ...reason });
        },
      };
    },
    /** True when this item can print now: its label is kept (or was never this job's to fetch). */
    here(jobId: number, item: PrintItem): boolean {
      if (item.kind !== 'label') return true;
      const wait = jobs.get(jobId)?.get(item.shipmentId);
      return !wait || wait.outcome === null;
    },
    wait(jobId: number, item: PrintItem): Promise<PrintSkip | null> | null {
      return item.kind === 'label' ? (jobs.get(jobId)?.get(item.shipmentId)?.promise ?? null) : null;
    },
    /** The bytes this job just downloaded for a shipment, handed over once (a later copy reads the kept one). */
    take(jobId: number, shipmentId: number): Uint8Array | undefined {
      const wait = jobs.get(jobId)?.get(shipmentId);
      const bytes = wait?.bytes;
      if (wait) wait.bytes = undefined;
      return bytes;
    },
    /** The job is over: nothing waits any more. */
    close(jobId: number): void {
      jobs.delete(jobId);
    },
  };
}
