// /shipment_labels: up to 50 ME2 shipments that are ready to ship (ready_to_print or printed), as
// one PDF or a ZIP of ZPL; any shipment that cannot be printed fails the call with a JSON body.
// A successful download moves every shipment to substatus "printed".
import { ApiError, fail, requireAuth, route, type Ctx, type Route } from '../core/http';
import { labelsPdf, labelsZip } from '../labels-render';
import type { ShipmentRecord } from '../model';
import type { SimState } from '../state';
import { touchOrders } from './shipments';

const MAX_IDS = 50;

interface Failure { shipment_id: string; code: string; message: string }

function check(sim: SimState, sellerId: number, rawId: string): ShipmentRecord | Failure {
  const shipment = /^\d+$/.test(rawId) ? sim.world.shipments.get(Number(rawId)) : undefined;
  if (!shipment) return { shipment_id: rawId, code: 'not_found', message: `Shipment ${rawId} not found` };
  if (shipment.seller_id !== sellerId) return { shipment_id: rawId, code: 'forbidden', message: `Shipment ${rawId} belongs to another seller` };
  if (shipment.mode !== 'me2') return { shipment_id: rawId, code: 'not_me2', message: `Shipment ${rawId} is not Mercado Envíos 2 (mode ${shipment.mode}): print your own label` };
  if (shipment.logistic_type === 'fulfillment') return { shipment_id: rawId, code: 'fulfillment', message: `Shipment ${rawId} is fulfilled by Mercado Libre` };
  if (shipment.status !== 'ready_to_ship' || (shipment.substatus !== 'ready_to_print' && shipment.substatus !== 'printed')) {
    return { shipment_id: rawId, code: 'not_printable', message: `Shipment ${rawId} is ${shipment.status}/${shipment.substatus ?? 'null'}: labels exist only in ready_to_ship (ready_to_print or printed)` };
  }
  return shipment;
}

function labels(sim: SimState) {
  return async (ctx: Ctx) => {
    const auth = requireAuth(ctx);
    const responseType = ctx.query.get('response_type') ?? 'pdf';
    if (responseType !== 'pdf' && responseType !== 'zpl2') fail(400, 'bad_request', `Invalid response_type: ${responseType} (pdf or zpl2)`);
    const ids = (ctx.query.get('shipment_ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0) fail(400, 'bad_request', 'shipment_ids is required');
    if (ids.length > MAX_IDS) fail(400, 'bad_request', `At most ${MAX_IDS} shipment_ids per call`);
    const checked = ids.map((id) => check(sim, auth.userId, id));
    const failures = checked.filter((c): c is Failure => 'code' in c);
    if (failures.length > 0) throw new ApiError(400, 'bad_request', `${failures.length} of ${ids.length} shipments cannot be printed`, failures);
    const shipments = checked.filter((c): c is ShipmentRecord => !('code' in c));
    const sellerOf = (id: number) => sim.world.sellers.get(id);
    const bytes = responseType === 'pdf' ? await labelsPdf(shipments, sellerOf) : labelsZip(shipments, sellerOf, sim.config.zplSummaryPdf);
    const now = sim.world.now();
    for (const shipment of shipments) {
      if (shipment.substatus !== 'printed') {
        shipment.substatus = 'printed';
        shipment.last_updated = now;
        touchOrders(sim, shipment, now);
      }
    }
    const pdf = responseType === 'pdf';
    return {
      kind: 'bytes' as const,
      status: 200,
      body: bytes,
      contentType: pdf ? 'application/pdf' : 'application/zip',
      headers: { 'content-disposition': `attachment; filename="${pdf ? 'Etiquetas.pdf' : 'Etiquetas.zip'}"` },
    };
  };
}

export function labelRoutes(sim: SimState): Route[] {
  return [route('GET', '/shipment_labels', labels(sim))];
}
