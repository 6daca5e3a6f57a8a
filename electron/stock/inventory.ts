/**
 * The inventory's view of the cached listings: every listing without variations and every variation
 * is a "target" whose quantity Mercado Libre shows; each target sells one or more SKUs (its own SKU,
 * or the links set by hand, which replace it). New SKUs found on listings join the inventory with the
 * quantity Mercado Libre shows for them, which already counts every sale made so far.
 */
import type { Database } from 'better-sqlite3';
import { editParts, readListingEdit } from '../../shared/listing-edit-payload';

export interface LinkUnits {
  sku: string;
  units: number;
  manual: boolean;
}

export interface Target {
  itemId: string;
  variationId: number | null;
  userId: number;
  title: string;
  variation: string | null;
  status: string;
  subStatus: string;
  fulfilment: boolean;
  current: number;
  links: LinkUnits[];
  maxQuantity: number | null;
}

export interface SkuRow {
  sku: string;
  name: string;
  onHand: number;
  buffer: number;
  note: string;
  autoApply: boolean;
}

interface ItemRow {
  id: string;
  user_id: number;
  title: string;
  status: string;
  sub_status: string;
  available_quantity: number;
  sku: string | null;
  logistic_type: string | null;
}
interface VariationRow {
  item_id: string;
  variation_id: number;
  sku: string | null;
  available_quantity: number;
  attributes_text: string;
}

export const targetKey = (itemId: string, variationId: number | null) => `${itemId}:${variationId ?? 0}`;

/**
 * SKUs assigned from Mostrador that Mercado Libre has not confirmed yet, per listing or variation:
 * the inventory links them at once (as the listing shows the pending value), and drops the link if
 * the change is refused or discarded. The newest queued SKU of a target wins.
 */
export function pendingSkus(db: Database): Map<string, string> {
  const rows = db
    .prepare("SELECT payload_json FROM outbox WHERE kind = 'listing.edit' AND state IN ('pending', 'sending', 'unclear') AND payload_json LIKE '%\"sku\"%' ORDER BY id")
    .pluck()
    .all() as string[];
  const pending = new Map<string, string>();
  for (const json of rows) {
    const payload = readListingEdit(JSON.parse(json) as unknown);
    for (const part of payload ? editParts(payload) : []) {
      if (payload && part.changes.sku !== undefined) pending.set(targetKey(payload.itemId, part.variationId), part.changes.sku);
    }
  }
  return pending;
}

/** Every target of the cached listings (of one account, or all), with its SKU links. */
export function loadTargets(db: Database, userId?: number): Target[] {
  const items = (
    userId === undefined
      ? db.prepare('SELECT id, user_id, title, status, sub_status, available_quantity, sku, logistic_type FROM items ORDER BY id').all()
      : db.prepare('SELECT id, user_id, title, status, sub_status, available_quantity, sku, logistic_type FROM items WHERE user_id = ? ORDER BY id').all(userId)
  ) as ItemRow[];
  const variations = new Map<string, VariationRow[]>();
  const variationRows = (
    userId === undefined
      ? db.prepare('SELECT item_id, variation_id, sku, available_quantity, attributes_text FROM item_variations ORDER BY item_id, variation_id').all()
      : db
          .prepare(
            'SELECT v.item_id, v.variation_id, v.sku, v.available_quantity, v.attributes_text FROM item_variations v JOIN items i ON i.id = v.item_id WHERE i.user_id = ? ORDER BY v.item_id, v.variation_id',
          )
          .all(userId)
  ) as VariationRow[];
  for (const row of variationRows) {
    const list = variations.get(row.item_id) ?? [];
    list.push(row);
    variations.set(row.item_id, list);
  }
  const manual = new Map<string, LinkUnits[]>();
  for (const row of db.prepare('SELECT item_id, variation_id, sku, units FROM stock_links ORDER BY sku').all() as { item_id: string; variation_id: number; sku: string; units: number }[]) {
    const key = targetKey(row.item_id, row.variation_id || null);
    manual.set(key, [...(manual.get(key) ?? []), { sku: row.sku, units: row.units, manual: true }]);
  }
  const caps = new Map(
    (db.prepare('SELECT item_id, variation_id, max_quantity FROM stock_caps').all() as { item_id: string; variation_id: number; max_quantity: number }[]).map((row) => [
      targetKey(row.item_id, row.variation_id || null),
      row.max_quantity,
    ]),
  );

  const assigned = pendingSkus(db);
  const targets: Target[] = [];
  for (const item of items) {
    const fulfilment = item.logistic_type === 'fulfillment';
    const own = variations.get(item.id);
    const parts = own && own.length > 0
      ? own.map((v) => ({ variationId: v.variation_id, variation: v.attributes_text || null, current: v.available_quantity, sku: v.sku }))
      : [{ variationId: null, variation: null, current: item.available_quantity, sku: item.sku }];
    for (const part of parts) {
      const key = targetKey(item.id, part.variationId);
      const sku = assigned.get(key) ?? part.sku;
      const links = manual.get(key) ?? (sku ? [{ sku, units: 1, manual: false }] : []);
      // Every field written out: spreading a shared base into each of a large store's targets made
      // building them take several times longer than reading the rows (and left slower objects).
      targets.push({
        itemId: item.id,
        variationId: part.variationId,
        userId: item.user_id,
        title: item.title,
        variation: part.variation,
        status: item.status,
        subStatus: item.sub_status,
        fulfilment,
        current: part.current,
        links,
        maxQuantity: caps.get(key) ?? null,
      });
    }
  }
  return targets;
}

export function loadSkus(db: Database): Map<string, SkuRow> {
  const rows = db.prepare('SELECT sku, name, on_hand AS onHand, buffer, note, auto_apply AS autoApply FROM stock_skus ORDER BY sku').all() as (Omit<SkuRow, 'autoApply'> & { autoApply: number })[];
  return new Map(rows.map((row) => [row.sku, { ...row, autoApply: row.autoApply === 1 }]));
}

/**
 * Adds the SKUs listings carry that the inventory does not know yet, with the most any listing of it
 * shows (listings sharing a SKU share its units; fulfilment stock is held elsewhere). Returns them.
 */
export function addNewSkus(db: Database, targets: readonly Target[], now: string): Set<string> {
  const known = new Set(db.prepare('SELECT sku FROM stock_skus').pluck().all() as string[]);
  const found = new Map<string, { name: string; onHand: number }>();
  for (const target of targets) {
    for (const link of target.links) {
      if (link.manual || known.has(link.sku)) continue;
      const seen = found.get(link.sku) ?? { name: target.title, onHand: 0 };
      if (!target.fulfilment && target.status !== 'closed') seen.onHand = Math.max(seen.onHand, target.current);
      found.set(link.sku, seen);
    }
  }
  const insert = db.prepare('INSERT INTO stock_skus (sku, name, on_hand, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const log = db.prepare("INSERT INTO stock_log (at, kind, sku, before, after, detail) VALUES (?, 'manual', ?, NULL, ?, 'found on a listing')");
  for (const [sku, seen] of found) {
    insert.run(sku, seen.name, seen.onHand, now, now);
    log.run(now, sku, seen.onHand);
  }
  return new Set(found.keys());
}

/** What one SKU lets a target show: max(0, on hand − buffer), whole kits only. */
export function targetQuantity(target: Target, skus: ReadonlyMap<string, SkuRow>): number | null {
  if (target.links.length === 0) return null;
  let quantity = Number.POSITIVE_INFINITY;
  for (const link of target.links) {
    const sku = skus.get(link.sku);
    if (!sku) return null;
    quantity = Math.min(quantity, Math.floor(Math.max(0, sku.onHand - sku.buffer) / link.units));
  }
  return target.maxQuantity === null ? quantity : Math.min(quantity, target.maxQuantity);
}

/** Listings whose stock Mostrador writes: not fulfilment (Mercado Libre's), not closed or under review. */
export function writable(target: Target): boolean {
  return !target.fulfilment && target.status !== 'closed' && target.status !== 'under_review';
}

/** Paused by the seller (not for want of stock): Mercado Libre keeps it paused whatever the quantity. */
export function pausedBySeller(target: Target): boolean {
  return target.status === 'paused' && !target.subStatus.split(',').includes('out_of_stock');
}
