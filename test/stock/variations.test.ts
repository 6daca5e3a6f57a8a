// Variations of one listing go to Mercado Libre together: a stock plan touching three variations is one
// outbox entry and one PUT that lists every variation id; a clash on one variation is a conflict that
// names it, and taking Mercado Libre's value there still sends the others; entries saved in the first
// payload shape (one variation each) still send.
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemRecord } from '../../electron/demo/simulator/model';
import type { OutboxEntry } from '../../shared/outbox';
import type { ImportPreview, StockPlan } from '../../shared/stock';
import { call, type SimHost } from '../helpers/sim-host';
import { putsTo, sellerItems, syncedRig } from '../outbox/outbox-rig';
import { settle } from './stock-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** An active, non-fulfilment listing with at least three variations, each with its own SKU. */
function listingWithVariations(target: SimHost): ItemRecord & { variations: [ItemRecord['variations'][number], ...ItemRecord['variations']] } {
  const found = sellerItems(target).find(
    (item) =>
      item.status === 'active' &&
      item.shipping.logistic_type !== 'fulfillment' &&
      item.variations.length >= 3 &&
      item.variations.every((variation) => variation.seller_custom_field !== null),
  );
  if (!found) throw new Error('the demo store has no listing with three variations');
  return found as ReturnType<typeof listingWithVariations>;
}

/** Raises the SKU of the first three variations by 2, 3 and 4 units and applies the plan; returns the wanted quantities. */
async function raiseThree(target: SimHost, item: ItemRecord): Promise<{ wanted: Map<number, number>; plan: StockPlan }> {
  const three = item.variations.slice(0, 3);
  const wanted = new Map(three.map((variation, index) => [variation.id, variation.available_quantity + 2 + index]));
  const csv = ['sku;on_hand', ...three.map((variation) => `${variation.seller_custom_field};${wanted.get(variation.id)}`)].join('\n');
  const preview = await call<ImportPreview>(target.host, 'stock.import.preview', { csv });
  await call(target.host, 'stock.import.apply', { previewId: preview.previewId });
  const plan = await call<StockPlan>(target.host, 'stock.plan', { skus: three.map((variation) => variation.seller_custom_field) });
  await call(target.host, 'stock.apply', { planId: plan.planId });
  return { wanted, plan };
}

const entriesOf = async (target: SimHost, itemId: string) => call<OutboxEntry[]>(target.host, 'outbox.list', { target: `item:${itemId}` });

describe('variations of one listing in one PUT', () => {
  it('sends a plan for three variations as one entry and one PUT, keeping every variation', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = listingWithVariations(rig);
    const ids = item.variations.map((variation) => variation.id);
    const untouched = item.variations.slice(3).map((variation) => [variation.id, variation.available_quantity]);
    await call(rig.host, 'stock.list', {});
    const { wanted, plan } = await raiseThree(rig, item);
    expect(plan.changes.filter((change) => change.itemId === item.id)).toHaveLength(3);
    expect(plan.listings).toBe(1);
    expect(await entriesOf(rig, item.id)).toHaveLength(1);

    await settle(rig);
    expect(putsTo(rig, item.id)).toBe(1);
    // Every variation id was listed: none was deleted, the others kept their stock.
    expect(item.variations.map((variation) => variation.id)).toEqual(ids);
    for (const [id, quantity] of wanted) expect(item.variations.find((variation) => variation.id === id)?.available_quantity).toBe(quantity);
    expect(item.variations.slice(3).map((variation) => [variation.id, variation.available_quantity])).toEqual(untouched);
    expect((await entriesOf(rig, item.id)).map((entry) => entry.state)).toEqual(['done']);
    // The pending markers went with the confirmation; the listing shows Mercado Libre's quantities.
    const page = await call<{ rows: { id: string; pending: unknown[]; variations: { id: number; availableQuantity: number }[] }[] }>(rig.host, 'listings.query', { search: item.id });
    expect(page.rows[0]?.pending).toEqual([]);
  });

  it('shows a pending marker per variation while the entry waits', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = listingWithVariations(rig);
    await call(rig.host, 'stock.list', {});
    const { wanted } = await raiseThree(rig, item);
    const [entry] = await entriesOf(rig, item.id);
    const page = await call<{ rows: { pending: { outboxId: number; variationId: number | null; changes: Record<string, unknown> }[] }[] }>(rig.host, 'listings.query', { search: item.id });
    expect(page.rows[0]?.pending).toEqual([...wanted].map(([variationId, quantity]) => ({ outboxId: entry?.id, state: 'pending', variationId, changes: { availableQuantity: quantity } })));
  });

  it('turns a clash on one variation into a conflict naming it; taking theirs still sends the other two', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = listingWithVariations(rig);
    await call(rig.host, 'stock.list', {});
    const { wanted } = await raiseThree(rig, item);
    const clashing = item.variations[1];
    if (!clashing) throw new Error('no second variation');
    // A sale on Mercado Libre's side (or an edit on its site) changes the second variation meanwhile.
    const theirs = clashing.available_quantity + 40;
    clashing.available_quantity = theirs;
    await settle(rig);
    const [conflict] = await entriesOf(rig, item.id);
    expect(conflict?.state).toBe('conflict');
    expect(conflict?.conflict).toEqual([{ field: 'availableQuantity', variationId: clashing.id, base: expect.any(Number), mine: wanted.get(clashing.id), theirs }]);
    expect(putsTo(rig, item.id)).toBe(0);

    await call(rig.host, 'outbox.resolve', { id: conflict?.id, keep: 'theirs' });
    await settle(rig);
    expect(putsTo(rig, item.id)).toBe(1);
    expect(item.variations.find((variation) => variation.id === clashing.id)?.available_quantity).toBe(theirs);
    for (const [id, quantity] of wanted) {
      if (id !== clashing.id) expect(item.variations.find((variation) => variation.id === id)?.available_quantity).toBe(quantity);
    }
    expect((await entriesOf(rig, item.id)).map((entry) => entry.state)).toEqual(['done']);
  });

  it('keep mine on a variation conflict sends every variation over theirs', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = listingWithVariations(rig);
    await call(rig.host, 'stock.list', {});
    const { wanted } = await raiseThree(rig, item);
    const clashing = item.variations[0];
    clashing.available_quantity += 30;
    await settle(rig);
    const [conflict] = await entriesOf(rig, item.id);
    expect(conflict?.conflict?.map((field) => field.variationId)).toEqual([clashing.id]);
    await call(rig.host, 'outbox.resolve', { id: conflict?.id, keep: 'mine' });
    await settle(rig);
    for (const [id, quantity] of wanted) expect(item.variations.find((variation) => variation.id === id)?.available_quantity).toBe(quantity);
    expect(putsTo(rig, item.id)).toBe(1);
  });

  it('still sends an entry saved in the first payload shape (one variation)', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = listingWithVariations(rig);
    const variation = item.variations[0];
    const [id] = rig.host.outbox.enqueue([
      {
        userId: item.seller_id,
        kind: 'listing.edit',
        target: `item:${item.id}`,
        payload: { itemId: item.id, variationId: variation.id, changes: { availableQuantity: variation.available_quantity + 7 }, base: { lastUpdated: null, values: { availableQuantity: variation.available_quantity } } },
      },
    ]);
    const wanted = variation.available_quantity + 7;
    const shown = await call<{ rows: { pending: { variationId: number | null }[] }[] }>(rig.host, 'listings.query', { search: item.id });
    expect(shown.rows[0]?.pending.map((edit) => edit.variationId)).toEqual([variation.id]);
    await settle(rig);
    // The simulator applies a PUT to a copy of the listing: read the variation again.
    expect(item.variations.find((candidate) => candidate.id === variation.id)?.available_quantity).toBe(wanted);
    expect((await entriesOf(rig, item.id)).find((entry) => entry.id === id)?.state).toBe('done');
  });
});
