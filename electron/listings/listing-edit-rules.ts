/**
 * The documented rules a listing edit must pass before it is queued: title only while nothing was
 * sold and within the category's length, no stock for fulfilment listings, closing confirmed (it is
 * final), nothing on a closed listing, variations edited by their own id. A refusal names its rule.
 */
import { AppError } from '../../shared/errors';
import type { ListingEditInput, ListingEditRule } from '../../shared/listing-edits';

export interface CachedListing {
  id: string;
  userId: number;
  title: string;
  status: string;
  price: number | null;
  availableQuantity: number;
  soldQuantity: number;
  sku: string | null;
  logisticType: string | null;
  categoryId: string | null;
  lastUpdated: string | null;
  variations: Array<{ id: number; price: number | null; availableQuantity: number; sku: string | null }>;
}

interface Issue {
  path: string;
  rule: ListingEditRule;
  message: string;
}

/** Mercado Libre's usual limit when the category's own cannot be read (documented as "often 60"). */
export const DEFAULT_MAX_TITLE_LENGTH = 60;

export function listingEditIssues(listing: CachedListing, input: ListingEditInput, maxTitleLength: number): Issue[] {
  const { changes } = input;
  const issues: Issue[] = [];
  const add = (path: string, rule: ListingEditRule, message: string) => issues.push({ path: `changes.${path}`, rule, message });

  if (listing.status === 'closed') {
    issues.push({ path: 'itemId', rule: 'listing_closed', message: 'This listing is closed on Mercado Libre: closed listings cannot be edited.' });
    return issues;
  }
  if (listing.status === 'under_review' && changes.status === 'active') {
    add('status', 'under_review', 'Mercado Libre is reviewing this listing: it cannot be activated until the review ends.');
  }
  if (changes.title !== undefined) {
    if (listing.soldQuantity > 0) add('title', 'title_has_sales', 'The title cannot change once the listing has sales.');
    else if (changes.title.length > maxTitleLength) add('title', 'title_too_long', `The title can have at most ${maxTitleLength} characters in this category.`);
  }
  if (changes.availableQuantity !== undefined && listing.logisticType === 'fulfillment') {
    add('availableQuantity', 'fulfilment_stock', 'Mercado Libre manages the stock of fulfilment listings: it cannot be changed here.');
  }
  if (changes.status === 'closed' && input.confirmClose !== true) {
    add('status', 'close_unconfirmed', 'Closing a listing is final. Confirm it to close.');
  }
  if (input.variationId !== undefined) {
    if (!listing.variations.some((variation) => variation.id === input.variationId)) {
      issues.push({ path: 'variationId', rule: 'variation_unknown', message: 'This listing has no such variation.' });
    }
    for (const field of ['title', 'status', 'description'] as const) {
      if (changes[field] !== undefined) add(field, 'variation_field', 'This applies to the whole listing, not to one variation.');
    }
  } else if (listing.variations.length > 0) {
    for (const field of ['price', 'availableQuantity', 'sku'] as const) {
      if (changes[field] !== undefined) add(field, 'has_variations', 'This listing has variations: change it on each variation.');
    }
  }
  return issues;
}

export function refuse(issues: Issue[]): never {
  const first = issues[0];
  throw new AppError('invalid_input', `${first?.message ?? 'The change is not valid.'} Nothing was queued.`, { issues });
}
