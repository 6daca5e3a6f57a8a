/**
 * One outbox entry: the listing and what changes in it, its state in words, why it waits or failed,
 * and the seller's actions. A conflict shows the value it was based on, the seller's and Mercado
 * Libre's side by side, and is settled with "keep mine" or "take theirs".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import type { OutboxState } from '../../../shared/outbox';
import { call } from '../../api/client';
import { localizeError } from '../../i18n/errors';
import { useFormat } from '../../i18n/use-format';
import { useNow } from '../../components/use-now';
import { StoreName } from '../accounts/StoreName';
import { useSiteMoney, type SiteMoney } from '../listings/site-money';
import { fieldValue, isEditField, type FieldWords } from './field-values';
import type { EntryView } from './outbox-entries';

const TONE: Record<OutboxState, string> = {
  pending: 'wait',
  sending: 'wait',
  unclear: 'wait',
  done: 'ok',
  failed: 'bad',
  conflict: 'bad',
  discarded: 'neutral',
};

const DISCARDABLE: readonly OutboxState[] = ['pending', 'failed', 'conflict'];

type Action = 'retry' | 'discard' | 'mine' | 'theirs';

/** `stores`: under "All stores", the accounts, so each change names its store. */
export function OutboxEntryCard({ view, stores, onActed }: { view: EntryView; stores: readonly Account[] | null; onActed(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const { entry, listing, itemId } = view;
  const money = useSiteMoney(entry.userId);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const currency = listing?.currencyId ?? null;
  const words = useFieldWords();
  const variationName = useVariationName(listing);
  const show = (field: string, value: unknown) => fieldValue(field, value, money, currency, words);

  async function act(action: Action) {
    setBusy(true);
    setFailure(null);
    const result =
      action === 'retry'
        ? await call('outbox.retry', { id: entry.id })
        : action === 'discard'
          ? await call('outbox.discard', { id: entry.id })
          : await call('outbox.resolve', { id: entry.id, keep: action });
    setBusy(false);
    if (result.ok) onActed();
    else setFailure(result.error);
  }

  return (
    <li className={`outbox-entry outbox-entry--${entry.state}`} data-testid="outbox-entry" data-state={entry.state} data-item={itemId ?? ''}>
      <div className="outbox-entry__head">
        <div className="outbox-entry__what">
          <h2 className="outbox-entry__title">{listing?.title ?? itemId ?? entry.target}</h2>
          <p className="outbox-entry__meta">
            {stores && <StoreName accounts={stores} userId={entry.userId} inline />}
            {itemId && <span className="listings-id">{itemId}</span>}
            <span>{t('outbox.queuedAt', { when: format.ago(entry.createdAt, now) })}</span>
            {entry.attempts > 0 && <span>{t('outbox.attempts', { count: entry.attempts })}</span>}
          </p>
        </div>
        <span className={`chip chip--${TONE[entry.state]}`} data-testid="outbox-state">
          {t(`outbox.state.${entry.state}`)}
        </span>
      </div>

      <ul className="outbox-entry__changes">
        {view.changes.map((change) => (
          <li key={`${change.variationId ?? 0}:${change.field}`} data-testid="outbox-change" data-field={change.field} data-variation={change.variationId ?? ''}>
            {change.variationId !== null && <span className="outbox-entry__variation">{variationName(change.variationId)}</span>}
            {t('outbox.change', { field: t(`outbox.field.${change.field}`), before: show(change.field, change.before), after: show(change.field, change.after) })}
          </li>
        ))}
      </ul>

      {entry.state === 'conflict' && entry.conflict && (
        <ConflictChoice entry={view} money={money} currency={currency} busy={busy} variationName={variationName} onChoose={(keep) => void act(keep)} />
      )}
      {entry.state === 'failed' && entry.lastError && (
        <p className="outbox-entry__error" data-testid="outbox-error">
          {t('outbox.meliSaid', { message: entry.lastError.message })}
        </p>
      )}
      {(entry.state === 'pending' || entry.state === 'unclear') && entry.lastError && (
        <p className="outbox-entry__reason">{t('outbox.waitingReason', { reason: localizeError(entry.lastError, (key) => t(key)) })}</p>
      )}

      {DISCARDABLE.includes(entry.state) && (
        <div className="outbox-entry__actions">
          {entry.state === 'failed' && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void act('retry')}>
              {t('outbox.retry')}
            </button>
          )}
          {DISCARDABLE.includes(entry.state) && (
            <button type="button" className="button button--outline" disabled={busy} onClick={() => void act('discard')} title={t('outbox.discardHint')}>
              {t('outbox.discard')}
            </button>
          )}
        </div>
      )}
      {failure && (
        <p className="outbox-entry__error" role="alert">
          {t('outbox.actionFailed', { reason: localizeError(failure, (key) => t(key)) })}
        </p>
      )}
    </li>
  );
}

interface ConflictProps {
  entry: EntryView;
  money: SiteMoney;
  currency: string | null;
  busy: boolean;
  variationName(id: number): string;
  onChoose(keep: 'mine' | 'theirs'): void;
}

function ConflictChoice({ entry, money, currency, busy, variationName, onChoose }: ConflictProps) {
  const { t } = useTranslation();
  const fields = entry.entry.conflict ?? [];
  const words = useFieldWords();
  return (
    <div className="outbox-conflict" data-testid="outbox-conflict">
      <p>{t('outbox.conflictIntro')}</p>
      <table className="outbox-conflict__table">
        <thead>
          <tr>
            <th scope="col">{t('outbox.conflictField')}</th>
            <th scope="col">{t('outbox.conflictBase')}</th>
            <th scope="col">{t('outbox.conflictMine')}</th>
            <th scope="col">{t('outbox.conflictTheirs')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={`${field.variationId ?? 0}:${field.field}`} data-field={field.field} data-variation={field.variationId ?? ''}>
              <th scope="row">
                {isEditField(field.field) ? t(`outbox.field.${field.field}`) : field.field}
                {typeof field.variationId === 'number' && <span className="outbox-conflict__variation">{variationName(field.variationId)}</span>}
              </th>
              <td>{fieldValue(field.field, field.base, money, currency, words)}</td>
              <td data-testid="conflict-mine">{fieldValue(field.field, field.mine, money, currency, words)}</td>
              <td data-testid="conflict-theirs">{fieldValue(field.field, field.theirs, money, currency, words)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="outbox-entry__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => onChoose('mine')}>
          {t('outbox.keepMine')}
        </button>
        <button type="button" className="button button--outline" disabled={busy} onClick={() => onChoose('theirs')}>
          {t('outbox.takeTheirs')}
        </button>
      </div>
    </div>
  );
}

/** A variation named by its attributes ("Rojo · M") as the saved listing has them, else by its id. */
function useVariationName(listing: EntryView['listing']): (id: number) => string {
  const { t } = useTranslation();
  return (id) => t('outbox.variation', { name: listing?.variations.find((candidate) => candidate.id === id)?.attributes || String(id) });
}

/** The words field values are told with, in the seller's language. */
function useFieldWords(): FieldWords {
  const { t } = useTranslation();
  return {
    unknownValue: t('outbox.unknownValue'),
    status: (status) => t(`outbox.statusValue.${status}`),
    descriptionChanged: (characters) => t('outbox.descriptionChanged', { count: characters }),
  };
}
