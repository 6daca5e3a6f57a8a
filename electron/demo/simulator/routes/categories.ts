// Categories (with the settings a listing editor needs, such as max_title_length) and the
// listing_prices fee look-up per site and listing type.
import { CATEGORIES, type CategoryDef } from '../data/catalog';
import { LISTING_TYPES, saleFee } from '../data/fees';
import { fail, json, notFound, route, type Ctx, type Route } from '../core/http';
import { SITES, type SiteId } from '../model';
import type { SimState } from '../state';

export function findCategory(id: string): { def: CategoryDef; site: SiteId } | null {
  for (const def of CATEGORIES) {
    for (const site of Object.keys(def.ids) as SiteId[]) if (def.ids[site] === id) return { def, site };
  }
  return null;
}

function siteParam(ctx: Ctx): SiteId {
  const site = ctx.params.site ?? '';
  if (!(site in SITES)) notFound(`Site ${site} not found`);
  return site as SiteId;
}

function renderCategory(def: CategoryDef, site: SiteId, itemCount: number): Record<string, unknown> {
  const id = def.ids[site];
  return {
    id,
    name: def.names[site],
    picture: null,
    permalink: null,
    total_items_in_this_category: itemCount,
    path_from_root: [{ id: `${site}${def.parent[site].length * 1000 + 3}`, name: def.parent[site] }, { id, name: def.names[site] }],
    children_categories: [],
    attribute_types: 'attributes',
    settings: {
      adult_content: false,
      buying_allowed: true,
      buying_modes: ['buy_it_now'],
      currencies: [SITES[site].currency],
      immediate_payment: 'required',
      item_conditions: ['new', 'used', 'not_specified'],
      max_description_length: 50_000,
      max_pictures_per_item: 12,
      max_pictures_per_item_var: 10,
      max_sub_title_length: 70,
      max_title_length: def.maxTitleLength,
      max_variations_allowed: 100,
      price: 'required',
      shipping_modes: site === 'MLM' ? ['custom', 'not_specified', 'me2'] : ['custom', 'not_specified', 'me2', 'me1'],
      stock: 'required',
      listing_allowed: true,
      status: 'enabled',
    },
    meta_categ_id: null,
    attributable: false,
  };
}

export function categoryRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/categories/:id', (ctx: Ctx) => {
      const found = findCategory(ctx.params.id ?? '');
      if (!found) notFound(`Category not found: ${ctx.params.id ?? ''}`);
      const count = [...sim.world.items.values()].filter((i) => i.category_id === ctx.params.id).length;
      return json(renderCategory(found.def, found.site, count));
    }, { public: true }),
    route('GET', '/sites/:site/categories', (ctx: Ctx) => {
      const site = siteParam(ctx);
      return json(CATEGORIES.map((def) => ({ id: def.ids[site], name: def.names[site] })));
    }, { public: true }),
    route('GET', '/sites/:site/listing_prices', (ctx: Ctx) => {
      const site = siteParam(ctx);
      const rawPrice = ctx.query.get('price');
      const price = Number(rawPrice);
      if (rawPrice === null || rawPrice === '' || !Number.isFinite(price) || price <= 0) fail(400, 'bad_request', 'The price param is required and must be a positive number');
      const wanted = ctx.query.get('listing_type_id');
      const category = ctx.query.get('category_id');
      if (category && !findCategory(category)) fail(400, 'bad_request', `Invalid category_id: ${category}`);
      const types = LISTING_TYPES[site].filter((t) => !wanted || t.id === wanted);
      if (wanted && types.length === 0) fail(400, 'bad_request', `Invalid listing_type_id: ${wanted}`);
      return json(types.map((t) => {
        const fee = saleFee(site, t.id, price);
        return {
          currency_id: SITES[site].currency,
          free_relist: false,
          listing_exposure: t.exposure,
          listing_fee_amount: 0,
          listing_fee_details: { fixed_fee: 0, gross_amount: 0 },
          listing_type_id: t.id,
          listing_type_name: t.name,
          requires_picture: t.id !== 'free',
          sale_fee_amount: fee.amount,
          sale_fee_details: { financing_add_on_fee: 0, fixed_fee: fee.fixed, gross_amount: fee.amount, meli_percentage_fee: fee.percent, percentage_fee: fee.percent },
          stop_time: '2045-01-01T00:00:00.000-03:00',
        };
      }));
    }),
  ];
}
