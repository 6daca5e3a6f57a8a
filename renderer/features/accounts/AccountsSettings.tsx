/**
 * Settings → Mercado Libre accounts: every account on this computer with its site and state, the one in
 * use, Reconnect for an account that needs to sign in again, Remove (with a confirmation that says what
 * happens), and Connect another account.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import { useAccounts, useActiveAccount } from '../../stores/accounts';
import { SettingsCard } from '../settings/SettingsCard';
import { AccountRow } from './AccountRow';
import { openConnect } from './open-connect';
import { CheckIcon, InfoIcon } from '../../components/icons';
import { RemoveAccountDialog, type RemoveResult } from './RemoveAccountDialog';
import './accounts.css';

export function AccountsSettings() {
  const { t } = useTranslation();
  const accounts = useAccounts((state) => state.value) ?? [];
  const active = useActiveAccount();
  const [removing, setRemoving] = useState<Account | null>(null);
  const [removed, setRemoved] = useState<RemoveResult | null>(null);
  const result = useRef<HTMLParagraphElement>(null);

  // The Remove button that opened the dialog went away with its row: focus lands on what happened.
  useEffect(() => {
    if (removed) result.current?.focus();
  }, [removed]);

  return (
    <SettingsCard title={t('accounts.list.heading')} testId="settings-accounts">
      {accounts.length === 0 ? (
        <p className="card__intro">{t('accounts.list.empty')}</p>
      ) : (
        <ul className="account-list" aria-label={t('accounts.list.heading')}>
          {accounts.map((account) => (
            <AccountRow
              key={account.userId}
              account={account}
              active={active?.userId === account.userId}
              canSwitch={accounts.length > 1}
              onRemove={() => {
                setRemoved(null);
                setRemoving(account);
              }}
            />
          ))}
        </ul>
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={openConnect}>
          {accounts.length === 0 ? t('accounts.connect.action') : t('accounts.list.add')}
        </button>
      </div>
      {/* What the removal did stays here, where the seller asked for it, until the next removal. */}
      <p className="form-status remove-result" role="status" data-testid="remove-result" ref={result} tabIndex={-1}>
        {removed && (
          <>
            {removed.revoked ? <CheckIcon size={16} /> : <InfoIcon size={16} />}
            <span>
              {removed.revoked
                ? t('accounts.remove.doneRevoked', { nickname: removed.nickname })
                : t('accounts.remove.doneLocal', { nickname: removed.nickname })}
            </span>
          </>
        )}
      </p>
      {removing && (
        <RemoveAccountDialog
          account={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(result) => {
            setRemoving(null);
            setRemoved(result);
          }}
        />
      )}
    </SettingsCard>
  );
}
