// Listings for one seller: titles, prices per currency, variations, SKUs (some shared between
// listings, as sellers do with a "classic" and a "premium" listing of the same product), every
// shipping mode and logistic type, and a spread of statuses.
import type { Rng } from '../core/prng';
import { SITES, type Attribute, type ItemRecord, type ItemShipping, type SiteId, type Variation } from '../model';
import type { World } from '../world';
import { CATEGORIES, COLORS, CURRENCY_PER_USD, PRODUCTS, SIZES, languageOf, type ProductTemplate } from './catalog';

const DAY = 86_400_000;

export function roundPrice(site: SiteId, value: number): number {
  if (site === 'MLA') return Math.max(990, Math.round(value / 100) * 100 - 10);
  if (site === 'MLB') return Math.round(value) + 0.9;
  return Math.max(49, Math.round(value / 10) * 10 - 1);
}

function attr(id: string, name: string, value: string | null, valueId: string | null = null): Attribute {
  return { id, name, value_id: valueId, value_name: value };
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function pickShipping(rng: Rng, site: SiteId, forceIndex: number | null): ItemShipping {
  const options: Array<[string, number]> = [
    ['me2:drop_off', 30], ['me2:xd_drop_off', 14], ['me2:cross_docking', 14], ['me2:self_service', 9], ['me2:fulfillment', 9],
    ['custom:custom', 10], ['not_specified:not_specified', 5],
  ];
  if (site !== 'MLM') options.push(['me1:default', 6]);
  const chosen = forceIndex !== null && forceIndex < options.length ? (options[forceIndex]?.[0] ?? 'me2:drop_off') : rng.weighted(options);
  const [mode, logistic] = chosen.split(':') as [ItemShipping['mode'], ItemShipping['logistic_type']];
  const me2 = mode === 'me2';
  return { mode, logistic_type: logistic, free_shipping: me2 && rng.chance(0.5), local_pick_up: !me2 && rng.chance(0.3), tags: me2 ? ['mandatory_free_shipping'].slice(0, rng.chance(0.2) ? 1 : 0) : [] };
}

function makeVariations(rng: Rng, world: World, template: ProductTemplate, site: SiteId, sku: string, price: number, pictureIds: string[]): Variation[] {
  const lang = languageOf(site);
  const start = rng.int(0, COLORS[lang].length - 1);
  const colors = [...COLORS[lang].slice(start), ...COLORS[lang].slice(0, start)].slice(0, rng.int(2, 3));
  const sizes = template.variations === 'color_size' ? SIZES[template.category === 'shoes' ? 'shoes' : 'clothes'].slice(rng.int(0, 1), rng.int(3, 4)) : [null];
  const out: Variation[] = [];
  for (const [colorId, colorName] of colors) {
    for (const size of sizes) {
      const combos = [attr('COLOR', 'Color', colorName, colorId)];
      if (size) combos.push(attr('SIZE', lang === 'pt' ? 'Tamanho' : 'Talle', size));
      const vsku = `${sku}-${colorName.slice(0, 3).toUpperCase()}${size ? `-${size}` : ''}`;
      out.push({
        id: 180_000_000_000 + world.nextId('variation'),
        attribute_combinations: combos,
        available_quantity: rng.chance(0.15) ? 0 : rng.int(1, 25),
        sold_quantity: 0,
        price,
        seller_custom_field: vsku,
        attributes: [attr('SELLER_SKU', 'SKU', vsku)],
        picture_ids: pictureIds.slice(0, 1),
      });
    }
  }
  return out;
}

export interface ItemPlan {
  count: number;
}

export function generateItems(rng: Rng, world: World, sellerId: number, site: SiteId, sellerIndex: number, plan: ItemPlan): ItemRecord[] {
  const lang = languageOf(site);
  const info = SITES[site];
  const created: ItemRecord[] = [];
  const templates: ProductTemplate[] = [];
  for (let i = 0; i < plan.count; i += 1) {
    const previousIndex = i - 1 - rng.int(0, 3);
    const previous = created[previousIndex];
    // Every tenth listing re-lists an earlier product under the same SKU with another listing type.
    const sharesSku = i % 10 === 9 && previous !== undefined;
    const template = (sharesSku ? templates[previousIndex] : undefined) ?? rng.pick(PRODUCTS);
    templates.push(template);
    const category = CATEGORIES.find((c) => c.key === template.category) ?? CATEGORIES[0];
    if (!category) throw new Error('no categories');
    const brand = rng.pick(template.brands);
    const base = rng.pick(template[lang]);
    const title = sharesSku && previous ? previous.title : `${base} ${brand}`.slice(0, category.maxTitleLength);
    const sku = sharesSku && previous?.seller_custom_field ? previous.seller_custom_field : `${template.category.slice(0, 3).toUpperCase()}-${String(sellerIndex * 100_000 + i + 1).padStart(5, '0')}`;
    const price = roundPrice(site, (template.usd[0] + rng.next() * (template.usd[1] - template.usd[0])) * CURRENCY_PER_USD[site]);
    const id = `${site}${1_400_000_000 + sellerIndex * 10_000_000 + i * 7 + 3}`;
    const created_at = world.dataNow - rng.int(20, 400) * DAY - rng.int(0, DAY);
    const pictureIds = Array.from({ length: rng.int(2, 4) }, () => `${rng.int(100_000, 999_999)}-${site}${rng.int(40_000_000_000, 79_999_999_999)}_${rng.int(1, 12)}2025`);
    const shipping = pickShipping(rng, site, i < 8 ? i : null);
    const withVariations = template.variations !== null && !sharesSku && rng.chance(0.45);
    const variations = withVariations ? makeVariations(rng, world, template, site, sku, price, pictureIds) : [];
    const stock = rng.chance(0.08) ? 0 : rng.int(1, 60);
    const item: ItemRecord = {
      id,
      site_id: site,
      seller_id: sellerId,
      title,
      category_id: category.ids[site],
      price,
      currency_id: info.currency,
      initial_quantity: 0,
      available_quantity: stock,
      sold_quantity: 0,
      status: 'active',
      sub_status: [],
      listing_type_id: sharesSku && previous ? (previous.listing_type_id === 'gold_pro' ? 'gold_special' : 'gold_pro') : rng.weighted([['gold_special', 6], ['gold_pro', 4]] as const),
      listingTypeChanges: 0,
      condition: rng.chance(0.95) ? 'new' : 'used',
      pictures: pictureIds.map((pid) => ({ id: pid, url: `http://http2.mlstatic.com/D_${pid}-O.jpg`, secure_url: `https://http2.mlstatic.com/D_${pid}-O.jpg`, size: '500x500', max_size: '1200x1200' })),
      seller_custom_field: sku,
      attributes: [attr('BRAND', lang === 'pt' ? 'Marca' : 'Marca', brand), attr('SELLER_SKU', 'SKU', sku), attr('ITEM_CONDITION', lang === 'pt' ? 'Condição do item' : 'Condición del ítem', lang === 'pt' ? 'Novo' : 'Nuevo', '2230284')],
      variations,
      shipping,
      tags: ['good_quality_picture', 'immediate_payment', ...(site === 'MLA' && rng.chance(0.15) ? ['mshops_3x_campaign'] : [])],
      date_created: created_at,
      last_updated: created_at + rng.int(0, 15) * DAY,
      description: {
        plain_text: lang === 'pt' ? `${title}.\n\nProduto novo, com nota fiscal e garantia.\nEnvio em até 24 horas úteis.` : `${title}.\n\nProducto nuevo, con factura y garantía.\nDespachamos dentro de las 24 hs hábiles.`,
        date_created: created_at,
        last_updated: created_at,
      },
    };
    if (variations.length > 0) item.available_quantity = variations.reduce((sum, v) => sum + v.available_quantity, 0);
    item.initial_quantity = item.available_quantity + rng.int(0, 20);
    const roll = rng.next();
    if (item.available_quantity === 0) {
      item.status = 'paused';
      item.sub_status = ['out_of_stock'];
    } else if (roll < 0.05) item.status = 'paused';
    else if (roll < 0.08) {
      item.status = 'closed';
      item.sub_status = rng.chance(0.5) ? ['expired'] : [];
    } else if (roll < 0.1) {
      item.status = 'under_review';
      item.sub_status = ['waiting_for_patch'];
    }
    world.addItem(item);
    created.push(item);
  }
  return created;
}

export function permalink(item: ItemRecord): string {
  const digits = item.id.slice(3);
  return `https://${SITES[item.site_id].permalinkHost}/${item.site_id}-${digits}-${slug(item.title)}-_JM`;
}
