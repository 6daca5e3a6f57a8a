/**
 * The listing editor, in the panel beside the table where the listing's detail was (Esc or Save goes
 * back to the detail). Title (locked once the listing has sales), price in the
 * store's money, stock (not for Full), status (closing asks for a final confirmation), description,
 * SKU, and price and stock per variation. Save queues only what changed; refusals show by their field.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingRow } from '../../../shared/listings';
import { SidePanel, SidePanelNote } from '../../components/SidePanel';
import { useFormat } from '../../i18n/use-format';
import { rowOpener } from './ListingDetailPanel';
import { ListingEditorFields, ProblemText } from './ListingEditorFields';
import { draftOf, editCalls, rebaseDraft, shownValue, type Draft } from './listing-draft';
import { useSiteMoney } from './site-money';
import { useListing, useListingDescription } from './use-listing';
import { useListingSave, type FieldProblem } from './use-listing-save';

export function ListingEditor({ itemId, onClose }: { itemId: string; onClose(): void }) {
  const { t } = useTranslation();
  const row = useListing(itemId);
  return (
    <SidePanel title={t('listings.edit.heading')} closeLabel={t('listings.edit.close')} onClose={onClose} showing={itemId} returnFocus={rowOpener(itemId)} testId="listing-editor">
      {row === undefined && <SidePanelNote>{t('listings.edit.loading')}</SidePanelNote>}
      {row === null && <SidePanelNote>{t('listings.edit.notFound')}</SidePanelNote>}
      {row && <EditorForm key={row.id} row={row} onSaved={onClose} />}
    </SidePanel>
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
