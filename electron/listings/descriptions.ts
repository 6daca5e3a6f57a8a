/**
 * Listing descriptions, read lazily: when a listing is opened, ask Mercado Libre and keep the copy;
 * when it cannot be reached, answer with the saved copy (or say there is none).
 */
import type { Database } from 'better-sqlite3';
import type { ListingDescription } from '../../shared/listings';
import { AppError } from '../../shared/errors';
import { utcIso } from '../db/values';
import type { MeliApi } from '../meli/endpoints';

export async function listingDescription(db: Database, api: MeliApi, itemId: string): Promise<ListingDescription> {
  const owner = db.prepare('SELECT user_id FROM items WHERE id = ?').pluck().get(itemId) as number | undefined;
  if (owner === undefined) throw new AppError('not_found', 'That listing is not in the saved data.');
  try {
    const description = await api.items.description(owner, itemId);
    const fetchedAt = new Date().toISOString();
    const plainText = description.plain_text ?? '';
    db.prepare(
      `INSERT INTO item_descriptions (item_id, plain_text, last_updated, fetched_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(item_id) DO UPDATE SET plain_text = excluded.plain_text, last_updated = excluded.last_updated, fetched_at = excluded.fetched_at`,
    ).run(itemId, plainText, utcIso(description.last_updated), fetchedAt);
    return { itemId, plainText, fetchedAt, fromCache: false };
  } catch (error) {
    const saved = db.prepare('SELECT plain_text, fetched_at FROM item_descriptions WHERE item_id = ?').get(itemId) as { plain_text: string; fetched_at: string } | undefined;
    if (saved && error instanceof AppError && (error.code === 'offline' || error.code === 'rate_limited')) {
      return { itemId, plainText: saved.plain_text, fetchedAt: saved.fetched_at, fromCache: true };
    }
    throw error;
  }
}
