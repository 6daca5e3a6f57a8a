// A host signed in to the demo seller with its cache synced, and the simulator's shipments of that
// seller by what a label needs.
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { ShipmentRecord } from '../../electron/demo/simulator/model';
import { startSimHost, TEST_APP, type SimHost, type SimHostOptions } from '../helpers/sim-host';

export async function labelsRig(options: SimHostOptions & { beforeSync?: (rig: SimHost) => void } = {}): Promise<SimHost> {
  const rig = await startSimHost({ outbox: { autoStart: false }, ...options });
  options.beforeSync?.(rig);
  upsertAccount(rig.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
  rig.host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
  await rig.host.sync.syncAccount(DEMO_SELLER_ID);
  return rig;
}

export function sellerShipments(rig: SimHost): ShipmentRecord[] {
  return [...rig.sim.state.world.shipments.values()].filter((s) => s.seller_id === DEMO_SELLER_ID);
}

export function readyShipments(rig: SimHost): ShipmentRecord[] {
  return sellerShipments(rig).filter((s) => s.mode === 'me2' && s.status === 'ready_to_ship' && s.substatus === 'ready_to_print' && s.logistic_type !== 'fulfillment');
}

export function labelCalls(rig: SimHost): number {
  return rig.sim.state.log.filter((entry) => entry.path === '/shipment_labels').length;
}
