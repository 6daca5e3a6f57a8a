// Exactly once under crashes and faults: the app is killed (SIGKILL) at seeded random moments while the
// outbox sends 60 price edits (two per listing), again and again, then allowed to finish; and separately 20 % of answers
// are 429, 5xx or dropped connections. Every change must reach the simulator once: each listing ends
// at its last price with exactly one accepted PUT per edit, and nothing is lost.
import { afterEach, describe, expect, it } from 'vitest';
import { runOutboxChild, seededRandom } from './outbox-child-runner';
import type { OutboxEntry } from '../../shared/outbox';
import { call, type SimHost } from '../helpers/sim-host';
import { plainItems, syncedRig } from './outbox-rig';

const TRIALS = 20;
const EDITS = 30;
let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});


function acceptedPuts(target: SimHost, itemId: string): number {
  return target.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path === `/items/${itemId}` && entry.status === 200).length;
}

describe('outbox under crashes and faults', () => {
  it(`applies ${EDITS * 2} edits exactly once across ${TRIALS} SIGKILLs while sending`, async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const items = plainItems(rig).slice(0, EDITS);
    expect(items).toHaveLength(EDITS);
    // Two edits per listing, the second queued before the first is sent: both apply, in order.
    const first = new Map(items.map((item, index) => [item.id, Math.round(item.price) + 7 + index]));
    const wanted = new Map(items.map((item, index) => [item.id, Math.round(item.price) + 500 + index]));
    for (const prices of [first, wanted]) {
      for (const item of items) await call(rig.host, 'listings.edit', { itemId: item.id, changes: { price: prices.get(item.id) } });
    }
    rig.host.close();

    const random = seededRandom(20261201);
    let killed = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      // A slow budget, so each run is killed in the middle of sending.
      const outcome = await runOutboxChild(rig, 30 + Math.floor(random() * 300), 3);
      if (outcome.killed) killed += 1;
    }
    const last = await runOutboxChild(rig, null, 60);
    expect(last.output).toMatch(/done \{"waiting":0,"conflicts":0,"failed":0\}/);
    expect(killed).toBeGreaterThanOrEqual(TRIALS / 2);
    for (const item of items) {
      expect(item.price, item.id).toBe(wanted.get(item.id));
      expect(acceptedPuts(rig, item.id), item.id).toBe(2);
    }
  }, 120_000);

  it('ends with every edit applied once when 20 % of answers are 429, 5xx or dropped', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const items = plainItems(rig).slice(0, 25);
    const wanted = new Map(items.map((item, index) => [item.id, Math.round(item.price) + 3 + index]));
    for (const item of items) await call(rig.host, 'listings.edit', { itemId: item.id, changes: { price: wanted.get(item.id) } });
    await rig.sim.admin('/__sim/config', { method: 'PUT', body: { faults: { serverErrorRate: 0.1, dropRate: 0.05 } } });
    await rig.sim.admin('/__sim/faults/next', { method: 'POST', body: { rate_limited: 5, server_error: 3 } });
    rig.host.outbox.worker.start();
    for (let round = 0; round < 200; round += 1) {
      await rig.host.outbox.worker.idle();
      if ((await call<{ waiting: number }>(rig.host, 'outbox.counts')).waiting === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
      await rig.host.outbox.worker.kick();
    }
    await rig.sim.admin('/__sim/config', { method: 'PUT', body: { faults: { serverErrorRate: 0, dropRate: 0 } } });
    const entries = await call<OutboxEntry[]>(rig.host, 'outbox.list', {});
    expect(entries.map((entry) => entry.state)).toEqual(entries.map(() => 'done'));
    const failedAnswers = rig.sim.state.log.filter((entry) => entry.status >= 429 || entry.status === 0).length;
    expect(failedAnswers).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.price, item.id).toBe(wanted.get(item.id));
      expect(acceptedPuts(rig, item.id), item.id).toBe(1);
    }
  }, 60_000);
});
