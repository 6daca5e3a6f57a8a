// Reading listings: item search (offset and scan modes), multiget and bulk, descriptions,
// categories, listing prices and users.
import { describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { admin, allItems, call, useSimulator, type ErrorBody, type ItemBody } from './helpers';

const { sim, api } = await useSimulator();
const items = await allItems(api, DEMO_SELLER_ID);

interface Search { results: string[]; paging: { total: number; offset?: number; limit: number }; scroll_id?: string }

describe('items search', () => {
  it('pages with offset and limit and reports the total', async () => {
    const first = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?offset=0&limit=25`);
    const second = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?offset=25&limit=25`);
    expect(first.body.paging).toEqual({ total: 60, offset: 0, limit: 25 });
    expect(first.body.results).toHaveLength(25);
    expect(new Set([...first.body.results, ...second.body.results]).size).toBe(50);
  });

  it('refuses a limit above 100 and offsets past the first 1000 results', async () => {
    expect((await api.get<ErrorBody>(`/users/${DEMO_SELLER_ID}/items/search?limit=101`)).status).toBe(400);
    expect((await api.get<ErrorBody>(`/users/${DEMO_SELLER_ID}/items/search?offset=990&limit=20`)).status).toBe(400);
  });

  it("refuses another seller's search", async () => {
    expect((await api.get<ErrorBody>('/users/241000202/items/search')).status).toBe(403);
  });

  it('filters by status, by sku (seller_custom_field) and by seller_sku (SELLER_SKU attribute)', async () => {
    const paused = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?status=paused&limit=100`);
    expect(paused.body.results.sort()).toEqual(items.filter((i) => i.status === 'paused').map((i) => i.id).sort());
    const shared = items.find((i) => items.filter((j) => j.seller_custom_field === i.seller_custom_field).length > 1);
    expect(shared).toBeDefined();
    const bySku = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?sku=${shared?.seller_custom_field ?? ''}`);
    expect(bySku.body.results.length).toBeGreaterThan(1);
    const withVariations = items.find((i) => i.variations.length > 0);
    const variationSku = withVariations?.variations[0]?.seller_custom_field ?? '';
    const bySellerSku = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?seller_sku=${encodeURIComponent(variationSku)}`);
    expect(bySellerSku.body.results).toEqual([withVariations?.id]);
  });

  it('scan mode walks every item with scroll_id until results are empty', async () => {
    const seen: string[] = [];
    let page = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?search_type=scan&limit=25`);
    for (let guard = 0; guard < 10 && page.body.results.length > 0; guard += 1) {
      seen.push(...page.body.results);
      page = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?search_type=scan&limit=25&scroll_id=${page.body.scroll_id ?? ''}`);
    }
    expect(page.body.results).toEqual([]);
    expect(seen.sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('a scroll_id expires after five minutes', async () => {
    const page = await api.get<Search>(`/users/${DEMO_SELLER_ID}/items/search?search_type=scan&limit=10`);
    await admin(sim, 'POST', '/clock', { advance_seconds: 301 });
    const late = await api.get<ErrorBody>(`/users/${DEMO_SELLER_ID}/items/search?search_type=scan&limit=10&scroll_id=${page.body.scroll_id ?? ''}`);
    expect(late.status).toBe(400);
  });
});

describe('multiget', () => {
  it('answers [{code, body}] per id, 404 bodies for unknown ids, and filters attributes', async () => {
    const ids = [items[0]?.id, 'MLA999', items[1]?.id].join(',');
    const result = await api.get<Array<{ code: number; body: Record<string, unknown> }>>(`/items?ids=${ids}&attributes=id,price,available_quantity`);
    expect(result.body.map((r) => r.code)).toEqual([200, 404, 200]);
    expect(Object.keys(result.body[0]?.body ?? {}).sort()).toEqual(['available_quantity', 'id', 'price']);
    expect(result.body[1]?.body).toMatchObject({ error: 'not_found', status: 404 });
  });

  it('refuses more than 20 ids', async () => {
    const ids = items.slice(0, 21).map((i) => i.id).join(',');
    expect((await api.get<ErrorBody>(`/items?ids=${ids}`)).status).toBe(400);
    expect((await api.get(`/items?ids=${items.slice(0, 20).map((i) => i.id).join(',')}`)).status).toBe(200);
  });

  it('/items/bulk answers the same with status_code instead of code', async () => {
    const result = await api.get<Array<{ status_code: number; body: ItemBody }>>(`/items/bulk?ids=${items[0]?.id ?? ''},MLA1`);
    expect(result.body.map((r) => r.status_code)).toEqual([200, 404]);
    expect(result.body[0]?.body.id).toBe(items[0]?.id);
  });

  it('items carry the fields the client reads', () => {
    const item = items[0];
    expect(item).toMatchObject({ site_id: 'MLA', currency_id: 'ARS', listing_type_id: expect.any(String), condition: expect.any(String), permalink: expect.stringContaining('mercadolibre.com.ar') });
    expect(item?.attributes.some((a) => a.id === 'SELLER_SKU')).toBe(true);
  });
});

describe('descriptions, categories, fees, users', () => {
  it('GET /items/{id}/description answers plain_text, text and last_updated', async () => {
    const description = await api.get<{ plain_text: string; text: string; last_updated: string }>(`/items/${items[0]?.id ?? ''}/description`);
    expect(description.body.plain_text).toContain(items[0]?.title ?? '?');
    expect(description.body.text).toBe('');
    expect(description.body.last_updated).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('categories carry settings.max_title_length and unknown ones are 404', async () => {
    const category = await call<{ settings: { max_title_length: number }; path_from_root: unknown[] }>(`${sim.url}/categories/${items[0]?.category_id ?? ''}`);
    expect(category.body.settings.max_title_length).toBe(60);
    expect(category.body.path_from_root.length).toBeGreaterThan(0);
    expect((await call(`${sim.url}/categories/MLA0`)).status).toBe(404);
  });

  it('listing_prices answers the sale fee per listing type in the site currency', async () => {
    const all = await api.get<Array<{ listing_type_id: string; sale_fee_amount: number; currency_id: string }>>('/sites/MLB/listing_prices?price=100');
    expect(all.body.map((p) => p.listing_type_id)).toEqual(['gold_pro', 'gold_special', 'free']);
    const premium = await api.get<Array<{ sale_fee_amount: number; currency_id: string; sale_fee_details: { percentage_fee: number } }>>('/sites/MLB/listing_prices?price=100&listing_type_id=gold_pro');
    expect(premium.body).toHaveLength(1);
    expect(premium.body[0]).toMatchObject({ currency_id: 'BRL', sale_fee_amount: 17 });
    expect((await api.get('/sites/MLB/listing_prices?listing_type_id=gold_pro')).status).toBe(400);
  });

  it('/users/me is private; /users/{id} of someone else is the public profile', async () => {
    const me = await api.get<Record<string, unknown>>('/users/me');
    expect(me.body).toMatchObject({ id: DEMO_SELLER_ID, site_id: 'MLA', country_id: 'AR', seller_reputation: { level_id: '3_yellow' } });
    expect(me.body.shipping_modes).toContain('me2');
    expect(me.body.email).toBeDefined();
    const other = await api.get<Record<string, unknown>>('/users/241000202');
    expect(other.body.site_id).toBe('MLB');
    expect(other.body.email).toBeUndefined();
  });
});
