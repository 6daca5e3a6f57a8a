/**
 * A listing's detail beyond its row, read from the saved copy (so it opens offline): its pictures (the
 * https address Mercado Libre serves), its attributes with a name and a value, and its condition.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { ListingDetail } from '../../shared/listings';
import { decodeJson } from '../db/json-codec';
import { ItemForDetail } from '../meli/schemas';

/** The SKU has its own place on screen, and the condition when the listing states it: not repeated among the attributes. */
const SKU = 'SELLER_SKU';
const CONDITION = 'ITEM_CONDITION';

export function listingDetail(db: Database, itemId: string): ListingDetail {
  const saved = db.prepare('SELECT raw FROM items WHERE id = ?').get(itemId) as { raw: Buffer } | undefined;
  if (!saved) throw new AppError('not_found', 'That listing is not in the saved data.');
  const parsed = ItemForDetail.safeParse(decodeJson(saved.raw));
  const item = parsed.success ? parsed.data : {};
  const pictures = (item.pictures ?? []).flatMap((picture, index) => {
    const url = picture.secure_url ?? picture.url;
    return url ? [{ id: picture.id ?? String(index), url: url.replace(/^http:\/\//, 'https://') }] : [];
  });
  const condition = item.condition ?? null;
  const attributes = (item.attributes ?? []).flatMap((attribute) => {
    const { id, name, value_name: value } = attribute;
    if (!id || !value || id === SKU || (id === CONDITION && condition)) return [];
    return [{ id, name: name ?? id, value }];
  });
  return { itemId, pictures, attributes, condition };
}
