/**
 * The editor's form as plain data: the values a listing has now as the seller sees them (Mercado
 * Libre's, with queued edits laid over them), the form's text, and what Save must send — only the
 * fields the seller changed, one `listings.edit` call for the listing and one per edited variation.
 * A field the seller did not touch follows the listing when it changes underneath (a sale lowers the
 * stock): it is never sent back with the value it had when the editor opened.
 */
import type { ListingChanges, ListingEditField, PendingEdit } from '../../../shared/listing-edits';
import type { ListingRow } from '../../../shared/listings';
import type { SiteMoney } from './site-money';

export const EDITABLE_STATUSES = ['active', 'paused', 'closed'] as const;
export type EditableStatus = (typeof EDITABLE_STATUSES)[number];

/** Outbox states whose edit still shows in the listing (sent ones are Mercado Libre's value by now). */
const SHOWN_STATES = new Set(['pending', 'sending', 'unclear', 'failed', 'conflict']);

/** The newest queued edit of `field` (for the listing, or one variation), if any. */
export function pendingEdit(row: ListingRow, field: ListingEditField, variationId: number | null = null): PendingEdit | null {
  const edits = (row.pending ?? []).filter((edit) => SHOWN_STATES.has(edit.state) && edit.variationId === variationId && edit.changes[field] !== undefined);
  return edits.at(-1) ?? null;
}

/** The newest queued edit of any variation, for a marker beside the "N variations" link. */
export function variationPending(row: ListingRow): PendingEdit | null {
  return (row.pending ?? []).filter((edit) => SHOWN_STATES.has(edit.state) && edit.variationId !== null).at(-1) ?? null;
}

/** What the seller sees for a field: the queued value while one waits, else the saved one. */
export function shownValue<T>(row: ListingRow, field: ListingEditField, saved: T, variationId: number | null = null): T {
  const edit = pendingEdit(row, field, variationId);
  return edit ? (edit.changes[field] as T) : saved;
}

export interface Draft {
  title: string;
  price: string;
  stock: string;
  status: string;
  sku: string;
  /** null until the description is read. */
  description: string | null;
  confirmClose: boolean;
  variations: Record<number, { price: string; stock: string }>;
}

export function draftOf(row: ListingRow, money: SiteMoney, description: string | null): Draft {
  const variations: Draft['variations'] = {};
  for (const variation of row.variations) {
    variations[variation.id] = {
      price: money.toInput(shownValue(row, 'price', variation.price ?? row.price, variation.id)),
      stock: String(shownValue(row, 'availableQuantity', variation.available, variation.id)),
    };
  }
  return {
    title: shownValue(row, 'title', row.title),
    price: money.toInput(shownValue(row, 'price', row.price)),
    stock: String(shownValue(row, 'availableQuantity', row.available)),
    status: shownValue(row, 'status', row.status),
    sku: shownValue(row, 'sku', row.sku ?? ''),
    description,
    confirmClose: false,
    variations,
  };
}

type Flat = Omit<Draft, 'variations' | 'confirmClose'>;
const FLAT_FIELDS: readonly (keyof Flat)[] = ['title', 'price', 'stock', 'status', 'sku', 'description'];

/** The form after the listing changed from `before` to `after`: untouched fields take the new values. */
export function rebaseDraft(before: Draft, draft: Draft, after: Draft): Draft {
  const next: Draft = { ...draft, variations: { ...draft.variations } };
  for (const field of FLAT_FIELDS) {
    if (draft[field] === before[field]) (next as Flat)[field] = after[field] as never;
  }
  for (const [id, values] of Object.entries(after.variations)) {
    const key = Number(id);
    const old = before.variations[key];
    const typed = draft.variations[key];
    next.variations[key] = {
      price: typed && old && typed.price !== old.price ? typed.price : values.price,
      stock: typed && old && typed.stock !== old.stock ? typed.stock : values.stock,
    };
  }
  return next;
}

export interface EditCall {
  variationId: number | null;
  changes: ListingChanges;
}

/** Problems found before anything is sent, keyed like the server's: "title", "v:123:price". */
export type LocalIssues = Record<string, 'invalid_price' | 'invalid_stock'>;

function parseStock(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export function issueKey(variationId: number | null, field: string): string {
  return variationId === null ? field : `v:${variationId}:${field}`;
}

/** The calls Save makes: only fields the seller changed (from `initial`) to a value the listing does not have. */
export function editCalls(row: ListingRow, draft: Draft, initial: Draft, money: SiteMoney): { calls: EditCall[]; issues: LocalIssues } {
  const issues: LocalIssues = {};
  const calls: EditCall[] = [];
  const changes: ListingChanges = {};
  const fulfilment = row.logisticType === 'fulfillment';
  const hasVariations = row.variations.length > 0;

  const touched = (field: keyof Flat) => draft[field] !== initial[field];

  const title = draft.title.trim();
  if (touched('title') && title !== shownValue(row, 'title', row.title)) changes.title = title;
  if (touched('status') && draft.status !== shownValue(row, 'status', row.status) && (EDITABLE_STATUSES as readonly string[]).includes(draft.status)) {
    changes.status = draft.status as EditableStatus;
  }
  if (touched('description') && draft.description !== null) changes.description = draft.description;
  if (!hasVariations) {
    const price = money.parse(draft.price);
    if (touched('price') && (price === null || price <= 0)) issues.price = 'invalid_price';
    else if (touched('price') && price !== null && price !== shownValue(row, 'price', row.price)) changes.price = price;
    if (!fulfilment && touched('stock')) {
      const stock = parseStock(draft.stock);
      if (stock === null) issues.availableQuantity = 'invalid_stock';
      else if (stock !== shownValue(row, 'availableQuantity', row.available)) changes.availableQuantity = stock;
    }
    const sku = draft.sku.trim();
    if (touched('sku') && sku !== '' && sku !== shownValue(row, 'sku', row.sku ?? '')) changes.sku = sku;
  }
  if (Object.keys(changes).length > 0) calls.push({ variationId: null, changes });

  for (const variation of row.variations) {
    const typed = draft.variations[variation.id];
    const before = initial.variations[variation.id];
    if (!typed || !before) continue;
    const variationChanges: ListingChanges = {};
    if (typed.price !== before.price) {
      const price = money.parse(typed.price);
      if (price === null || price <= 0) issues[issueKey(variation.id, 'price')] = 'invalid_price';
      else if (price !== shownValue(row, 'price', variation.price ?? row.price, variation.id)) variationChanges.price = price;
    }
    if (!fulfilment && typed.stock !== before.stock) {
      const stock = parseStock(typed.stock);
      if (stock === null) issues[issueKey(variation.id, 'availableQuantity')] = 'invalid_stock';
      else if (stock !== shownValue(row, 'availableQuantity', variation.available, variation.id)) variationChanges.availableQuantity = stock;
    }
    if (Object.keys(variationChanges).length > 0) calls.push({ variationId: variation.id, changes: variationChanges });
  }
  return { calls, issues };
}
