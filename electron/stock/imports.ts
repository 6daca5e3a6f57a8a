/**
 * CSV imports: a preview kept for a while under an id, with each row's before → after or its errors;
 * confirming applies the good rows that change something, in one transaction, each one logged.
 * Nothing changes before that.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { ImportPreview } from '../../shared/stock';
import { previewImport } from './csv';
import { loadSkus } from './inventory';

const PREVIEW_TTL_MS = 30 * 60_000;

export function createImports(deps: { db: Database; now: () => Date }) {
  const previews = new Map<string, ImportPreview & { expires: number }>();

  function preview(csv: string): ImportPreview {
    for (const [id, kept] of previews) if (kept.expires < deps.now().getTime()) previews.delete(id);
    const { separator, rows } = previewImport(csv, loadSkus(deps.db));
    const changes = (row: ImportPreview['rows'][number]) =>
      row.errors.length === 0 && row.after !== null && row.before !== null && (row.after.onHand !== row.before.onHand || row.after.buffer !== row.before.buffer);
    const expires = deps.now().getTime() + PREVIEW_TTL_MS;
    const result: ImportPreview = {
      previewId: randomUUID(),
      separator,
      rows,
      changing: rows.filter(changes).length,
      failing: rows.filter((row) => row.errors.length > 0).length,
      expiresAt: new Date(expires).toISOString(),
    };
    previews.set(result.previewId, { ...result, expires });
    return result;
  }

  function apply(previewId: string): { updated: number } {
    const kept = previews.get(previewId);
    if (!kept || kept.expires < deps.now().getTime()) throw new AppError('not_found', 'That import preview has expired or was already applied: preview the file again.');
    previews.delete(previewId);
    const at = deps.now().toISOString();
    const update = deps.db.prepare('UPDATE stock_skus SET on_hand = ?, buffer = ?, name = coalesce(nullif(?, \'\'), name), updated_at = ? WHERE sku = ?');
    const log = deps.db.prepare("INSERT INTO stock_log (at, kind, sku, before, after, detail) VALUES (?, 'import', ?, ?, ?, ?)");
    let updated = 0;
    deps.db.transaction(() => {
      for (const row of kept.rows) {
        if (row.errors.length > 0 || row.after === null || row.before === null) continue;
        if (row.after.onHand === row.before.onHand && row.after.buffer === row.before.buffer) continue;
        update.run(row.after.onHand, row.after.buffer, row.name ?? '', at, row.sku);
        log.run(at, row.sku, row.before.onHand, row.after.onHand, `line ${row.line}, buffer ${row.before.buffer} → ${row.after.buffer}`);
        updated += 1;
      }
    })();
    return { updated };
  }

  return { preview, apply };
}
