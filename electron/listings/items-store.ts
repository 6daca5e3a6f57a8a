/** The cached listings: normalized columns, variations and the JSON as received (search follows by triggers). */
import type { Database } from 'better-sqlite3';
import { encodeJson } from '../db/json-codec';
import { textOrNull, utcIso } from '../db/values';
import type { Item } from '../meli/schemas';

type Attribute = NonNullable<Item['attributes']>[number];

/** The seller's SKU: seller_custom_field, else the SELLER_SKU attribute (both are documented). */
export function skuOf(entity: { seller_custom_field?: string | null | undefined; attributes?: Attribute[] | undefined }): string | null {
  return textOrNull(entity.seller_custom_field) ?? textOrNull(entity.attributes?.find((entry) => entry.id === 'SELLER_SKU')?.value_name);
}

/** Stores listings as parsed by the meli schemas (that value, unknown fields included, is what is kept). */
export function upsertItems(db: Database, userId: number, items: readonly Item[], syncedAt = new Date().toISOString()): number {
  const upsert = db.prepare(`
    INSERT INTO items (id, user_id, title, status, sub_status, price, currency_id, available_quantity, sold_quantity, sku,
      listing_type_id, logistic_type, thumbnail, permalink, category_id, variation_count, variation_skus, date_created, last_updated, raw, synced_at)
    VALUES (@id, @userId, @title, @status, @subStatus, @price, @currencyId, @available, @sold, @sku,
      @listingType, @logisticType, @thumbnail, @permalink, @categoryId, @variationCount, @variationSkus, @dateCreated, @lastUpdated, @raw, @syncedAt)
    ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, title = excluded.title, status = excluded.status,
      sub_status = excluded.sub_status, price = excluded.price, currency_id = excluded.currency_id,
      available_quantity = excluded.available_quantity, sold_quantity = excluded.sold_quantity, sku = excluded.sku,
      listing_type_id = excluded.listing_type_id, logistic_type = excluded.logistic_type, thumbnail = excluded.thumbnail,
      permalink = excluded.permalink, category_id = excluded.category_id, variation_count = excluded.variation_count,
      variation_skus = excluded.variation_skus,
      date_created = excluded.date_created, last_updated = excluded.last_updated, raw = excluded.raw,
      synced_at = excluded.synced_at`);
  const deleteVariations = db.prepare('DELETE FROM item_variations WHERE item_id = ?');
  const insertVariation = db.prepare(`
    INSERT INTO item_variations (item_id, variation_id, sku, available_quantity, sold_quantity, price, attributes_text)
    VALUES (@itemId, @variationId, @sku, @available, @sold, @price, @attributes)`);

  let stored = 0;
  for (const item of items) {
    const { id } = item;
    const variations = (item.variations ?? []).map((variation) => ({
      itemId: id,
      variationId: variation.id,
      sku: skuOf(variation),
      available: Math.trunc(variation.available_quantity ?? 0),
      sold: Math.trunc(variation.sold_quantity ?? 0),
      price: variation.price ?? null,
      attributes: (variation.attribute_combinations ?? [])
        .map((entry) => textOrNull(entry.value_name))
        .filter(Boolean)
        .join(' / '),
    }));
    const sku = skuOf(item);
    upsert.run({
      id,
      userId,
      title: item.title ?? '',
      status: item.status ?? 'unknown',
      subStatus: (item.sub_status ?? []).join(','),
      price: item.price ?? null,
      currencyId: item.currency_id ?? null,
      available: Math.trunc(item.available_quantity ?? 0),
      sold: Math.trunc(item.sold_quantity ?? 0),
      sku,
      listingType: item.listing_type_id ?? null,
      logisticType: textOrNull(item.shipping?.logistic_type),
      thumbnail: textOrNull(item.secure_thumbnail) ?? textOrNull(item.thumbnail),
      permalink: item.permalink ?? null,
      categoryId: item.category_id ?? null,
      variationCount: variations.length,
      variationSkus: variations.map((variation) => variation.sku).filter(Boolean).join(' '),
      dateCreated: utcIso(item.date_created),
      lastUpdated: utcIso(item.last_updated),
      raw: encodeJson(item),
      syncedAt,
    });
    deleteVariations.run(id);
    for (const variation of variations) insertVariation.run(variation);
    stored += 1;
  }
  return stored;
}

export function itemCount(db: Database, userId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM items WHERE user_id = ?').get(userId) as { n: number }).n;
}

export function knownItemIds(db: Database, userId: number): Set<string> {
  return new Set((db.prepare('SELECT id FROM items WHERE user_id = ?').pluck().all(userId) as string[]));
}
