/**
 * The bulk bar above the Listings table: how many are selected (or "all N matching the filter"), a way
 * to select every match or clear, and the change to make — price ± % or a fixed price, stock set or
 * added, pause or activate — which opens its preview. Nothing is queued from here.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkChange } from '../../../shared/listing-edits';
import { useFormat } from '../../i18n/use-format';
import { useAccounts } from '../../stores/accounts';
import { BULK_ACTIONS, bulkChangeOf, selectedCount, valueKind, type BulkAction, type Selection } from './bulk-form';
import { useSiteMoney } from './site-money';

export interface BulkBarProps {
  selection: Selection;
  matching: number;
  onSelectAll(): void;
  onClear(): void;
  onPreview(change: BulkChange): void;
}

export function BulkBar({ selection, matching, onSelectAll, onClear, onPreview }: BulkBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormat();
  // Prices are typed the way the (first) store's site writes them.
  const firstAccount = useAccounts((state) => state.value?.[0]?.userId ?? null);
  const money = useSiteMoney(firstAccount);
  const [action, setAction] = useState<BulkAction>('price_up');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const count = selectedCount(selection, matching);
  const kind = valueKind(action);

  if (count === 0) {
    return (
      <div className="bulk-bar bulk-bar--idle">
        <button type="button" className="cell-link" onClick={onSelectAll} data-testid="bulk-select-all">
          {t('listings.bulk.selectAll', { count: matching, n: format.number(matching) })}
        </button>
      </div>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const change = bulkChangeOf(action, value, money);
    setInvalid(change === null);
    if (change) onPreview(change);
  }

  return (
    <form className="bulk-bar" aria-label={t('listings.bulk.barLabel')} onSubmit={submit} noValidate data-testid="bulk-bar">
      <p className="bulk-bar__count" data-testid="bulk-selected">
        {selection.kind === 'query'
          ? t('listings.bulk.allSelected', { count: matching, n: format.number(matching) })
          : t('listings.bulk.selected', { count, n: format.number(count) })}
      </p>
      {selection.kind === 'ids' && count < matching && (
        <button type="button" className="cell-link" onClick={onSelectAll} data-testid="bulk-select-all">
          {t('listings.bulk.selectAll', { count: matching, n: format.number(matching) })}
        </button>
      )}
      <button type="button" className="cell-link" onClick={onClear}>
        {t('listings.bulk.clear')}
      </button>
      <div className="bulk-bar__change">
        <label className="visually-hidden" htmlFor={`${id}-action`}>
          {t('listings.bulk.action')}
        </label>
        <select
          id={`${id}-action`}
          className="input input--select"
          value={action}
          onChange={(event) => {
            setAction(event.target.value as BulkAction);
            setInvalid(false);
          }}
        >
          {BULK_ACTIONS.map((option) => (
            <option key={option} value={option}>
              {t(`listings.bulk.actions.${option}`)}
            </option>
          ))}
        </select>
        {kind && (
          <>
            <label className="visually-hidden" htmlFor={`${id}-value`}>
              {t(`listings.bulk.value.${kind}`)}
            </label>
            <input
              id={`${id}-value`}
              className={invalid ? 'input bulk-bar__value input--over' : 'input bulk-bar__value'}
              inputMode={kind === 'quantity' ? 'numeric' : 'decimal'}
              placeholder={t(`listings.bulk.value.${kind}`)}
              value={value}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-invalid` : undefined}
              onChange={(event) => setValue(event.target.value)}
            />
          </>
        )}
        <button type="submit" className="button button--primary">
          {t('listings.bulk.preview')}
        </button>
      </div>
      {invalid && (
        <p id={`${id}-invalid`} className="bulk-bar__invalid" role="alert">
          {t('listings.bulk.invalidValue')}
        </p>
      )}
    </form>
  );
}
