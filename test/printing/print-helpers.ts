// Waiting on print jobs through the local API, and the kept label bytes a printer should receive.
import type { Host } from '../../electron/host';
import type { PrintJob } from '../../shared/printing';
import { call } from '../helpers/sim-host';

export async function waitForJob(host: Host, jobId: number, states: PrintJob['state'][] = ['sent', 'failed', 'cancelled'], timeoutMs = 20_000): Promise<PrintJob> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = (await call<PrintJob[]>(host, 'print.jobs')).find((j) => j.id === jobId);
    if (job && states.includes(job.state)) return job;
    if (Date.now() > until) throw new Error(`job ${jobId} is still ${job?.state ?? 'missing'}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A kept label's bytes as saved in the database (what a reprint sends). */
export function keptBytes(host: Host | undefined, userId: number, shipmentId: number, format: 'zpl' | 'pdf'): Buffer {
  const bytes = host?.db.prepare('SELECT bytes FROM label_bytes WHERE user_id = ? AND shipment_id = ? AND format = ?').pluck().get(userId, shipmentId, format) as Buffer | undefined;
  if (!bytes) throw new Error(`no ${format} label is kept for shipment ${shipmentId}`);
  return bytes;
}

export function keptZpl(host: Host | undefined, userId: number, shipmentId: number): string {
  return keptBytes(host, userId, shipmentId, 'zpl').toString('utf8');
}
