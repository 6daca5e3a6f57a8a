/**
 * Giving a listing or variation a SKU from the Stock screen: the SKU edit is queued in the outbox like
 * any listing edit (SELLER_SKU and seller_custom_field, every other attribute kept), and in the same
 * transaction a SKU new to the inventory joins it with the quantity Mercado Libre shows for that
 * listing (nothing for fulfilment: that stock is held elsewhere), and the assignment is logged. The
 * inventory links the listing while the edit waits (see pendingSkus).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { CachedListing } from '../listings/listing-edit-rules';
import type { createListingEdits } from '../listings/listing-edits';

export interface AssignSku {
  itemId: string;
  variationId?: number | undefined;
  sku: string;
}

export function createSkuAssignment(deps: { db: Database; edits: ReturnType<typeof createListingEdits>; now: () => Date }) {
  const known = deps.db.prepare('SELECT 1 FROM stock_skus WHERE sku = ?').pluck();
  const insert = deps.db.prepare('INSERT INTO stock_skus (sku, name, on_hand, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const log = deps.db.prepare("INSERT INTO stock_log (at, kind, sku, item_id, variation_id, before, after, detail, batch_id) VALUES (?, 'assign', ?, ?, ?, NULL, ?, ?, ?)");

  function record(listing: CachedListing, input: AssignSku, batchId: string): void {
    const at = deps.now().toISOString();
    const variation = input.variationId === undefined ? null : listing.variations.find((candidate) => candidate.id === input.variationId);
    const shown = listing.logisticType === 'fulfillment' ? 0 : (variation?.availableQuantity ?? listing.availableQuantity);
    const isNew = known.get(input.sku) === undefined;
    if (isNew) insert.run(input.sku, listing.title, shown, at, at);
    log.run(at, input.sku, listing.id, input.variationId ?? null, isNew ? shown : null, isNew ? 'new_sku' : 'existing_sku', batchId);
  }

  return function assignSku(input: AssignSku): Promise<{ outboxId: number }> {
    const batchId = randomUUID();
    const edit = { itemId: input.itemId, ...(input.variationId === undefined ? {} : { variationId: input.variationId }), changes: { sku: input.sku } };
    return deps.edits.edit(edit, { batchId, alsoRecord: (listing) => record(listing, input, batchId) });
  };
}
