/**
 * The bulk-edit part of the benchmark: 500 price changes on the synced large store, through the
 * preview, the outbox batch and the worker. Calls per change (the lower bound is one PUT each; the
 * conflict check reads 20 listings per multiget) and wall time against the rate-limit bound.
 */
import type { Host } from '../../electron/host';
import type { BulkBatchStatus, BulkPreview } from '../../shared/listing-edits';

export interface EditBenchResult {
  edit_calls_per_change: number;
  bulk_edit_wall_ratio: number;
}

async function value<T>(host: Host, method: string, input: unknown): Promise<T> {
  const result = await host.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

interface LoggedCall {
  method?: string;
  path: string;
  status?: number;
}

/** What the calls were: PUTs, multigets (the pre-push checks), refused for the pace (429), anything else. */
function breakdown(log: readonly LoggedCall[]): string {
  const puts = log.filter((entry) => entry.method === 'PUT').length;
  const reads = log.filter((entry) => entry.method === 'GET' && (entry.path === '/items' || entry.path === '/items/bulk')).length;
  const limited = log.filter((entry) => entry.status === 429).length;
  return `${puts} PUT, ${reads} multigets, ${limited} answered 429, ${log.length - puts - reads} other`;
}

export async function benchBulkEdit(host: Host, options: { rate: number; apiLog: () => Promise<LoggedCall[]>; clearLog: () => Promise<unknown>; changes?: number }): Promise<EditBenchResult> {
  const changes = options.changes ?? 500;
  const ids = host.db
    .prepare("SELECT id FROM items WHERE status = 'active' AND variation_count = 0 AND coalesce(logistic_type, '') <> 'fulfillment' AND price IS NOT NULL ORDER BY id LIMIT ?")
    .pluck()
    .all(changes) as string[];
  const preview = await value<BulkPreview>(host, 'listings.bulk.preview', { itemIds: ids, change: { kind: 'price_percent', percent: 3 } });
  await options.clearLog();
  const started = performance.now();
  const { batchId, queued } = await value<{ batchId: string; queued: number }>(host, 'listings.bulk.apply', { previewId: preview.previewId });
  for (;;) {
    await host.outbox.worker.idle();
    const status = await value<BulkBatchStatus>(host, 'listings.bulk.status', { batchId });
    if (status.pending === 0) {
      if (status.done !== queued) console.log(`  bulk edit: ${status.done} done, ${status.failed} failed, ${status.conflict} in conflict`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    await host.outbox.worker.kick();
  }
  const wallMs = performance.now() - started;
  const log = await options.apiLog();
  const calls = log.length;
  const boundMs = (calls / options.rate) * 1000;
  console.log(`Bulk edit of ${queued} prices: ${calls} calls (${(calls / queued).toFixed(3)} per change), ${(wallMs / 1000).toFixed(1)} s (${(wallMs / boundMs).toFixed(3)} × the ${(boundMs / 1000).toFixed(1)} s rate-limit bound): ${breakdown(log)}`);
  const round3 = (number: number) => Math.round(number * 1000) / 1000;
  return { edit_calls_per_change: round3(calls / queued), bulk_edit_wall_ratio: round3(wallMs / boundMs) };
}
