/**
 * The bulk bar's logic, kept apart from React so it can be tested: which rows are selected (checked one
 * by one, a Shift range, or "every listing matching the filter"), what the seller asked for as a
 * `BulkChange`, and the words of a finished batch's summary.
 */
import type { BulkBatchStatus, BulkChange } from '../../../shared/listing-edits';
import type { SiteMoney } from './site-money';

/** Checked rows by id, or every listing the current filter matches (sent as the Listings query). */
export type Selection = { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'query' };

export const NO_SELECTION: Selection = { kind: 'ids', ids: new Set() };

export function selectedCount(selection: Selection, matching: number): number {
  return selection.kind === 'query' ? matching : selection.ids.size;
}

export function isSelected(selection: Selection, id: string): boolean {
  return selection.kind === 'query' || selection.ids.has(id);
}

/** One row checked or unchecked; with `range`, every row between it and the last one clicked takes its new state. */
export function toggleRows(selection: Selection, ids: readonly string[], checked: boolean): Selection {
  const next = new Set(selection.kind === 'ids' ? selection.ids : []);
  for (const id of ids) {
    if (checked) next.add(id);
    else next.delete(id);
  }
  return { kind: 'ids', ids: next };
}

export const BULK_ACTIONS = ['price_up', 'price_down', 'price_set', 'stock_set', 'stock_add', 'pause', 'activate'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** What the value box asks for with each action (none for pause / activate). */
export function valueKind(action: BulkAction): 'percent' | 'price' | 'quantity' | 'delta' | null {
  if (action === 'price_up' || action === 'price_down') return 'percent';
  if (action === 'price_set') return 'price';
  if (action === 'stock_set') return 'quantity';
  if (action === 'stock_add') return 'delta';
  return null;
}

function wholeNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0.]/g, '').replace('−', '-').replace(/^\+/, '');
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : null;
}

/** The change the seller asked for, or null while the value is missing or out of range. */
export function bulkChangeOf(action: BulkAction, text: string, money: SiteMoney): BulkChange | null {
  if (action === 'pause') return { kind: 'status', status: 'paused' };
  if (action === 'activate') return { kind: 'status', status: 'active' };
  if (action === 'price_set') {
    const price = money.parse(text);
    return price !== null && price > 0 && price <= 1e10 ? { kind: 'price_set', price } : null;
  }
  if (action === 'price_up' || action === 'price_down') {
    const percent = money.parse(text.replace('%', ''));
    if (percent === null || percent <= 0) return null;
    const signed = action === 'price_up' ? percent : -percent;
    return signed >= -90 && signed <= 500 ? { kind: 'price_percent', percent: signed } : null;
  }
  const amount = wholeNumber(text);
  if (amount === null || Math.abs(amount) > 1_000_000) return null;
  if (action === 'stock_set') return amount >= 0 ? { kind: 'stock_set', quantity: amount } : null;
  return amount !== 0 ? { kind: 'stock_add', delta: amount } : null;
}

/** Still being sent: the batch is over when nothing is pending. */
export function batchRunning(status: BulkBatchStatus | null): boolean {
  return status === null || status.pending > 0;
}

/** "N changed, M left out, K failed": conflicts count as failed here, both wait in Pending changes. */
export function batchSummary(status: BulkBatchStatus, leftOut: number): { changed: number; leftOut: number; failed: number; cancelled: number } {
  return { changed: status.done, leftOut, failed: status.failed + status.conflict, cancelled: status.discarded };
}
