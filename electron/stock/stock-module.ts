/**
 * Stock as a capability: the inventory kept from the cached listings and orders (each sync's orders
 * lower or restore it once), the plan that brings every listing in step, CSV import and export, and
 * the automatic apply after each sync when switched on. Writes go through the listing edits' outbox.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { StockList, StockRow } from '../../shared/stock';
import { listAccounts } from '../accounts/accounts-repository';
import type { AppModule } from '../core/module';
import { cachedListing, createListingEdits } from '../listings/listing-edits';
import type { MeliApi } from '../meli/endpoints';
import type { OutboxModule } from '../outbox/outbox-module';
import { exportCsv, separatorFor } from './csv';
import { createImports } from './imports';
import { addNewSkus, loadSkus, loadTargets, targetQuantity, writable, type SkuRow, type Target } from './inventory';
import { applyOrders, baselineOrders } from './ledger';
import { computePlan, createPlans } from './plan';
import { createSkuAssignment } from './sku-assignment';
import { readStockLog } from './stock-log';

export interface StockModuleDeps {
  db: Database;
  api: () => MeliApi;
  outbox: OutboxModule;
  now?: () => Date;
  log?: (line: string) => void;
}

// Outside a sync, changes come in bursts (a seller's edits confirmed one by one): the inventory is
// brought up to date (and applied automatically) once they pause, not after every one.
const REFRESH_DELAY_MS = 500;

/** The targets selling each SKU, built once per read (a large store has thousands of both). */
function bySku(targets: readonly Target[]): Map<string, { target: Target; link: Target['links'][number] }[]> {
  const map = new Map<string, { target: Target; link: Target['links'][number] }[]>();
  for (const target of targets) {
    for (const link of target.links) {
      const list = map.get(link.sku) ?? [];
      list.push({ target, link });
      map.set(link.sku, list);
    }
  }
  return map;
}

function rowOf(sku: SkuRow, sellers: readonly { target: Target; link: Target['links'][number] }[], skus: ReadonlyMap<string, SkuRow>): StockRow {
  const links = sellers.map(({ target, link }) => ({
    itemId: target.itemId,
    variationId: target.variationId,
    userId: target.userId,
    title: target.title,
    variation: target.variation,
    status: target.status,
    units: link.units,
    manual: link.manual,
    fulfilment: target.fulfilment,
    current: target.current,
    target: writable(target) ? targetQuantity(target, skus) : null,
    maxQuantity: target.maxQuantity,
  }));
  const heldElsewhere = links.filter((link) => link.fulfilment).reduce((sum, link) => sum + link.current * link.units, 0);
  return { ...sku, heldElsewhere, links };
}

export function createStockModule(deps: StockModuleDeps): AppModule {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const edits = createListingEdits({ db, api: deps.api, outbox: deps.outbox });
  const plans = createPlans({ db, outbox: deps.outbox, edits, now });
  const imports = createImports({ db, now });
  const assignSku = createSkuAssignment({ db, edits, now });
  let dirty = true;
  let timer: NodeJS.Timeout | null = null;
  // The pass reads every listing and order line (hundreds of ms on a large store): during a sync it
  // would stall the event loop between pages and the seller's own calls with it, so it waits for the
  // end of the sync and runs once then, on what the whole sync brought.
  let syncing = false;
  let heldForSync = false;

  const globalAuto = () => db.prepare("SELECT value FROM stock_settings WHERE key = 'auto_apply'").pluck().get() === 'true';

  /** New SKUs from the listings, then the orders not counted yet; true when on hand changed. */
  function refresh(): boolean {
    dirty = false;
    const at = now().toISOString();
    return db.transaction(() => {
      const targets = loadTargets(db);
      const added = addNewSkus(db, targets, at);
      baselineOrders(db, targets, at);
      return applyOrders(db, targets, at).changed.size > 0 || added.size > 0;
    })();
  }

  function ensureFresh(): void {
    if (dirty) refresh();
  }

  function autoApply(): void {
    const everything = globalAuto();
    const chosen = everything ? undefined : new Set(db.prepare('SELECT sku FROM stock_skus WHERE auto_apply = 1').pluck().all() as string[]);
    if (chosen && chosen.size === 0) return;
    const { changes } = computePlan(db, deps.outbox, { skus: chosen });
    const queued = plans.queue(changes, true);
    if (queued.queued > 0) deps.log?.(`stock: queued ${queued.queued} automatic changes (batch ${queued.batchId})`);
  }

  function scheduleSettle(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (syncing) {
      heldForSync = true;
      return;
    }
    timer = setTimeout(settle, REFRESH_DELAY_MS);
  }

  function settle(): void {
    timer = null;
    try {
      refresh();
      autoApply();
    } catch (error) {
      deps.log?.(`stock: could not bring the inventory up to date: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function list(query?: string): StockList {
    ensureFresh();
    const skus = loadSkus(db);
    const targets = loadTargets(db);
    const sellers = bySku(targets);
    const needle = query?.trim().toLowerCase() ?? '';
    const rows = [...skus.values()]
      .map((sku) => rowOf(sku, sellers.get(sku.sku) ?? [], skus))
      .filter((row) => needle === '' || row.sku.toLowerCase().includes(needle) || row.name.toLowerCase().includes(needle) || row.links.some((link) => link.itemId.toLowerCase() === needle || link.title.toLowerCase().includes(needle)));
    const unlinked = targets
      .filter((target) => target.links.length === 0 && target.status !== 'closed')
      .filter((target) => needle === '' || target.title.toLowerCase().includes(needle) || target.itemId.toLowerCase() === needle)
      .map((target) => ({ itemId: target.itemId, variationId: target.variationId, userId: target.userId, title: target.title, variation: target.variation, status: target.status, availableQuantity: target.current }));
    return { rows, unlinked, autoApply: globalAuto() };
  }

  function one(sku: string): StockRow {
    const skus = loadSkus(db);
    const found = skus.get(sku);
    if (!found) throw new AppError('not_found', `There is no SKU ${sku} in the inventory.`, { sku });
    return rowOf(found, bySku(loadTargets(db)).get(sku) ?? [], skus);
  }

  function listingTarget(itemId: string, variationId: number | undefined): number {
    const listing = cachedListing(db, itemId);
    if (!listing) throw new AppError('not_found', `Listing ${itemId} is not in the saved data.`, { itemId });
    if (variationId === undefined && listing.variations.length > 0) throw new AppError('invalid_input', 'This listing has variations: say which one (variationId).');
    if (variationId !== undefined && !listing.variations.some((variation) => variation.id === variationId)) {
      throw new AppError('not_found', `Listing ${itemId} has no variation ${variationId}.`, { itemId, variationId });
    }
    return variationId ?? 0;
  }

  return {
    name: 'stock',
    on: {
      'cache.changed': ({ entities, scope }) => {
        if (!entities.includes('orders') && !entities.includes('items')) return;
        // A label download only moved shipments to printed: no sale, nothing to count again.
        if (scope === 'shipping') return;
        dirty = true;
        // The outbox confirming our own writes brings no sale and no new SKU (an assigned one joined
        // when it was queued): read again when asked, but no inventory pass while a batch is being sent.
        if (entities.includes('outbox')) return;
        scheduleSettle();
      },
      'sync.status': (status) => {
        syncing = status.accounts.some((account) => account.state === 'running');
        if (syncing && timer !== null) scheduleSettle();
        else if (!syncing && heldForSync) {
          heldForSync = false;
          scheduleSettle();
        }
      },
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      heldForSync = false;
    },
    handlers: {
      'stock.list': (input) => list(input?.query),
      'stock.set': ({ sku, onHand, buffer, note, autoApply: auto }) => {
        ensureFresh();
        const before = loadSkus(db).get(sku);
        if (!before) throw new AppError('not_found', `There is no SKU ${sku} in the inventory.`, { sku });
        const at = now().toISOString();
        db.transaction(() => {
          db.prepare('UPDATE stock_skus SET on_hand = ?, buffer = ?, note = ?, auto_apply = ?, updated_at = ? WHERE sku = ?').run(
            onHand ?? before.onHand,
            buffer ?? before.buffer,
            note ?? before.note,
            (auto ?? before.autoApply) ? 1 : 0,
            at,
            sku,
          );
          if (onHand !== undefined && onHand !== before.onHand) {
            db.prepare("INSERT INTO stock_log (at, kind, sku, before, after, detail) VALUES (?, 'manual', ?, ?, ?, 'on hand')").run(at, sku, before.onHand, onHand);
          }
        })();
        return one(sku);
      },
      'stock.link': ({ sku, itemId, variationId, units }) => {
        ensureFresh();
        const variation = listingTarget(itemId, variationId);
        if (!loadSkus(db).has(sku)) throw new AppError('not_found', `There is no SKU ${sku} in the inventory.`, { sku });
        if (units === 0) db.prepare('DELETE FROM stock_links WHERE item_id = ? AND variation_id = ? AND sku = ?').run(itemId, variation, sku);
        else db.prepare('INSERT INTO stock_links (item_id, variation_id, sku, units) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET units = excluded.units').run(itemId, variation, sku, units);
        return { sku, itemId, variationId: variationId ?? null, units };
      },
      'stock.cap': ({ itemId, variationId, maxQuantity }) => {
        const variation = listingTarget(itemId, variationId);
        if (maxQuantity === null) db.prepare('DELETE FROM stock_caps WHERE item_id = ? AND variation_id = ?').run(itemId, variation);
        else db.prepare('INSERT INTO stock_caps (item_id, variation_id, max_quantity) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET max_quantity = excluded.max_quantity').run(itemId, variation, maxQuantity);
        return { itemId, variationId: variationId ?? null, maxQuantity };
      },
      'stock.plan': (input) => {
        ensureFresh();
        return plans.plan({ userId: input?.userId, skus: input?.skus });
      },
      'stock.apply': ({ planId }) => plans.apply(planId),
      'stock.auto': ({ enabled }) => {
        db.prepare("INSERT INTO stock_settings (key, value) VALUES ('auto_apply', ?) ON CONFLICT DO UPDATE SET value = excluded.value").run(String(enabled));
        if (enabled) settle();
        return { enabled };
      },
      'stock.log': (input) => readStockLog(db, { limit: input?.limit, kinds: input?.kinds }),
      'stock.assignSku': async (input) => {
        ensureFresh();
        const queued = await assignSku(input);
        // The inventory links it now (the SKU edit is pending): read it again at the next look.
        dirty = true;
        return queued;
      },
      'stock.import.preview': ({ csv }) => {
        ensureFresh();
        return imports.preview(csv);
      },
      'stock.import.apply': ({ previewId }) => imports.apply(previewId),
      'stock.export': () => {
        ensureFresh();
        const separator = separatorFor(listAccounts(db)[0]?.siteId ?? null);
        return { csv: exportCsv([...loadSkus(db).values()], separator), separator };
      },
    },
  };
}
