/**
 * The editor's form as plain data: the values a listing has now as the seller sees them (Mercado
 * Libre's, with queued edits laid over them), the form's text, and what Save must send — only changed
 * fields, one `listings.edit` call for the listing and one per edited variation. Pure, so it is easy to
 * reason about and test.
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

/** The calls Save makes: only fields that differ from what the listing shows now. */
export function editCalls(row: ListingRow, draft: Draft, money: SiteMoney, savedDescription: string | null): { calls: EditCall[]; issues: LocalIssues } {
  const issues: LocalIssues = {};
  const calls: EditCall[] = [];
  const changes: ListingChanges = {};
  const fulfilment = row.logisticType === 'fulfillment';
  const hasVariations = row.variations.length > 0;

  const title = draft.title.trim();
  if (title !== shownValue(row, 'title', row.title)) changes.title = title;
  if (draft.status !== shownValue(row, 'status', row.status) && (EDITABLE_STATUSES as readonly string[]).includes(draft.status)) {
    changes.status = draft.status as EditableStatus;
  }
  if (draft.description !== null && draft.description !== savedDescription) changes.description = draft.description;
  if (!hasVariations) {
    const price = money.parse(draft.price);
    if (price === null || price <= 0) issues.price = 'invalid_price';
    else if (price !== shownValue(row, 'price', row.price)) changes.price = price;
    if (!fulfilment) {
      const stock = parseStock(draft.stock);
      if (stock === null) issues.availableQuantity = 'invalid_stock';
      else if (stock !== shownValue(row, 'availableQuantity', row.available)) changes.availableQuantity = stock;
    }
    const sku = draft.sku.trim();
    if (sku !== '' && sku !== shownValue(row, 'sku', row.sku ?? '')) changes.sku = sku;
  }
  if (Object.keys(changes).length > 0) calls.push({ variationId: null, changes });

  for (const variation of row.variations) {
    const typed = draft.variations[variation.id];
    if (!typed) continue;
    const variationChanges: ListingChanges = {};
    const price = money.parse(typed.price);
    if (price === null || price <= 0) issues[issueKey(variation.id, 'price')] = 'invalid_price';
    else if (price !== shownValue(row, 'price', variation.price ?? row.price, variation.id)) variationChanges.price = price;
    if (!fulfilment) {
      const stock = parseStock(typed.stock);
      if (stock === null) issues[issueKey(variation.id, 'availableQuantity')] = 'invalid_stock';
      else if (stock !== shownValue(row, 'availableQuantity', variation.available, variation.id)) variationChanges.availableQuantity = stock;
    }
    if (Object.keys(variationChanges).length > 0) calls.push({ variationId: variation.id, changes: variationChanges });
  }
  return { calls, issues };
}
