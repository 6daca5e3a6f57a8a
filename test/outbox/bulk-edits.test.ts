// Bulk edits: a preview says what will change (and what is left out, and why) before anything is
// queued; applying queues one batch that the outbox sends; the batch can be stopped or undone whole.
import { afterEach, describe, expect, it } from 'vitest';
import { roundForSite } from '../../electron/listings/bulk-edits';
import type { BulkBatchStatus, BulkPreview } from '../../shared/listing-edits';
import { call, type SimHost } from '../helpers/sim-host';
import { plainItems, putsTo, sellerItems, syncedRig } from './outbox-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function settle(target: SimHost): Promise<void> {
  for (let round = 0; round < 100; round += 1) {
    await target.host.outbox.worker.idle();
    if ((await call<{ waiting: number }>(target.host, 'outbox.counts')).waiting === 0) return;
    await target.host.outbox.worker.kick();
  }
}

describe('bulk edits', () => {
  it('previews +10 % on the selection, queues nothing, then applies, reports progress and undoes whole', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const items = plainItems(rig).slice(0, 20);
    const original = new Map(items.map((item) => [item.id, item.price]));
    const preview = await call<BulkPreview>(rig.host, 'listings.bulk.preview', { itemIds: items.map((item) => item.id), change: { kind: 'price_percent', percent: 10 } });
    expect(preview.rows).toHaveLength(20);
    expect(preview.changing).toBe(20);
    for (const row of preview.rows) expect(row.after).toBe(roundForSite((original.get(row.itemId) ?? 0) * 1.1, row.currencyId));
    expect(await call(rig.host, 'outbox.list', {})).toEqual([]);

    const { batchId, queued } = await call<{ batchId: string; queued: number }>(rig.host, 'listings.bulk.apply', { previewId: preview.previewId });
    expect(queued).toBe(20);
    expect(await call<BulkBatchStatus>(rig.host, 'listings.bulk.status', { batchId })).toMatchObject({ total: 20, pending: 20, done: 0 });
    rig.host.outbox.worker.start();
    await settle(rig);
    expect(await call<BulkBatchStatus>(rig.host, 'listings.bulk.status', { batchId })).toMatchObject({ total: 20, pending: 0, done: 20 });
    for (const item of items) expect(item.price).toBe(preview.rows.find((row) => row.itemId === item.id)?.after);

    // A preview is used once.
    expect((await rig.host.dispatch('listings.bulk.apply', { previewId: preview.previewId })).ok).toBe(false);

    const undo = await call<{ batchId: string; queued: number; discarded: number }>(rig.host, 'listings.bulk.undo', { batchId });
    expect(undo).toMatchObject({ queued: 20, discarded: 0 });
    await settle(rig);
    for (const item of items) {
      expect(item.price).toBe(original.get(item.id));
      expect(putsTo(rig, item.id)).toBe(2);
    }

    // A second undo of the same batch is refused, and nothing more is queued or sent.
    const before = (await call<unknown[]>(rig.host, 'outbox.list', {})).length;
    const again = await rig.host.dispatch('listings.bulk.undo', { batchId });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatchObject({ code: 'conflict', details: { rule: 'already_undone', undoBatchId: undo.batchId } });
    expect(await call<unknown[]>(rig.host, 'outbox.list', {})).toHaveLength(before);
    await settle(rig);
    for (const item of items) expect(putsTo(rig, item.id)).toBe(2);
    // The undo batch itself can still be undone (the prices go up again once).
    expect(await call<{ queued: number }>(rig.host, 'listings.bulk.undo', { batchId: undo.batchId })).toMatchObject({ queued: 20 });
  });

  it('leaves out what cannot change, with the reason: fulfilment stock, closed listings, no change', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const items = sellerItems(rig);
    const fulfilment = items.find((item) => item.shipping.logistic_type === 'fulfillment' && item.status !== 'closed');
    const closed = items.find((item) => item.status === 'closed');
    const plain = plainItems(rig)[0];
    const selection = [fulfilment, closed, plain].filter((item) => item !== undefined).map((item) => item.id);
    const preview = await call<BulkPreview>(rig.host, 'listings.bulk.preview', { itemIds: selection, change: { kind: 'stock_set', quantity: plain?.available_quantity ?? 0 } });
    const reasons = Object.fromEntries(preview.rows.filter((row) => row.variationId === null).map((row) => [row.itemId, row.skipped]));
    if (fulfilment && fulfilment.variations.length === 0) expect(reasons[fulfilment.id]).toBe('fulfilment_stock');
    if (closed && closed.variations.length === 0) expect(reasons[closed.id]).toBe('listing_closed');
    expect(reasons[plain?.id ?? '']).toBe('no_change');
    expect(preview.changing).toBe(0);
  });

  it('selects by a Listings query, stops a batch before it is sent, and refuses bad input', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const preview = await call<BulkPreview>(rig.host, 'listings.bulk.preview', { query: { statuses: ['active'] }, change: { kind: 'status', status: 'paused' } });
    const active = sellerItems(rig).filter((item) => item.status === 'active').length;
    expect(preview.rows).toHaveLength(active);
    expect(preview.changing).toBe(active);
    const { batchId } = await call<{ batchId: string }>(rig.host, 'listings.bulk.apply', { previewId: preview.previewId });
    const stopped = await call<BulkBatchStatus>(rig.host, 'listings.bulk.cancel', { batchId });
    expect(stopped).toMatchObject({ total: active, pending: 0, discarded: active });
    rig.host.outbox.worker.start();
    await settle(rig);
    expect(sellerItems(rig).filter((item) => item.status === 'active')).toHaveLength(active);

    for (const input of [
      { itemIds: ['MLA1'], query: {}, change: { kind: 'status', status: 'paused' } },
      { change: { kind: 'status', status: 'paused' } },
      { itemIds: ['MLA1'], change: { kind: 'price_percent', percent: 0 } },
      { itemIds: ['MLA1'], change: { kind: 'price_percent', percent: -95 } },
      { itemIds: ['MLA1'], change: { kind: 'stock_set', quantity: -1 } },
    ]) {
      const result = await rig.host.dispatch('listings.bulk.preview', input);
      expect(result.ok ? null : result.error.code, JSON.stringify(input)).toBe('invalid_input');
    }
    expect((await rig.host.dispatch('listings.bulk.preview', { itemIds: ['MLA999999999'], change: { kind: 'status', status: 'paused' } })).ok).toBe(false);
    expect((await rig.host.dispatch('listings.bulk.apply', { previewId: '00000000-0000-4000-8000-000000000000' })).ok).toBe(false);
  });

  it('keeps only the latest 20 previews, so a script asking again and again cannot fill the memory', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = plainItems(rig)[0];
    if (!item) throw new Error('no plain item');
    const ask = () => call<BulkPreview>(rig!.host, 'listings.bulk.preview', { itemIds: [item.id], change: { kind: 'price_percent', percent: 5 } });
    const first = await ask();
    for (let index = 0; index < 20; index += 1) await ask();
    const stale = await rig.host.dispatch('listings.bulk.apply', { previewId: first.previewId });
    expect(stale.ok ? null : stale.error.code).toBe('not_found');
    const latest = await ask();
    expect((await rig.host.dispatch('listings.bulk.apply', { previewId: latest.previewId })).ok).toBe(true);
  });

  it("shows Mercado Libre's sale fee and the net amount for a new price", async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = plainItems(rig)[0];
    if (!item) throw new Error('no plain item');
    const fee = await call<{ saleFee: number; net: number; fromCache: boolean }>(rig.host, 'listings.fees', { itemId: item.id, price: 20000 });
    expect(fee.saleFee).toBeGreaterThan(0);
    expect(fee.net).toBeCloseTo(20000 - fee.saleFee, 2);
    expect(fee.fromCache).toBe(false);
    expect((await call<{ fromCache: boolean }>(rig.host, 'listings.fees', { itemId: item.id, price: 20000 })).fromCache).toBe(true);
  });
});

describe('money rounding', () => {
  it('rounds the way each site shows money', () => {
    expect(roundForSite(1099.999, 'ARS')).toBe(1100);
    expect(roundForSite(1099.456, 'BRL')).toBe(1099.46);
    expect(roundForSite(15990.6, 'CLP')).toBe(15991);
    expect(roundForSite(15990.4, 'COP')).toBe(15990);
  });
});
