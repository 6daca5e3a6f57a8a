/**
 * The editor's fields, each with its reason when it cannot change (sales lock the title, Full locks
 * the stock) and the refusal of its last Save beside it, in the seller's language. A changed price
 * shows Mercado Libre's sale fee and the net amount under it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingDescription, ListingRow } from '../../../shared/listings';
import { Field } from '../../components/Field';
import { WarningIcon } from '../../components/icons';
import { localizeError } from '../../i18n/errors';
import { plainTranslate, type Translate } from '../../i18n/translate';
import { useFormat } from '../../i18n/use-format';
import { FeePreview } from './FeePreview';
import { EDITABLE_STATUSES, issueKey, shownValue, type Draft } from './listing-draft';
import type { ListingsMessages } from './locales';
import type { SiteMoney } from './site-money';
import type { FieldProblem } from './use-listing-save';

/** Mercado Libre's usual title limit; a category with another one says so when Save is refused. */
const TITLE_LIMIT = 60;


export function problemMessage(key: string, problem: FieldProblem, t: Translate): string {
  if (problem.kind === 'rule') return t(`listings.edit.rules.${problem.rule}`);
  if (problem.kind === 'error') return localizeError(problem.error, (code) => t(code));
  const field = key.split(':').at(-1);
  if (field === 'price') return t('listings.edit.invalid_price');
  if (field === 'availableQuantity') return t('listings.edit.invalid_stock');
  return t('listings.edit.invalidValue');
}

export function ProblemText({ problemKey, problem, className }: { problemKey: string; problem: FieldProblem; className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={className ?? 'field__error'} role="alert" data-testid={`problem-${problemKey}`}>
      <WarningIcon size={16} />
      <span>{problemMessage(problemKey, problem, plainTranslate(t))}</span>
    </p>
  );
}

export interface FieldsProps {
  row: ListingRow;
  draft: Draft;
  money: SiteMoney;
  description: ListingDescription | null | undefined;
  problems: Record<string, FieldProblem>;
  disabled: boolean;
  onChange(patch: Partial<Draft>): void;
}

export function ListingEditorFields({ row, draft, money, description, problems, disabled, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const format = useFormat(row.userId);
  const error = (key: string) => (problems[key] ? problemMessage(key, problems[key], plainTranslate(t)) : null);
  const hasSales = row.sold > 0;
  const fulfilment = row.logisticType === 'fulfillment';
  const hasVariations = row.variations.length > 0;
  const typedPrice = money.parse(draft.price);
  const currentTitle = shownValue(row, 'title', row.title);
  // The fee is asked for once the seller changes the price, not for every listing opened.
  const priceChanged = typedPrice !== null && typedPrice !== shownValue(row, 'price', row.price);

  return (
    <div className="listing-editor__fields">
      <Field
        label={t('listings.edit.title')}
        help={hasSales ? t('listings.edit.titleLocked') : t('listings.edit.titleCounter', { count: draft.title.length, max: TITLE_LIMIT })}
        error={error('title')}
      >
        {(props) => (
          <input
            {...props}
            className={draft.title.length > TITLE_LIMIT ? 'input input--wide input--over' : 'input input--wide'}
            value={draft.title}
            readOnly={hasSales}
            aria-readonly={hasSales}
            disabled={disabled}
            onChange={(event) => onChange({ title: event.target.value })}
          />
        )}
      </Field>
      {hasSales && draft.title !== currentTitle && (
        // Typed before the sale came in: the seller can drop it with one click instead of being stuck.
        <button type="button" className="cell-link listing-editor__restore" disabled={disabled} onClick={() => onChange({ title: currentTitle })}>
          {t('listings.edit.titleRestore')}
        </button>
      )}

      {!hasVariations && (
        <div className="listing-editor__pair">
          <Field
            label={t('listings.edit.price', { currency: row.currencyId ?? '' })}
            help={typedPrice !== null ? t('listings.edit.priceShown', { formatted: money.format(typedPrice, row.currencyId) }) : undefined}
            error={error('price')}
          >
            {(props) => (
              <input {...props} className="input listing-editor__number" inputMode="decimal" value={draft.price} disabled={disabled} onChange={(event) => onChange({ price: event.target.value })} />
            )}
          </Field>
          <Field label={t('listings.edit.stock')} help={fulfilment ? t('listings.edit.stockFulfilment') : undefined} error={error('availableQuantity')}>
            {(props) => (
              <input
                {...props}
                className="input listing-editor__number"
                inputMode="numeric"
                value={draft.stock}
                disabled={disabled || fulfilment}
                onChange={(event) => onChange({ stock: event.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      {!hasVariations && priceChanged && <FeePreview itemId={row.id} price={typedPrice} money={money} />}

      <StatusField row={row} draft={draft} error={error('status')} disabled={disabled} onChange={onChange} />

      {!hasVariations && (
        <Field label={t('listings.edit.sku')} error={error('sku')}>
          {(props) => <input {...props} className="input" value={draft.sku} disabled={disabled} onChange={(event) => onChange({ sku: event.target.value })} />}
        </Field>
      )}

      {hasVariations && <VariationsTable row={row} draft={draft} problems={problems} disabled={disabled} fulfilment={fulfilment} onChange={onChange} />}

      <Field
        label={t('listings.edit.description')}
        help={
          description === undefined
            ? t('listings.edit.descriptionLoading')
            : description === null
              ? t('listings.edit.descriptionFailed')
              : description.fromCache
                ? t('listings.edit.descriptionCached', { when: format.dateTime(description.fetchedAt) })
                : t('listings.edit.descriptionHelp')
        }
        error={error('description')}
      >
        {(props) => (
          <textarea
            {...props}
            className="input input--wide listing-editor__description"
            rows={6}
            value={draft.description ?? ''}
            disabled={disabled || draft.description === null}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        )}
      </Field>
    </div>
  );
}

function StatusField({ row, draft, error, disabled, onChange }: { row: ListingRow; draft: Draft; error: string | null; disabled: boolean; onChange(patch: Partial<Draft>): void }) {
  const { t } = useTranslation();
  const confirmId = useId();
  const other = !(EDITABLE_STATUSES as readonly string[]).includes(row.status);
  const known = row.status in { active: 1, paused: 1, closed: 1, under_review: 1, inactive: 1 };
  const closing = draft.status === 'closed' && row.status !== 'closed';
  return (
    <>
      <Field label={t('listings.edit.status')} error={error}>
        {(props) => (
          <select {...props} className="input input--select" value={draft.status} disabled={disabled} onChange={(event) => onChange({ status: event.target.value, confirmClose: false })}>
            {other && (
              <option value={row.status}>
                {t('listings.edit.statusOther', { status: known ? t(`listings.status.${row.status as keyof ListingsMessages['status']}`) : row.status })}
              </option>
            )}
            {EDITABLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`listings.edit.statusOption.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {closing && (
        <div className="listing-editor__warning" data-testid="close-warning">
          <p>
            <WarningIcon size={16} /> {t('listings.edit.closeWarning')}
          </p>
          <label htmlFor={confirmId} className="listing-editor__check">
            <input id={confirmId} type="checkbox" checked={draft.confirmClose} disabled={disabled} onChange={(event) => onChange({ confirmClose: event.target.checked })} />
            {t('listings.edit.closeConfirm')}
          </label>
        </div>
      )}
    </>
  );
}

interface VariationsProps {
  row: ListingRow;
  draft: Draft;
  problems: Record<string, FieldProblem>;
  disabled: boolean;
  fulfilment: boolean;
  onChange(patch: Partial<Draft>): void;
}

function VariationsTable({ row, draft, problems, disabled, fulfilment, onChange }: VariationsProps) {
  const { t } = useTranslation();
  const set = (id: number, patch: Partial<Draft['variations'][number]>) => {
    const current = draft.variations[id] ?? { price: '', stock: '' };
    onChange({ variations: { ...draft.variations, [id]: { ...current, ...patch } } });
  };
  const problemAt = (id: number, field: string) => {
    const key = issueKey(id, field);
    const problem = problems[key];
    return problem ? <ProblemText problemKey={key} problem={problem} /> : null;
  };
  return (
    <fieldset className="listing-editor__variations">
      <legend className="field__label">{t('listings.edit.variations')}</legend>
      {fulfilment && <p className="field__help">{t('listings.edit.stockFulfilment')}</p>}
      <table className="variations-table variations-table--edit">
        <thead>
          <tr>
            <th scope="col">{t('listings.edit.variation')}</th>
            <th scope="col">{t('listings.edit.price', { currency: row.currencyId ?? '' })}</th>
            <th scope="col">{t('listings.edit.stock')}</th>
          </tr>
        </thead>
        <tbody>
          {row.variations.map((variation) => {
            const name = variation.attributes || String(variation.id);
            const typed = draft.variations[variation.id] ?? { price: '', stock: '' };
            return (
              <tr key={variation.id} data-testid="variation-edit-row">
                <th scope="row">
                  {name}
                  {problemAt(variation.id, 'form')}
                </th>
                <td>
                  <input
                    className="input listing-editor__number"
                    inputMode="decimal"
                    aria-label={t('listings.edit.variationPrice', { name })}
                    aria-invalid={Boolean(problems[issueKey(variation.id, 'price')])}
                    value={typed.price}
                    disabled={disabled}
                    onChange={(event) => set(variation.id, { price: event.target.value })}
                  />
                  {problemAt(variation.id, 'price')}
                </td>
                <td>
                  <input
                    className="input listing-editor__number"
                    inputMode="numeric"
                    aria-label={t('listings.edit.variationStock', { name })}
                    aria-invalid={Boolean(problems[issueKey(variation.id, 'availableQuantity')])}
                    value={typed.stock}
                    disabled={disabled || fulfilment}
                    onChange={(event) => set(variation.id, { stock: event.target.value })}
                  />
                  {problemAt(variation.id, 'availableQuantity')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
