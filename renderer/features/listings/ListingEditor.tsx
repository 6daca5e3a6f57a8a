/**
 * The listing editor, in a panel beside the table (non-modal, like the order detail: Esc closes it and
 * focus goes back to the row that opened it). Title (locked once the listing has sales), price in the
 * store's money, stock (not for Full), status (closing asks for a final confirmation), description,
 * SKU, and price and stock per variation. Save queues only what changed; refusals show by their field.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingRow } from '../../../shared/listings';
import { CloseIcon } from '../../components/icons';
import { useFormat } from '../../i18n/use-format';
import { ListingEditorFields, ProblemText } from './ListingEditorFields';
import { draftOf, editCalls, rebaseDraft, shownValue, type Draft } from './listing-draft';
import { useSiteMoney } from './site-money';
import { useListing, useListingDescription } from './use-listing';
import { useListingSave, type FieldProblem } from './use-listing-save';

export function ListingEditor({ itemId, onClose }: { itemId: string; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const row = useListing(itemId);

  // Focus goes back to where it was (the row's title button) when the panel closes; declared first so
  // it sees the opener, not the panel's heading. The table may have redrawn the row meanwhile (new
  // rows read, language changed): then the row's button is found again by the listing's id.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>(`[data-item="${CSS.escape(itemId)}"] .listings-title__open`);
      target?.focus();
    };
  }, [itemId]);
  useEffect(() => heading.current?.focus(), [itemId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="listing-editor" aria-labelledby={titleId} data-testid="listing-editor">
      <header className="listing-editor__header">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="listing-editor__title">
          {t('listings.edit.heading')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('listings.edit.close')} title={t('listings.edit.close')}>
          <CloseIcon size={20} />
        </button>
      </header>
      {row === undefined && <p className="listing-editor__muted">{t('listings.edit.loading')}</p>}
      {row === null && <p className="listing-editor__muted">{t('listings.edit.notFound')}</p>}
      {row && <EditorForm key={row.id} row={row} onSaved={onClose} />}
    </aside>
  );
}

function EditorForm({ row, onSaved }: { row: ListingRow; onSaved(): void }) {
  const { t } = useTranslation();
  const format = useFormat(row.userId);
  const money = useSiteMoney(row.userId);
  const description = useListingDescription(row.id);
  const savedDescription = description ? shownValue(row, 'description', description.plainText) : null;
  const current = draftOf(row, money, savedDescription);
  // What the form started from (moved along as the listing changes), to tell what the seller touched.
  const initial = useRef<Draft>(current);
  const [draft, setDraft] = useState<Draft>(current);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [note, setNote] = useState<string | null>(null);
  const { saving, save } = useListingSave(row.id);

  // The listing changed underneath (a sync, a sale, the description arriving): untouched fields follow.
  const currentKey = JSON.stringify(current);
  useEffect(() => {
    const before = initial.current;
    const after = JSON.parse(currentKey) as Draft;
    initial.current = after;
    setDraft((typed) => rebaseDraft(before, typed, after));
  }, [currentKey]);

  const closed = row.status === 'closed';
  const queued = (row.pending ?? []).some((edit) => ['pending', 'sending', 'unclear'].includes(edit.state));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { calls, issues } = editCalls(row, draft, initial.current, money);
    setNote(null);
    if (Object.keys(issues).length > 0) {
      setProblems(Object.fromEntries(Object.keys(issues).map((key) => [key, { kind: 'invalid' } as const])));
      return;
    }
    if (calls.length === 0) {
      setProblems({});
      setNote(t('listings.edit.noChanges'));
      return;
    }
    const outcome = await save(calls, draft.confirmClose);
    setProblems(outcome.problems);
    if (Object.keys(outcome.problems).length === 0) onSaved();
    else if (outcome.queued > 0) setNote(t('listings.edit.partlySaved', { count: outcome.queued }));
  }

  return (
    <form className="listing-editor__body" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="listing-editor__summary">
        <span className="listings-id">{row.id}</span>
        {row.logisticType === 'fulfillment' && <span className="chip chip--full">{t('listings.fulfillment')}</span>}
        <span>{t('listings.column.sold')}: {format.number(row.sold)}</span>
      </div>
      {closed && <p className="listing-editor__notice">{t('listings.edit.closedListing')}</p>}
      {queued && <p className="listing-editor__muted">{t('listings.edit.queuedNote')}</p>}
      <ListingEditorFields
        row={row}
        draft={draft}
        money={money}
        description={description}
        problems={problems}
        disabled={closed || saving}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
      />
      {problems.form && <ProblemText className="listing-editor__error" problemKey="form" problem={problems.form} />}
      <div className="listing-editor__actions">
        <button type="submit" className="button button--primary" disabled={closed || saving}>
          {saving ? t('listings.edit.saving') : t('listings.edit.save')}
        </button>
        <p className="listing-editor__note" role="status" data-testid="editor-note">
          {note ?? ''}
        </p>
      </div>
    </form>
  );
}
