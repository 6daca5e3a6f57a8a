/**
 * The inventory as the chosen store sees it: the SKUs one of its listings sells (each still with every
 * store's listings, since the count is shared) and its own listings without a SKU. Undefined: all stores.
 */
import type { StockList } from '../../../shared/stock';

export function stockForStore(list: StockList, userId: number | undefined): StockList {
  if (userId === undefined) return list;
  return {
    ...list,
    rows: list.rows.filter((row) => row.links.some((link) => link.userId === userId)),
    unlinked: list.unlinked.filter((listing) => listing.userId === userId),
  };
}
