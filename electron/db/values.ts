/** How values parsed from Mercado Libre become the columns the screens filter and sort on. */

/** Dates are stored in UTC ISO form so they sort as text; the raw JSON keeps the original offset. */
export function utcIso(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Free text that may be missing or blank. */
export function textOrNull(value: string | null | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
