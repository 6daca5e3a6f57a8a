/**
 * Turns what a seller types into a safe FTS5 query: each word becomes a quoted prefix term, all must
 * match. Quotes are doubled and control characters dropped, so no input can inject FTS syntax or break
 * the expression.
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
