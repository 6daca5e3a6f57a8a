// A host signed in to the demo seller with its cache synced, for the outbox tests, and ways to pick
// listings of each kind from the simulator's store.
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { ItemRecord } from '../../electron/demo/simulator/model';
import { startSimHost, TEST_APP, type SimHost, type SimHostOptions } from '../helpers/sim-host';

export async function syncedRig(options: SimHostOptions = {}): Promise<SimHost> {
  const rig = await startSimHost(options);
  upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
  rig.host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
  await rig.host.sync.syncAccount(DEMO_SELLER_ID);
  return rig;
}

export function sellerItems(rig: SimHost): ItemRecord[] {
  return rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? [];
}

/** Active, no variations, not fulfilment: every field can be edited (title too when `unsold`). */
export function plainItems(rig: SimHost, options: { unsold?: boolean } = {}): ItemRecord[] {
  return sellerItems(rig).filter(
    (item) =>
      item.status === 'active' &&
      item.variations.length === 0 &&
      item.shipping.logistic_type !== 'fulfillment' &&
      (!options.unsold || item.sold_quantity === 0),
  );
}

export function putsTo(rig: SimHost, itemId: string): number {
  return rig.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path === `/items/${itemId}`).length;
}
