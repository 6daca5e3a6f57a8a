/** What the local cache tells the screens after each commit: which kinds of data changed, for whom. */
import { z } from 'zod';
import type { EventSpec } from './define';

export const CACHE_ENTITIES = ['orders', 'items', 'questions', 'shipments', 'descriptions', 'outbox', 'accounts'] as const;
export const CacheEntity = z.enum(CACHE_ENTITIES);
export type CacheEntity = z.infer<typeof CacheEntity>;

export const CacheChanged = z.object({
  userId: z.number(),
  entities: z.array(CacheEntity).min(1),
  /**
   * `shipping`: only the orders' shipping state changed (a label download moved shipments to
   * printed) — no sale, no listing, nothing a stock pass or the new-order watch reads.
   */
  scope: z.enum(['shipping']).optional(),
});
export type CacheChanged = z.infer<typeof CacheChanged>;

export const cacheMethods = {} as const;

export const cacheEvents = {
  'cache.changed': {
    summary: "Saved data changed after a commit (a sync page, a description read, an edit): which entities, for which account. Screens re-read only what they show.",
    payload: CacheChanged,
  },
} as const satisfies Record<string, EventSpec>;
