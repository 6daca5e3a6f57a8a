// Waiting on print jobs through the local API, and the kept label bytes a printer should receive.
import fs from 'node:fs';
import path from 'node:path';
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

export function keptZpl(dataDir: string, userId: number, shipmentId: number): string {
  return fs.readFileSync(path.join(dataDir, 'labels', String(userId), `${shipmentId}.zpl`), 'utf8');
}
