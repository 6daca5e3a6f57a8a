/**
 * A listing edit as the outbox keeps it: the whole-listing fields, and any number of variations of
 * the same listing (all sent in one PUT), each with the values the seller saw when saving — what a
 * conflict is judged against. Entries written before variations went together carried one
 * `variationId`; they are read into the same shape, so they still show and still send.
 */
import { z } from 'zod';
import type { ListingChanges, ListingEditField } from './listing-edits';

export type BaseValues = Partial<Record<ListingEditField, unknown>>;

export interface VariationEdit {
  id: number;
  changes: ListingChanges;
  base: BaseValues;
}

export interface ListingEditPayload {
  version: 2;
  itemId: string;
  /** Fields of the whole listing (title, status, description; price, stock and SKU without variations). */
  changes: ListingChanges;
  /** What the seller saw when saving: the listing's last_updated and each changed listing field's value. */
  base: { lastUpdated: string | null; values: BaseValues };
  /** Variations changed by this edit; every other existing variation is listed unchanged in the PUT. */
  variations: VariationEdit[];
}

/** One place an edit writes to: the listing itself (variationId null) or one of its variations. */
export interface EditPart {
  variationId: number | null;
  changes: ListingChanges;
  base: BaseValues;
}

const Values = z.record(z.string(), z.unknown());
const Base = z.object({ lastUpdated: z.string().nullable().optional(), values: Values.optional() }).partial();

const Current = z.object({
  version: z.literal(2),
  itemId: z.string(),
  changes: Values,
  base: Base.optional(),
  variations: z.array(z.object({ id: z.number(), changes: Values, base: Values.optional() })),
});

/** The first shape: one entry per variation. */
const Legacy = z.object({ itemId: z.string(), variationId: z.number().nullable().optional(), changes: Values, base: Base.optional() });

/** An outbox payload in the current shape, whichever shape it was written in; null when it is no listing edit. */
export function readListingEdit(payload: unknown): ListingEditPayload | null {
  const current = Current.safeParse(payload);
  if (current.success) {
    const { itemId, changes, base, variations } = current.data;
    return {
      version: 2,
      itemId,
      changes: changes as ListingChanges,
      base: { lastUpdated: base?.lastUpdated ?? null, values: base?.values ?? {} },
      variations: variations.map((variation) => ({ id: variation.id, changes: variation.changes as ListingChanges, base: variation.base ?? {} })),
    };
  }
  const legacy = Legacy.safeParse(payload);
  if (!legacy.success) return null;
  const { itemId, variationId, changes, base } = legacy.data;
  const lastUpdated = base?.lastUpdated ?? null;
  const values = base?.values ?? {};
  if (variationId === null || variationId === undefined) return { version: 2, itemId, changes: changes as ListingChanges, base: { lastUpdated, values }, variations: [] };
  return { version: 2, itemId, changes: {}, base: { lastUpdated, values: {} }, variations: [{ id: variationId, changes: changes as ListingChanges, base: values }] };
}

export function changedFields(changes: ListingChanges): ListingEditField[] {
  return (Object.keys(changes) as ListingEditField[]).filter((field) => changes[field] !== undefined);
}

/** The listing part (when it changes anything) and each variation part, in that order. */
export function editParts(payload: ListingEditPayload): EditPart[] {
  const parts: EditPart[] = [];
  if (changedFields(payload.changes).length > 0) parts.push({ variationId: null, changes: payload.changes, base: payload.base.values });
  for (const variation of payload.variations) parts.push({ variationId: variation.id, changes: variation.changes, base: variation.base });
  return parts;
}
