/**
 * Own documents for the orders picked in Orders: a packing slip per order, one picking list for all of
 * them, or a shipping label of our own (for orders Mercado Libre makes no label for). Made for the
 * chosen printer's language, size and dpi, shown page by page as it will print (drawn in main, no
 * network), then printed as one job whose progress, failure and resend show here.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type DocumentInfo, type DocumentKind, type PreviewOutput } from '../../../shared/labels';
import type { ApiError } from '../../../shared/errors';
import type { Printer } from '../../../shared/printing';
import { Modal } from '../../components/Modal';
import { localizeError } from '../../i18n/errors';
import { isApiError, request, usePrintJob } from './labels-store';
import { JobStatus, PrinterOptions } from './PrintBar';

/** With no printer yet, what the preview is made for: a PDF at the common label size. */
const NO_PRINTER = { language: 'pdf', size: '4x6in', dpi: 203 } as const;

export function DocumentsDialog({ orderIds, printers, onClose }: { orderIds: readonly number[]; printers: Printer[]; onClose(): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('packing_slip');
  const [printerId, setPrinterId] = useState(printers[0]?.id ?? '');
  const printer = printers.find((p) => p.id === printerId) ?? printers[0] ?? null;
  const profile = printer?.profile ?? NO_PRINTER;
  const [made, setMade] = useState<{ doc: DocumentInfo; preview: PreviewOutput } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const job = usePrintJob(jobId);
  const running = job?.state === 'queued' || job?.state === 'sending';

  // Made again whenever what it is made for changes: the preview is always what would print.
  const key = `${kind}|${profile.language}|${profile.size}|${profile.dpi}|${orderIds.join(',')}`;
  useEffect(() => {
    let live = true;
    setMade(null);
    setFailure(null);
    void (async () => {
      try {
        const doc = await request('documents.create', { orderIds: [...orderIds], kind, format: profile.language, size: profile.size, dpi: profile.dpi });
        const preview = await request('labels.preview', { documentId: doc.documentId });
        if (live) setMade({ doc, preview });
      } catch (caught) {
        if (live && isApiError(caught)) setFailure(caught);
      }
    })();
    return () => {
      live = false;
    };
    // `key` says everything the document depends on.
  }, [key]);

  const print = async () => {
    if (!printer || !made) return;
    setFailure(null);
    try {
      setJobId((await request('print.submit', { printerId: printer.id, documentId: made.doc.documentId })).jobId);
    } catch (caught) {
      if (isApiError(caught)) setFailure(caught);
    }
  };

  return (
    <Modal title={t('labels.documents.title', { count: orderIds.length })} onDismiss={onClose} testId="documents-dialog">
      <div className="documents-dialog">
        <div className="documents-dialog__choices">
          <label className="field labels-field">
            <span className="field__label">{t('labels.documents.kind')}</span>
            <select className="input" value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)} data-testid="documents-kind">
              {DOCUMENT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`labels.documents.kinds.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field labels-field">
            <span className="field__label">{t('labels.printer')}</span>
            <select className="input" value={printer?.id ?? ''} onChange={(event) => setPrinterId(event.target.value)} disabled={printers.length === 0} data-testid="documents-printer">
              <PrinterOptions printers={printers} />
            </select>
          </label>
        </div>
        <p className="field__help" data-testid="documents-made-for">
          {t(`labels.documents.about.${kind}`)}{' '}
          {t('labels.documents.madeFor', { format: profile.language.toUpperCase(), size: profile.size === '4x6in' ? '4×6 in' : '10×15 cm', dpi: profile.dpi })}
        </p>
        <div className="documents-dialog__pages" aria-busy={made === null && failure === null} data-testid="documents-preview">
          {made === null && failure === null && <p>{t('labels.documents.making')}</p>}
          {made?.preview.pngPages.map((png, index) => (
            <img key={index} className="labels-preview__page" src={`data:image/png;base64,${png}`} alt={t('labels.documents.page', { page: index + 1, pages: made.preview.pages })} />
          ))}
        </div>
        {made && (
          <p data-testid="documents-pages">
            {made.preview.pages > made.preview.pngPages.length
              ? t('labels.previewMore', { shown: made.preview.pngPages.length, pages: made.preview.pages })
              : t('labels.documents.pages', { count: made.preview.pages })}
          </p>
        )}
        {job && <JobStatus job={job} testId="documents" />}
        {failure && (
          <p className="labels-error" role="alert">
            {localizeError(failure, (key) => t(key))}
          </p>
        )}
        <div className="form__actions labels-actions">
          <button type="button" className="button button--primary" disabled={!printer || !made || running} onClick={() => void print()} data-testid="documents-print">
            {made ? t('labels.documents.print', { count: made.doc.pages }) : t('labels.print')}
          </button>
          <button type="button" className="button button--outline" onClick={onClose}>
            {t('labels.documents.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
