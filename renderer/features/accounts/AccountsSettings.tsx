/**
 * Settings → Mercado Libre accounts: every account on this computer with its site and state, the one in
 * use, Reconnect for an account that needs to sign in again, Remove (with a confirmation that says what
 * happens), and Connect another account.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import { useAccounts, useActiveAccount } from '../../stores/accounts';
import { SettingsCard } from '../settings/SettingsCard';
import { AccountRow } from './AccountRow';
import { openConnect } from './open-connect';
import { RemoveAccountDialog } from './RemoveAccountDialog';
import './accounts.css';

export function AccountsSettings() {
  const { t } = useTranslation();
  const accounts = useAccounts((state) => state.value) ?? [];
  const active = useActiveAccount();
  const [removing, setRemoving] = useState<Account | null>(null);

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
              onRemove={() => setRemoving(account)}
            />
          ))}
        </ul>
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={openConnect}>
          {accounts.length === 0 ? t('accounts.connect.action') : t('accounts.list.add')}
        </button>
      </div>
      {removing && <RemoveAccountDialog account={removing} onClose={() => setRemoving(null)} />}
    </SettingsCard>
  );
}
