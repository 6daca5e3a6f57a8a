/**
 * The No SKU view: listings and variations that sell no SKU yet. The seller types a SKU (an existing
 * one is offered as they type, or a new one) and assigns it; the SKU is queued for Mercado Libre and
 * the listing joins the inventory at once, so it leaves this list.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { UnlinkedListing } from '../../../shared/stock';
import { call } from '../../api/client';
import { VirtualList } from '../../components/VirtualList';
import { localizeError } from '../../i18n/errors';
import { useFormat } from '../../i18n/use-format';

const SKU_OPTIONS = 'stock-sku-options';

const keyOf = (listing: UnlinkedListing) => `${listing.itemId}:${listing.variationId ?? 0}`;

export function UnlinkedList({ listings, skus, onAssigned }: { listings: readonly UnlinkedListing[]; skus: readonly string[]; onAssigned(sku: string, title: string): void }) {
  const { t } = useTranslation();
  // What the seller typed stays when its row scrolls out of view (only rows in view are drawn).
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const setDraft = (key: string, value: string) =>
    setDrafts((current) => {
      const next = new Map(current);
      if (value === '') next.delete(key);
      else next.set(key, value);
      return next;
    });
  return (
    <>
      <datalist id={SKU_OPTIONS}>
        {skus.map((sku) => (
          <option key={sku} value={sku} />
        ))}
      </datalist>
      <VirtualList
        items={listings}
        itemKey={keyOf}
        estimate={57}
        label={t('stock.unlinkedTitle')}
        className="stock-list stock-unlinked"
        testId="stock-unlinked"
        itemProps={(listing) => ({ className: 'stock-unlinked__row', 'data-testid': 'stock-unlinked-row', 'data-item': listing.itemId, 'data-variation': String(listing.variationId ?? '') })}
        renderItem={(listing) => (
          <UnlinkedRow
            listing={listing}
            sku={drafts.get(keyOf(listing)) ?? ''}
            onSku={(value) => setDraft(keyOf(listing), value)}
            onAssigned={(sku, title) => {
              setDraft(keyOf(listing), '');
              onAssigned(sku, title);
            }}
          />
        )}
      />
    </>
  );
}

function UnlinkedRow({ listing, sku, onSku, onAssigned }: { listing: UnlinkedListing; sku: string; onSku(value: string): void; onAssigned(sku: string, title: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const name = listing.variation ? `${listing.title} · ${listing.variation}` : listing.title;

  async function assign(event: FormEvent) {
    event.preventDefault();
    const wanted = sku.trim();
    if (wanted === '') return;
    setBusy(true);
    setFailure(null);
    const result = await call('stock.assignSku', { itemId: listing.itemId, ...(listing.variationId === null ? {} : { variationId: listing.variationId }), sku: wanted });
    setBusy(false);
    if (result.ok) onAssigned(wanted, name);
    else setFailure(result.error);
  }

  return (
    <>
      <span className="stock-unlinked__what">
        <span className="stock-cell__clamp">{listing.title}</span>
        <span className="stock-cell__sub">
          {listing.itemId}
          {listing.variation ? ` · ${listing.variation}` : ''}
        </span>
      </span>
      <span className="stock-unlinked__quantity">{t('stock.shows', { count: listing.availableQuantity, quantity: format.number(listing.availableQuantity) })}</span>
      <form className="stock-unlinked__form" onSubmit={(event) => void assign(event)}>
        <input
          className="input"
          value={sku}
          onChange={(event) => onSku(event.target.value)}
          list={SKU_OPTIONS}
          maxLength={100}
          placeholder={t('stock.skuPlaceholder')}
          aria-label={t('stock.skuFor', { name })}
          data-testid="stock-assign-input"
        />
        <button type="submit" className="button" disabled={busy || sku.trim() === ''} data-testid="stock-assign">
          {t('stock.assign')}
        </button>
      </form>
      {failure && (
        <p className="stock-unlinked__error" role="alert">
          {localizeError(failure, (key) => t(key))}
        </p>
      )}
    </>
  );
}
