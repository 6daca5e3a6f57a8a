// Shipments: reading one (statuses and substatuses), and the seller's own updates for custom and
// Mercado Envíos 1 shipments (tracking number, shipped, delivered). ME2 is moved by Mercado Libre.
import { fail, idParam, json, objectBody, requireAuth, route, type Ctx, type Route } from '../core/http';
import type { ShipmentRecord } from '../model';
import type { SimState } from '../state';
import { renderShipment } from '../views';

export function ownedShipment(sim: SimState, ctx: Ctx): ShipmentRecord {
  const auth = requireAuth(ctx);
  const id = idParam(ctx, 'id', 'bad_request', 'shipment');
  const shipment = sim.world.shipments.get(id);
  if (!shipment) fail(404, 'not_found', `Shipment ${id} not found`);
  if (shipment.seller_id !== auth.userId && shipment.buyer_id !== auth.userId) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
  return shipment;
}

/** Keeps the orders of a shipment in step, so an order sync after a shipment change sees it. */
export function touchOrders(sim: SimState, shipment: ShipmentRecord, now: number): void {
  for (const id of shipment.order_ids) {
    const order = sim.world.orders.get(id);
    if (!order) continue;
    order.date_last_updated = now;
    order.tags = order.tags.filter((t) => t !== 'not_delivered' && t !== 'delivered').concat(shipment.status === 'delivered' ? 'delivered' : 'not_delivered');
  }
}

function update(sim: SimState) {
  return (ctx: Ctx) => {
    const shipment = ownedShipment(sim, ctx);
    if (shipment.seller_id !== requireAuth(ctx).userId) fail(403, 'forbidden', 'Only the seller can update a shipment');
    const body = objectBody(ctx);
    if (shipment.mode === 'me2') fail(400, 'bad_request', 'Mercado Envíos 2 shipments are updated by the carrier, not by the seller');
    const now = sim.world.now();
    if (typeof body.tracking_number === 'string' && body.tracking_number.trim() !== '') shipment.tracking_number = body.tracking_number.trim();
    if ('status' in body) {
      if (body.status === 'shipped') {
        if (shipment.status !== 'handling' && shipment.status !== 'ready_to_ship') fail(400, 'bad_request', `A shipment in status ${shipment.status} cannot be marked shipped`);
        if (!shipment.tracking_number) fail(400, 'bad_request', 'tracking_number is required to mark a shipment shipped');
        shipment.status = 'shipped';
        shipment.substatus = null;
        shipment.history.shipped = now;
      } else if (body.status === 'delivered') {
        if (shipment.status !== 'shipped') fail(400, 'bad_request', `A shipment in status ${shipment.status} cannot be marked delivered`);
        shipment.status = 'delivered';
        shipment.substatus = null;
        shipment.history.delivered = now;
      } else fail(400, 'bad_request', 'status must be shipped or delivered');
    }
    shipment.last_updated = now;
    touchOrders(sim, shipment, now);
    return json(renderShipment(shipment, sim.world.sellers.get(shipment.seller_id)));
  };
}

export function shipmentRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/shipments/:id', (ctx) => {
      const shipment = ownedShipment(sim, ctx);
      return json(renderShipment(shipment, sim.world.sellers.get(shipment.seller_id)));
    }),
    route('PUT', '/shipments/:id', update(sim)),
  ];
}
