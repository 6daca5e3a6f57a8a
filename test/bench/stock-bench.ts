/**
 * The stock part of the benchmark: on the synced large store, a CSV import raises the SKUs of 1 000
 * listings by one unit; the plan for those SKUs is timed (`stock_plan_ms`), applied through the outbox,
 * and the PUTs sent are divided by the listings whose quantity had to change (`stock_push_calls_ratio`,
 * 1.0 when a listing's variations go in one PUT).
 */
import type { Host } from '../../electron/host';
import type { ImportPreview, StockPlan } from '../../shared/stock';

export interface StockBenchResult {
  stock_push_calls_ratio: number;
  stock_plan_ms: number;
}

async function value<T>(host: Host, method: string, input: unknown): Promise<T> {
  const result = await host.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export async function benchStock(host: Host, options: { apiLog: () => Promise<Array<{ method?: string; path: string }>>; clearLog: () => Promise<unknown>; listings?: number }): Promise<StockBenchResult> {
  const listings = options.listings ?? 1000;
  const ids = host.db
    .prepare("SELECT id FROM items WHERE status = 'active' AND coalesce(logistic_type, '') <> 'fulfillment' ORDER BY id LIMIT ?")
    .pluck()
    .all(listings) as string[];
  const skuOf = host.db.prepare('SELECT coalesce((SELECT group_concat(sku, char(10)) FROM item_variations WHERE item_id = ? AND sku IS NOT NULL), (SELECT sku FROM items WHERE id = ?))').pluck();
  const skus = [...new Set(ids.flatMap((id) => String(skuOf.get(id, id) ?? '').split('\n').filter((sku) => sku !== '')))];
  const onHand = new Map((await value<{ rows: { sku: string; onHand: number }[] }>(host, 'stock.list', {})).rows.map((row) => [row.sku, row.onHand]));
  const csv = ['sku;on_hand', ...skus.map((sku) => `${sku};${(onHand.get(sku) ?? 0) + 1}`)].join('\n');
  const preview = await value<ImportPreview>(host, 'stock.import.preview', { csv });
  await value(host, 'stock.import.apply', { previewId: preview.previewId });

  const started = performance.now();
  const plan = await value<StockPlan>(host, 'stock.plan', { skus });
  const planMs = performance.now() - started;
  await options.clearLog();
  const { queued } = await value<{ queued: number }>(host, 'stock.apply', { planId: plan.planId });
  for (;;) {
    await host.outbox.worker.idle();
    const counts = await value<{ waiting: number }>(host, 'outbox.counts', {});
    if (counts.waiting === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await host.outbox.worker.kick();
  }
  const puts = (await options.apiLog()).filter((entry) => entry.method === 'PUT' && entry.path.startsWith('/items/')).length;
  console.log(`Stock plan for ${skus.length} SKUs: ${plan.changes.length} changes on ${plan.listings} listings in ${planMs.toFixed(0)} ms; ${queued} queued, ${puts} PUTs (${(puts / plan.listings).toFixed(3)} per listing)`);
  const round3 = (number: number) => Math.round(number * 1000) / 1000;
  return { stock_push_calls_ratio: round3(puts / Math.max(1, plan.listings)), stock_plan_ms: Math.round(planMs) };
}
