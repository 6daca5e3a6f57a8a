// A host signed in to two sellers of the simulator (two sites), with one listing of the second
// re-labelled with a SKU of the first before the first sync, so the two stores share a product.
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { ItemRecord } from '../../electron/demo/simulator/model';
import { call, startSimHost, TEST_APP, type SimHost, type SimHostOptions } from '../helpers/sim-host';

export const SECOND_SELLER_ID = 241000202;

export interface StockRig extends SimHost {
  sku: string;
  first: ItemRecord;
  second: ItemRecord;
}

export function itemsOf(rig: SimHost, sellerId: number): ItemRecord[] {
  return rig.sim.state.world.itemsBySeller.get(sellerId) ?? [];
}

export function plainOf(rig: SimHost, sellerId: number): ItemRecord[] {
  return itemsOf(rig, sellerId).filter((item) => item.status === 'active' && item.variations.length === 0 && item.shipping.logistic_type !== 'fulfillment');
}

function skuCount(rig: SimHost, sku: string): number {
  return [...rig.sim.state.world.itemsBySeller.values()].flat().filter((item) => item.seller_custom_field === sku || item.variations.some((variation) => variation.seller_custom_field === sku)).length;
}

export async function twoStoreRig(options: SimHostOptions = {}): Promise<StockRig> {
  const rig = await startSimHost({ outbox: { autoStart: false }, ...options });
  const first = plainOf(rig, DEMO_SELLER_ID).find((item) => item.seller_custom_field !== null && skuCount(rig, item.seller_custom_field) === 1);
  const second = plainOf(rig, SECOND_SELLER_ID)[0];
  if (!first || !second || first.seller_custom_field === null) throw new Error('the seeded stores lack a plain listing');
  const sku = first.seller_custom_field;
  second.seller_custom_field = sku;
  second.attributes = [...second.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU'), { ...(first.attributes.find((attribute) => attribute.id === 'SELLER_SKU') ?? { id: 'SELLER_SKU', name: 'SKU', value_id: null }), value_name: sku }];
  for (const [userId, siteId] of [
    [DEMO_SELLER_ID, 'MLA'],
    [SECOND_SELLER_ID, 'MLB'],
  ] as const) {
    upsertAccount(rig.host.db, { userId, nickname: String(userId), siteId, raw: {} });
    rig.host.accounts.tokens.save(rig.sim.token(userId, TEST_APP.client_id));
    await rig.host.sync.syncAccount(userId);
    // Read as the Stock screen would after each sync, so the inventory takes each store in turn.
    await call(rig.host, 'stock.list', {});
  }
  return { ...rig, sku, first, second };
}

/** Lets the outbox send everything queued. */
export async function settle(rig: SimHost): Promise<void> {
  rig.host.outbox.worker.start();
  for (let round = 0; round < 100; round += 1) {
    await rig.host.outbox.worker.idle();
    if ((await call<{ waiting: number }>(rig.host, 'outbox.counts')).waiting === 0) return;
    await rig.host.outbox.worker.kick();
  }
}

export function putsTo(rig: SimHost, itemId: string): number {
  return rig.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path === `/items/${itemId}`).length;
}
