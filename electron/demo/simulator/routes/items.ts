// Reading listings: a seller's item search (offset mode up to 1000 results, scan mode with an
// expiring scroll_id), multiget /items?ids= (≤ 20, [{code, body}]), /items/bulk (status_code),
// a single item and its description.
import { randomBytes } from 'node:crypto';
import { fail, intParam, json, notFound, requireAuth, route, type Ctx, type Route } from '../core/http';
import { isoAt, type ItemRecord } from '../model';
import type { SimState } from '../state';
import { pickAttributes, renderItem } from '../views';

const MAX_MULTIGET = 20;
const MAX_LIMIT = 100;
const OFFSET_WINDOW = 1000;
const STATUSES = ['active', 'paused', 'closed', 'under_review', 'inactive'];

function matches(item: ItemRecord, query: URLSearchParams): boolean {
  const status = query.get('status');
  if (status && !status.split(',').includes(item.status)) return false;
  const sku = query.get('sku');
  if (sku && item.seller_custom_field !== sku && !item.variations.some((v) => v.seller_custom_field === sku)) return false;
  const sellerSku = query.get('seller_sku');
  if (sellerSku) {
    const has = (attrs: ItemRecord['attributes']) => attrs.some((a) => a.id === 'SELLER_SKU' && a.value_name === sellerSku);
    if (!has(item.attributes) && !item.variations.some((v) => has(v.attributes))) return false;
  }
  return true;
}

function search(sim: SimState) {
  return (ctx: Ctx) => {
    const auth = requireAuth(ctx);
    const sellerId = Number(ctx.params.id);
    if (sellerId !== auth.userId) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
    const status = ctx.query.get('status');
    if (status && status.split(',').some((s) => !STATUSES.includes(s))) fail(400, 'bad_request', `Invalid status: ${status}`);
    const limit = intParam(ctx, 'limit', 50);
    if (limit > MAX_LIMIT || limit < 1) fail(400, 'bad_request', `The limit param must be between 1 and ${MAX_LIMIT}`);
    const base = { seller_id: String(sellerId), query: null, orders: [{ id: 'stop_time_asc', name: 'Order by stop time ascending' }] };
    if (ctx.query.get('search_type') === 'scan') {
      const now = sim.world.now();
      const scrollId = ctx.query.get('scroll_id');
      let scroll = scrollId ? sim.scrolls.get(scrollId) : undefined;
      if (scrollId && (!scroll || scroll.expiresAt <= now || scroll.sellerId !== sellerId)) {
        if (scroll) sim.scrolls.delete(scrollId);
        fail(400, 'bad_request', 'The scroll_id is invalid or has expired');
      }
      const id = scrollId ?? randomBytes(24).toString('base64url');
      if (!scroll) {
        // Forget abandoned scans so a long demo session does not accumulate them.
        for (const [key, old] of sim.scrolls) if (old.expiresAt <= now) sim.scrolls.delete(key);
        const ids = (sim.world.itemsBySeller.get(sellerId) ?? []).filter((item) => matches(item, ctx.query)).map((item) => item.id);
        scroll = { sellerId, ids, position: 0, expiresAt: 0 };
        sim.scrolls.set(id, scroll);
      }
      const page = scroll.ids.slice(scroll.position, scroll.position + limit);
      scroll.position += page.length;
      scroll.expiresAt = now + sim.config.scrollTtlSeconds * 1000;
      return json({ ...base, scroll_id: id, paging: { total: scroll.ids.length, limit }, results: page });
    }
    const offset = intParam(ctx, 'offset', 0);
    if (offset + limit > OFFSET_WINDOW) fail(400, 'bad_request', `offset + limit must not exceed ${OFFSET_WINDOW}; use search_type=scan to read every item`);
    const found = (sim.world.itemsBySeller.get(sellerId) ?? []).filter((item) => matches(item, ctx.query));
    return json({ ...base, paging: { total: found.length, offset, limit }, results: found.slice(offset, offset + limit).map((item) => item.id) });
  };
}

function multiget(sim: SimState, codeField: 'code' | 'status_code') {
  return (ctx: Ctx) => {
    requireAuth(ctx);
    const refusal = sim.config.multigetRefusal;
    if (codeField === 'code' && refusal !== null) fail(refusal, refusal === 404 ? 'not_found' : 'bad_request', 'Multiget moved: use /items/bulk?ids=');
    const raw = ctx.query.get('ids');
    if (!raw) fail(400, 'bad_request', 'The ids param is required');
    const ids = raw.split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length > MAX_MULTIGET) fail(400, 'bad_request', `Too many ids: the maximum is ${MAX_MULTIGET}`);
    const attributes = ctx.query.get('attributes');
    return json(ids.map((id) => {
      const item = sim.world.items.get(id);
      if (!item) return { [codeField]: 404, body: { message: `Item with id ${id} not found`, error: 'not_found', status: 404, cause: [] } };
      return { [codeField]: 200, body: pickAttributes(renderItem(item), attributes) };
    }));
  };
}

export function findItem(sim: SimState, id: string | undefined): ItemRecord {
  const item = sim.world.items.get(id ?? '');
  if (!item) notFound(`Item with id ${id ?? ''} not found`);
  return item;
}

export function renderDescription(item: ItemRecord): Record<string, unknown> {
  return {
    text: '',
    plain_text: item.description.plain_text,
    last_updated: isoAt(item.description.last_updated, item.site_id),
    date_created: isoAt(item.description.date_created, item.site_id),
    snapshot: { url: `http://descriptions.mlstatic.com/D-${item.id}.jpg`, width: 0, height: 0, status: '' },
  };
}

export function itemRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/users/:id/items/search', search(sim)),
    route('GET', '/items', multiget(sim, 'code')),
    route('GET', '/items/bulk', multiget(sim, 'status_code')),
    route('GET', '/items/:id', (ctx) => {
      requireAuth(ctx);
      return json(pickAttributes(renderItem(findItem(sim, ctx.params.id)), ctx.query.get('attributes')));
    }),
    route('GET', '/items/:id/description', (ctx) => {
      requireAuth(ctx);
      return json(renderDescription(findItem(sim, ctx.params.id)));
    }),
  ];
}
