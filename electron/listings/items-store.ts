/** The cached listings: normalized columns, variations and the JSON as received (search follows by triggers). */
import type { Database } from 'better-sqlite3';
import { list, record, toInt, toNumber, toText, utcIso } from '../cache/normalize';
import { encodeJson } from '../db/json-codec';

/** The seller's SKU: seller_custom_field, else the SELLER_SKU attribute (both are documented). */
export function skuOf(entity: Record<string, unknown>): string | null {
  const custom = toText(entity.seller_custom_field);
  if (custom) return custom;
  const attribute = list(entity.attributes).map(record).find((entry) => entry.id === 'SELLER_SKU');
  return attribute ? toText(attribute.value_name) : null;
}

export function upsertItems(db: Database, userId: number, items: readonly unknown[], syncedAt = new Date().toISOString()): number {
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
  for (const raw of items) {
    const item = record(raw);
    const id = toText(item.id);
    if (!id) continue;
    const shipping = record(item.shipping);
    const variations = list(item.variations)
      .map(record)
      .flatMap((variation) => {
        const variationId = toInt(variation.id);
        if (variationId === null) return [];
        return [
          {
            itemId: id,
            variationId,
            sku: skuOf(variation),
            available: toInt(variation.available_quantity) ?? 0,
            sold: toInt(variation.sold_quantity) ?? 0,
            price: toNumber(variation.price),
            attributes: list(variation.attribute_combinations)
              .map(record)
              .map((entry) => toText(entry.value_name))
              .filter(Boolean)
              .join(' / '),
          },
        ];
      });
    const sku = skuOf(item);
    upsert.run({
      id,
      userId,
      title: toText(item.title) ?? '',
      status: toText(item.status) ?? 'unknown',
      subStatus: list(item.sub_status).map(String).join(','),
      price: toNumber(item.price),
      currencyId: toText(item.currency_id),
      available: toInt(item.available_quantity) ?? 0,
      sold: toInt(item.sold_quantity) ?? 0,
      sku,
      listingType: toText(item.listing_type_id),
      logisticType: toText(shipping.logistic_type),
      thumbnail: toText(item.secure_thumbnail) ?? toText(item.thumbnail),
      permalink: toText(item.permalink),
      categoryId: toText(item.category_id),
      variationCount: list(item.variations).length,
      variationSkus: variations.map((variation) => variation.sku).filter(Boolean).join(' '),
      dateCreated: utcIso(item.date_created),
      lastUpdated: utcIso(item.last_updated),
      raw: encodeJson(raw),
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
