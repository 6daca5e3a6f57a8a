/** Small helpers the cache uses to turn Mercado Libre's JSON into the columns the UI filters on. */

/** Dates are stored in UTC ISO form so they sort as text; the raw JSON keeps the original offset. */
export function utcIso(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Ids arrive as numbers or strings in documented samples. */
export function toInt(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export function toText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Turns what a seller types into a safe FTS5 query: each word becomes a quoted prefix term, all must
 * match. Quotes are doubled so no input can inject FTS syntax.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    // Control characters (NUL ends an FTS5 string early) are never part of a word a seller searches for.
    .replace(/\p{Cc}/gu, ' ')
    .split(/[\s,;]+/)
    .map((word) => word.replace(/["*^():]/g, '').trim())
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' AND ');
}
