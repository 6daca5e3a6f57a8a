/**
 * Listings: search (offset pages, or scan for more than 1000 results), multiget in both documented
 * shapes, read and update one item, and its description.
 */
import type { MeliClient } from '../client';
import { meliErrorDetails, readErrorBody } from '../errors';
import { Description, Item, ItemSearch, MultigetEntry, type Paging } from '../schemas';
import { z } from 'zod';
import { parseAnswer, requireInput, seg } from './parse';

export const SEARCH_LIMIT_MAX = 100;
export const MULTIGET_MAX_IDS = 20;

export interface ItemSearchQuery {
  sellerId: number;
  status?: string;
  /** seller_custom_field */
  sku?: string;
  /** The SELLER_SKU attribute. */
  sellerSku?: string;
  offset?: number;
  limit?: number;
}

export interface ItemSearchPage {
  ids: string[];
  paging: Paging;
}

/** One answer of a multiget, whichever shape (code or status_code) Mercado Libre used. */
export type MultigetResult =
  | { ok: true; id: string; status: number; item: Item }
  | { ok: false; id: string; status: number; error: string | null; message: string | null };

/** What PUT /items/{id} accepts; `tags` and `variations` replace whole lists (see MELI-API.md). */
export interface ItemUpdate {
  title?: string;
  price?: number;
  available_quantity?: number;
  status?: 'active' | 'paused' | 'closed';
  seller_custom_field?: string | null;
  attributes?: Array<{ id: string; value_name?: string | null; value_id?: string | null }>;
  tags?: string[];
  shipping?: Record<string, unknown>;
  variations?: Array<{ id: number } & Record<string, unknown>>;
  [field: string]: unknown;
}

export type MultigetPath = '/items' | '/items/bulk';

/**
 * Which multiget form this app's Mercado Libre answers. Shared by every view of one client, so the
 * form found once is used from then on (until it, too, is refused).
 */
export interface MultigetMemory {
  path: MultigetPath;
}

/** How Mercado Libre refuses a multiget form it no longer serves ("use /items/bulk"). */
const FORM_REFUSED = new Set([400, 404, 410]);

function formRefused(error: unknown): boolean {
  const status = meliErrorDetails(error)?.status;
  return typeof status === 'number' && FORM_REFUSED.has(status);
}

function searchQuery(query: Omit<ItemSearchQuery, 'sellerId'>) {
  return { status: query.status, sku: query.sku, seller_sku: query.sellerSku };
}

function toMultigetResults(entries: z.infer<typeof MultigetEntry>[], requested: readonly string[]): MultigetResult[] {
  return entries.map((entry, index) => {
    const status = entry.code ?? entry.status_code ?? 0;
    const fallbackId = requested[index] ?? '';
    if (status >= 200 && status < 300) {
      const item = Item.safeParse(entry.body);
      if (item.success) return { ok: true, id: item.data.id, status, item: item.data };
      return { ok: false, id: fallbackId, status, error: 'unexpected_response', message: item.error.issues[0]?.message ?? null };
    }
    const { error, message } = readErrorBody(entry.body);
    const bodyId = (entry.body as { id?: unknown } | null)?.id;
    return { ok: false, id: typeof bodyId === 'string' ? bodyId : fallbackId, status, error, message };
  });
}

export function itemsApi(client: MeliClient, memory: MultigetMemory = { path: '/items' }) {
  async function multigetFrom(path: MultigetPath, userId: number, ids: readonly string[], attributes?: readonly string[]) {
    requireInput(ids.length > 0 && ids.length <= MULTIGET_MAX_IDS, `A multiget takes 1 to ${MULTIGET_MAX_IDS} ids.`, 'ids');
    const call = { userId, method: 'GET', path } as const;
    const response = await client.request({ ...call, query: { ids: ids.join(','), attributes: attributes?.join(',') } });
    return toMultigetResults(parseAnswer(z.array(MultigetEntry), response, call), ids);
  }

  return {
    /** One page of the seller's item ids (offset mode, up to 1000 results in all). */
    async search(userId: number, query: ItemSearchQuery): Promise<ItemSearchPage> {
      const limit = query.limit ?? 50;
      requireInput(limit >= 1 && limit <= SEARCH_LIMIT_MAX, `Item search pages hold 1 to ${SEARCH_LIMIT_MAX} results.`, 'limit');
      const call = { userId, method: 'GET', path: `/users/${seg(query.sellerId)}/items/search` } as const;
      const response = await client.request({ ...call, query: { ...searchQuery(query), offset: query.offset ?? 0, limit } });
      const page = parseAnswer(ItemSearch, response, call);
      return { ids: page.results ?? [], paging: page.paging ?? {} };
    },

    /** Every item id of the seller, page by page, following scroll_id (which expires after 5 minutes). */
    async *scan(userId: number, query: Omit<ItemSearchQuery, 'offset'>): AsyncGenerator<string[]> {
      const limit = query.limit ?? SEARCH_LIMIT_MAX;
      requireInput(limit >= 1 && limit <= SEARCH_LIMIT_MAX, `Item search pages hold 1 to ${SEARCH_LIMIT_MAX} results.`, 'limit');
      const call = { userId, method: 'GET', path: `/users/${seg(query.sellerId)}/items/search` } as const;
      let scrollId: string | undefined;
      for (;;) {
        const response = await client.request({ ...call, query: { ...searchQuery(query), search_type: 'scan', limit, scroll_id: scrollId } });
        const page = parseAnswer(ItemSearch, response, call);
        const ids = page.results ?? [];
        if (ids.length === 0) return;
        yield ids;
        if (!page.scroll_id) return;
        scrollId = page.scroll_id;
      }
    },

    /** GET /items?ids= (≤ 20): one result per id, in the order asked, failures included. */
    multiget(userId: number, ids: readonly string[], attributes?: readonly string[]): Promise<MultigetResult[]> {
      return multigetFrom('/items', userId, ids, attributes);
    },

    /** GET /items/bulk?ids= — the reported replacement of multiget, answering status_code. */
    bulk(userId: number, ids: readonly string[], attributes?: readonly string[]): Promise<MultigetResult[]> {
      return multigetFrom('/items/bulk', userId, ids, attributes);
    },

    /**
     * A multiget in whichever form works: the one that worked last, else the other when the form itself
     * is refused (400/404/410). When both refuse, the first refusal is the error.
     */
    async read(userId: number, ids: readonly string[], attributes?: readonly string[]): Promise<MultigetResult[]> {
      const tried = memory.path;
      try {
        return await multigetFrom(tried, userId, ids, attributes);
      } catch (error) {
        if (!formRefused(error)) throw error;
        const other: MultigetPath = tried === '/items' ? '/items/bulk' : '/items';
        const results = await multigetFrom(other, userId, ids, attributes).catch((second: unknown) => {
          throw formRefused(second) ? error : second;
        });
        memory.path = other;
        return results;
      }
    },

    /** The multiget form `read` uses now. */
    multigetPath(): MultigetPath {
      return memory.path;
    },

    async get(userId: number | null, itemId: string): Promise<Item> {
      const call = { userId, method: 'GET', path: `/items/${seg(itemId)}` } as const;
      return parseAnswer(Item, await client.request(call), call);
    },

    /** PUT /items/{id}; a 409 (conflict) means re-read and try again. */
    async update(userId: number, itemId: string, changes: ItemUpdate): Promise<Item> {
      const call = { userId, method: 'PUT', path: `/items/${seg(itemId)}` } as const;
      return parseAnswer(Item, await client.request({ ...call, body: changes }), call);
    },

    async description(userId: number | null, itemId: string): Promise<Description> {
      const call = { userId, method: 'GET', path: `/items/${seg(itemId)}/description` } as const;
      return parseAnswer(Description, await client.request(call), call);
    },

    /** PUT /items/{id}/description?api_version=2 with the plain text. */
    async updateDescription(userId: number, itemId: string, plainText: string): Promise<Description> {
      const call = { userId, method: 'PUT', path: `/items/${seg(itemId)}/description` } as const;
      const response = await client.request({ ...call, query: { api_version: 2 }, body: { plain_text: plainText } });
      return parseAnswer(Description, response, call);
    },
  };
}
