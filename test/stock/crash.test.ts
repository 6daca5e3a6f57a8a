// A stock plan applied while the app is killed (SIGKILL) again and again: the outbox checks each
// unclear change before sending it again, so every listing is written exactly once, at its target.
import { afterEach, describe, expect, it } from 'vitest';
import { runOutboxChild } from '../outbox/outbox-child-runner';
import type { ImportPreview, StockPlan } from '../../shared/stock';
import { call, type SimHost } from '../helpers/sim-host';
import { plainItems, syncedRig } from '../outbox/outbox-rig';

const TRIALS = 8;
let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});


describe('stock apply under crashes', () => {
  it(`writes each listing once across ${TRIALS} SIGKILLs while the plan is sent`, async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const all = plainItems(rig);
    const items = all.filter((item) => item.seller_custom_field !== null && all.filter((other) => other.seller_custom_field === item.seller_custom_field).length === 1).slice(0, 20);
    expect(items).toHaveLength(20);
    const wanted = new Map(items.map((item, index) => [item.id, item.available_quantity + 5 + index]));
    const csv = ['sku;on_hand', ...items.map((item) => `${item.seller_custom_field};${wanted.get(item.id)}`)].join('\n');
    const preview = await call<ImportPreview>(rig.host, 'stock.import.preview', { csv });
    await call(rig.host, 'stock.import.apply', { previewId: preview.previewId });
    const plan = await call<StockPlan>(rig.host, 'stock.plan', { skus: items.map((item) => item.seller_custom_field) });
    expect(plan.changes).toHaveLength(20);
    await call(rig.host, 'stock.apply', { planId: plan.planId });
    rig.host.close();

    let killed = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const outcome = await runOutboxChild(rig, 40 + trial * 60, 3);
      if (outcome.killed) killed += 1;
    }
    const last = await runOutboxChild(rig, null, 60);
    expect(last.output).toMatch(/done \{"waiting":0,"conflicts":0,"failed":0\}/);
    expect(killed).toBeGreaterThanOrEqual(TRIALS / 2);
    for (const item of items) {
      expect(item.available_quantity, item.id).toBe(wanted.get(item.id));
      const accepted = rig.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path === `/items/${item.id}` && entry.status === 200).length;
      expect(accepted, item.id).toBe(1);
    }
  }, 120_000);
});
