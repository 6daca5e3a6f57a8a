/** Making and keeping own documents: generated once, kept as a file (0600), printed and previewed from it. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { DocumentInfo, type DocumentsCreateInput, type LabelFormat } from '../../../shared/labels';
import { SiteId, type Language } from '../../../shared/settings';
import { writePrivateFile } from '../../core/file-modes';
import { buildPages } from './document-model';
import { documentWords } from './document-words';
import { renderPdf } from './render-pdf';
import { renderZpl } from './render-zpl';

/** A document's facts are kept beside its bytes (documents/ID.json), so no table is needed. */
export function createDocuments(db: Database, dataDir: string, language: () => Language = () => 'es') {
  const siteOf = db.prepare('SELECT site_id FROM accounts WHERE user_id = ?').pluck();
  const fileOf = (id: string, ext: LabelFormat | 'json') => {
    if (!/^doc_[a-z0-9]+$/.test(id)) throw new AppError('invalid_input', 'That is not a document id.');
    return path.join(dataDir, 'documents', `${id}.${ext}`);
  };

  return {
    async create(input: DocumentsCreateInput): Promise<DocumentInfo> {
      const seller = language();
      const pages = buildPages(db, input.kind, input.orderIds, seller, (userId) => SiteId.safeParse(siteOf.get(userId)).data ?? null);
      const bytes = input.format === 'zpl' ? Buffer.from(renderZpl(pages, input.size, input.dpi), 'utf8') : await renderPdf(pages, input.size, documentWords(seller).title[input.kind]);
      const id = `doc_${crypto.randomBytes(10).toString('hex')}`;
      const info: DocumentInfo = { documentId: id, kind: input.kind, format: input.format, size: input.size, dpi: input.dpi, pages: pages.length, orderIds: input.orderIds };
      writePrivateFile(fileOf(id, input.format), bytes);
      writePrivateFile(fileOf(id, 'json'), Buffer.from(JSON.stringify(info)));
      return info;
    },
    get(id: string): DocumentInfo {
      let text: string;
      try {
        text = fs.readFileSync(fileOf(id, 'json'), 'utf8');
      } catch {
        throw new AppError('not_found', 'That document is not on this computer.', { documentId: id });
      }
      return DocumentInfo.parse(JSON.parse(text));
    },
    read(id: string): { info: DocumentInfo; bytes: Buffer } {
      const found = this.get(id);
      return { info: found, bytes: fs.readFileSync(fileOf(id, found.format)) };
    },
  };
}
export type Documents = ReturnType<typeof createDocuments>;
