// A listing's detail (pictures, attributes, condition) read from the saved copy after a real sync
// against the simulator: what Mercado Libre sent, in https, without the SKU or condition repeated, also offline.
import { afterEach, describe, expect, it } from 'vitest';
import type { ListingDetail } from '../../shared/listings';
import { call, type SimHost } from '../helpers/sim-host';
import { sellerItems, syncedRig } from '../outbox/outbox-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('listing detail', () => {
  it("answers the saved listing's pictures and attributes, offline too", async () => {
    rig = await syncedRig();
    const item = sellerItems(rig).find((candidate) => candidate.pictures.length > 1 && candidate.attributes.length > 1);
    if (!item) throw new Error('no listing with pictures and attributes');
    await rig.sim.close();
    rig.sim.close = async () => undefined;

    const detail = await call<ListingDetail>(rig.host, 'listings.detail', { itemId: item.id });
    expect(detail.itemId).toBe(item.id);
    expect(detail.pictures.map((picture) => picture.id)).toEqual(item.pictures.map((picture) => picture.id));
    expect(detail.pictures.every((picture) => picture.url.startsWith('https://'))).toBe(true);
    // The SKU and the condition have their own places in the detail.
    const expected = item.attributes.filter((attribute) => !['SELLER_SKU', 'ITEM_CONDITION'].includes(attribute.id) && attribute.value_name);
    expect(expected.length).toBeGreaterThan(0);
    expect(detail.attributes).toEqual(expected.map((attribute) => ({ id: attribute.id, name: attribute.name, value: attribute.value_name })));
    expect(detail.condition).toBe(item.condition);
  });

  it('refuses an unknown or malformed listing id with a typed error', async () => {
    rig = await syncedRig();
    await expect(call(rig.host, 'listings.detail', { itemId: 'MLA999999999' })).rejects.toThrow(/not_found/);
    await expect(call(rig.host, 'listings.detail', { itemId: 'not an id' })).rejects.toThrow(/invalid_input/);
  });
});
