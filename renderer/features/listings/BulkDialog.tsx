/**
 * A bulk edit from start to end, in one dialog: the preview (before → after, what is left out and why,
 * the counts) comes first and nothing is queued until Apply; then the batch's progress and summary,
 * and an Undo that is followed the same way. Closing the preview changes nothing.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkChange, BulkPreview, BulkPreviewRow } from '../../../shared/listing-edits';
import type { ApiError } from '../../../shared/errors';
import type { ListingsQuery } from '../../../shared/listings';
import { call } from '../../api/client';
import { WarningIcon } from '../../components/icons';
import { Modal } from '../../components/Modal';
import { localizeError } from '../../i18n/errors';
import { useFormat } from '../../i18n/use-format';
import { BulkPreviewTable } from './BulkPreviewTable';
import { BulkProgress } from './BulkProgress';
import { useSiteMoneyByAccount } from './site-money';

export type BulkTarget = { itemIds: string[] } | { query: Omit<ListingsQuery, 'offset' | 'limit'> };

type Phase =
  | { kind: 'loading' }
  | { kind: 'preview'; preview: BulkPreview }
  | { kind: 'batch'; batchId: string; leftOut: number; isUndo: boolean }
  | { kind: 'nothingToUndo' };

export interface BulkDialogProps {
  target: BulkTarget;
  change: BulkChange;
  /** `applied` once anything was queued (the selection is done with). */
  onClose(applied: boolean): void;
}

export function BulkDialog({ target, change, onClose }: BulkDialogProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [error, setError] = useState<ApiError | null>(null);
  const [applying, setApplying] = useState(false);
  const applied = phase.kind === 'batch' || phase.kind === 'nothingToUndo';

  useEffect(() => {
    let current = true;
    void call('listings.bulk.preview', { ...target, change }).then((result) => {
      if (!current) return;
      if (result.ok) setPhase({ kind: 'preview', preview: result.value });
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [target, change]);

  async function apply(preview: BulkPreview) {
    setApplying(true);
    setError(null);
    const result = await call('listings.bulk.apply', { previewId: preview.previewId });
    setApplying(false);
    if (result.ok) setPhase({ kind: 'batch', batchId: result.value.batchId, leftOut: preview.skipping, isUndo: false });
    else setError(result.error);
  }

  const title = phase.kind === 'batch' || phase.kind === 'nothingToUndo' ? t('listings.bulk.batchTitle') : t('listings.bulk.dialogTitle');
  return (
    <Modal title={title} onDismiss={() => onClose(applied)} describedBy={bodyId} testId="bulk-dialog">
      <div id={bodyId} className="bulk-dialog">
        <ChangeLine change={change} sample={phase.kind === 'preview' ? phase.preview.rows[0] : undefined} />
        {phase.kind === 'loading' && !error && <p className="listing-editor__muted">{t('listings.bulk.loading')}</p>}
        {error && (
          <p className="modal__alert" role="alert">
            <WarningIcon size={18} />
            <span>{localizeError(error, (key) => t(key))}</span>
          </p>
        )}
        {phase.kind === 'preview' && (
          <PreviewBody preview={phase.preview} applying={applying} onApply={() => void apply(phase.preview)} onBack={() => onClose(false)} />
        )}
        {phase.kind === 'batch' && (
          <BulkProgress
            key={phase.batchId}
            batchId={phase.batchId}
            leftOut={phase.leftOut}
            isUndo={phase.isUndo}
            onUndone={(undo) => setPhase(undo.batchId === null ? { kind: 'nothingToUndo' } : { kind: 'batch', batchId: undo.batchId, leftOut: 0, isUndo: true })}
            onClose={() => onClose(true)}
          />
        )}
        {phase.kind === 'nothingToUndo' && (
          <div className="modal__body">
            <p role="status">{t('listings.bulk.nothingToUndo')}</p>
            <div className="modal__actions">
              <button type="button" className="button button--primary" autoFocus onClick={() => onClose(true)}>
                {t('listings.bulk.close')}
              </button>
            </div>
          </div>
        )}
        {phase.kind === 'loading' && error && (
          <div className="modal__actions">
            <button type="button" className="button button--primary" autoFocus onClick={() => onClose(false)}>
              {t('listings.bulk.close')}
            </button>
          </div>
        )}
      </div>
    </Modal>
  );
}

function PreviewBody({ preview, applying, onApply, onBack }: { preview: BulkPreview; applying: boolean; onApply(): void; onBack(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: 'changing' | 'skipping' | 'inListings', n: number) => t(`listings.bulk.${key}`, { count: n, n: format.number(n) });
  // Listings with variations change once per variation: say on how many listings, too.
  const listings = new Set(preview.rows.filter((row) => row.skipped === null).map((row) => row.itemId)).size;
  return (
    <div className="modal__body">
      <div className="bulk-dialog__counts" data-testid="bulk-counts">
        <p>
          <strong>{preview.changing > 0 ? count('changing', preview.changing) : t('listings.bulk.nothingToChange')}</strong>
          {listings > 0 && listings !== preview.changing && <> {count('inListings', listings)}</>}
          {preview.skipping > 0 && <> {count('skipping', preview.skipping)}</>}
        </p>
        <p className="bulk-progress__note">{t('listings.bulk.nothingYet')}</p>
      </div>
      <BulkPreviewTable rows={preview.rows} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" autoFocus onClick={onBack} disabled={applying}>
          {t('listings.bulk.back')}
        </button>
        <button type="button" className="button button--primary" onClick={onApply} disabled={applying || preview.changing === 0} data-testid="bulk-apply">
          {applying ? t('listings.bulk.applying') : t('listings.bulk.apply', { count: preview.changing, n: format.number(preview.changing) })}
        </button>
      </div>
    </div>
  );
}

/** The change in words ("Price +10 %"), as the seller picked it. */
function ChangeLine({ change, sample }: { change: BulkChange; sample: BulkPreviewRow | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const moneyOf = useSiteMoneyByAccount();
  const signed = (value: number) => (value > 0 ? `+${format.number(value)}` : `−${format.number(Math.abs(value))}`);
  let text: string;
  if (change.kind === 'price_percent') text = t('listings.bulk.change.price_percent', { signed: signed(change.percent) });
  else if (change.kind === 'price_set') text = t('listings.bulk.change.price_set', { price: sample ? moneyOf(sample.userId).format(change.price, sample.currencyId) : format.number(change.price) });
  else if (change.kind === 'stock_set') text = t('listings.bulk.change.stock_set', { quantity: format.number(change.quantity) });
  else if (change.kind === 'stock_add') text = t('listings.bulk.change.stock_add', { signed: signed(change.delta) });
  else text = t(`listings.bulk.change.status_${change.status}`);
  return (
    <p className="bulk-dialog__change" data-testid="bulk-change">
      {text}
    </p>
  );
}
