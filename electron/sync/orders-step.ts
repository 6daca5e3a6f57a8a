/**
 * Orders by `date_last_updated` watermark. The range since the watermark is cut into hour-aligned
 * windows small enough that paging never passes Mercado Libre's offset cap; each page commits in its
 * own transaction and the watermark moves to a window's end only once the whole window is stored.
 */
import { upsertOrders } from '../orders/orders-store';
import { ORDER_SEARCH_LIMIT_MAX } from '../meli/endpoints/orders';
import { runPool } from './pool';
import { floorHour, HOUR_MS, type StepContext } from './step-context';
import { readWatermark, writeWatermark } from './sync-state';

/** Offsets beyond about 10 000 are refused; stay well under it. */
export const ORDER_OFFSET_CAP = 9_900;
/** Mercado Libre keeps 12 months of orders. */
const HISTORY_MS = 365 * 24 * HOUR_MS;

interface Window {
  from: number;
  /** Inclusive hour; null = up to now (nothing can leave the window while it is paged). */
  to: number | null;
  /** How many times this window was paged again after orders moved out of it mid-paging. */
  repeats: number;
}

const MAX_REPEATS = 2;

const iso = (ms: number) => new Date(ms).toISOString();

export async function syncOrders(ctx: StepContext): Promise<void> {
  const { db, api, userId, signal } = ctx;
  const nowHour = floorHour(ctx.now().getTime());
  const saved = readWatermark(db, userId, 'orders.updated_from');
  const start = saved ? Date.parse(saved) : floorHour(ctx.now().getTime() - HISTORY_MS);
  const queue: Window[] = [{ from: start, to: null, repeats: 0 }];
  let done = 0;
  let expected: number | null = null;

  while (queue.length > 0) {
    signal.throwIfAborted();
    const window = queue.shift() as Window;
    const query = { sellerId: userId, updatedFrom: iso(window.from), ...(window.to !== null ? { updatedTo: iso(window.to) } : {}), sort: 'date_asc' as const };
    const first = await api.orders.search(userId, { ...query, offset: 0, limit: ORDER_SEARCH_LIMIT_MAX });
    const total = first.paging.total ?? first.orders.length;
    // The first probe covers the whole range: its total is the progress bar's denominator.
    expected ??= total;
    const end = window.to ?? nowHour + HOUR_MS;
    if (total > ORDER_OFFSET_CAP && end - window.from > HOUR_MS) {
      const middle = floorHour(window.from + (end - window.from) / 2);
      queue.unshift({ from: window.from, to: middle, repeats: 0 }, { from: middle, to: window.to, repeats: 0 });
      continue;
    }
    const seen = new Set<number>();
    const store = (orders: typeof first.orders) => {
      ctx.commit(['orders'], () => upsertOrders(db, userId, orders.map((order) => ({ order }))));
      for (const order of orders) seen.add(Number(order.id));
      done += orders.length;
      ctx.progress('orders', done, Math.max(expected ?? 0, done));
    };
    store(first.orders);
    const offsets: number[] = [];
    for (let offset = ORDER_SEARCH_LIMIT_MAX; offset < Math.min(total, ORDER_OFFSET_CAP + ORDER_SEARCH_LIMIT_MAX); offset += ORDER_SEARCH_LIMIT_MAX) offsets.push(offset);
    await runPool(offsets, ctx.concurrency, signal, async (offset) => {
      const page = await api.orders.search(userId, { ...query, offset, limit: ORDER_SEARCH_LIMIT_MAX });
      store(page.orders);
    });
    // An order updated while a closed window was paged leaves it and shifts the pages after it; then
    // some order may have been skipped. Page the window again rather than move the watermark past it.
    if (window.to !== null && seen.size < total && window.repeats < MAX_REPEATS) {
      queue.unshift({ ...window, repeats: window.repeats + 1 });
      continue;
    }
    db.transaction(() => writeWatermark(db, userId, 'orders.updated_from', iso(window.to ?? nowHour)))();
  }
}
