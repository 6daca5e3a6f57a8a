/**
 * Compares the local cache with the simulator's own state, entity by entity: what a sync must
 * reproduce. Returns the differences as readable lines (empty when the cache is faithful).
 */
import type { Database } from 'better-sqlite3';
import type { Simulator } from '../../electron/demo/simulator/server';

const iso = (ms: number) => new Date(ms).toISOString();

export function cacheDifferences(db: Database, sim: Simulator, sellerId: number): string[] {
  const world = sim.state.world;
  const problems: string[] = [];
  const check = (what: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) problems.push(`${what}: expected ${JSON.stringify(expected)}, cached ${JSON.stringify(actual)}`);
  };

  const items = world.itemsBySeller.get(sellerId) ?? [];
  const cachedItems = new Map(
    (db.prepare('SELECT id, status, price, available_quantity, sold_quantity, variation_count FROM items WHERE user_id = ?').all(sellerId) as Array<{
      id: string;
      status: string;
      price: number;
      available_quantity: number;
      sold_quantity: number;
      variation_count: number;
    }>).map((row) => [row.id, row]),
  );
  check('item count', items.length, cachedItems.size);
  for (const item of items) {
    const row = cachedItems.get(item.id);
    if (!row) {
      problems.push(`item ${item.id} missing`);
      continue;
    }
    check(`item ${item.id}`, [item.status, item.price, item.available_quantity, item.sold_quantity, item.variations.length], [row.status, row.price, row.available_quantity, row.sold_quantity, row.variation_count]);
  }

  const orders = world.ordersBySeller.get(sellerId) ?? [];
  const cachedOrders = new Map(
    (db.prepare('SELECT id, status, date_last_updated, total_amount FROM orders WHERE user_id = ?').all(sellerId) as Array<{ id: number; status: string; date_last_updated: string; total_amount: number }>).map((row) => [row.id, row]),
  );
  check('order count', orders.length, cachedOrders.size);
  check('order lines', orders.reduce((sum, order) => sum + order.lines.length, 0), (db.prepare('SELECT count(*) AS n FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.user_id = ?').get(sellerId) as { n: number }).n);
  for (const order of orders) {
    const row = cachedOrders.get(order.id);
    if (!row) {
      problems.push(`order ${order.id} missing`);
      continue;
    }
    check(`order ${order.id}`, [order.status, iso(order.date_last_updated), order.total_amount], [row.status, row.date_last_updated, row.total_amount]);
  }

  // Shipments of orders not delivered or cancelled must be current; others may be older or absent.
  const cachedShipments = new Map(
    (db.prepare('SELECT id, status, substatus FROM shipments WHERE user_id = ?').all(sellerId) as Array<{ id: number; status: string; substatus: string | null }>).map((row) => [row.id, row]),
  );
  for (const order of orders) {
    if (order.shipping_id === null || order.status === 'cancelled' || order.tags.includes('delivered')) continue;
    const shipment = world.shipments.get(order.shipping_id);
    const row = cachedShipments.get(order.shipping_id);
    if (!shipment) continue;
    if (!row) problems.push(`shipment ${order.shipping_id} of order ${order.id} missing`);
    else check(`shipment ${shipment.id}`, [shipment.status, shipment.substatus], [row.status, row.substatus]);
  }

  const unanswered = [...world.questions.values()].filter((question) => question.seller_id === sellerId && question.status === 'UNANSWERED').map((question) => question.id).sort((a, b) => a - b);
  const cachedUnanswered = db.prepare("SELECT id FROM questions WHERE user_id = ? AND status = 'UNANSWERED' ORDER BY id").pluck().all(sellerId);
  check('unanswered questions', unanswered, cachedUnanswered);
  return problems;
}
