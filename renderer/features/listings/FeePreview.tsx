/**
 * Mercado Libre's sale fee and what the seller nets at the price being typed, read from `listings.fees`
 * once the price has been still for a moment. Offline, a fee read before for that price still shows;
 * otherwise it says the fee is unavailable offline.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { call } from '../../api/client';
import { useDebounced } from '../../components/use-debounced';
import type { SiteMoney } from './site-money';

type Fee = MethodOutput<'listings.fees'>;
type Loaded = { price: number; fee: Fee } | { price: number; error: ErrorCode };

const DEBOUNCE_MS = 400;

export function FeePreview({ itemId, price, money }: { itemId: string; price: number | null; money: SiteMoney }) {
  const { t } = useTranslation();
  const settled = useDebounced(price, DEBOUNCE_MS);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (settled === null || settled <= 0) return;
    let current = true;
    void call('listings.fees', { itemId, price: settled }).then((result) => {
      if (current) setLoaded(result.ok ? { price: settled, fee: result.value } : { price: settled, error: result.error.code });
    });
    return () => {
      current = false;
    };
  }, [itemId, settled]);

  if (price === null || price <= 0) return null;
  let text: string;
  let tone = 'listing-editor__fee';
  if (loaded === null || loaded.price !== price) text = t('listings.edit.feeLoading');
  else if ('fee' in loaded) text = t('listings.edit.fee', { fee: money.format(loaded.fee.saleFee, loaded.fee.currencyId), net: money.format(loaded.fee.net, loaded.fee.currencyId) });
  else {
    text = loaded.error === 'offline' ? t('listings.edit.feeOffline') : t('listings.edit.feeFailed');
    tone += ' listing-editor__fee--unavailable';
  }
  return (
    <p className={tone} role="status" data-testid="fee-preview">
      {text}
    </p>
  );
}
