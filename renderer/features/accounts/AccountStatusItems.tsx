/**
 * The status bar's account area: the store in use (a chooser when there are several, so the seller
 * sees them all and switches in place, with "All stores" as an explicit choice) and the "Connect
 * account" action.
 */
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import { AccountIcon } from '../../components/icons';
import { chooseStore, useAccounts, useActiveAccount } from '../../stores/accounts';
import { openConnect } from './open-connect';


/** "+" before the connect action's words. */
function PlusIcon() {
  return (
    <svg width={14} height={14} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" />
    </svg>
  );
}

const ALL = 'all';

export function AccountStatusItems() {
  const { t } = useTranslation();
  const accounts = useAccounts((state) => state.value) ?? [];
  const account = useActiveAccount();

  return (
    <>
      <li className="status-item" data-testid="status-account">
        <AccountIcon size={16} />
        {accounts.length > 1 ? (
          <select
            className="status-select"
            aria-label={t('accounts.switcher.label')}
            value={account?.userId ?? 'all'}
            data-testid="store-chooser"
            onChange={(event) => void chooseStore(event.target.value === ALL ? 'all' : Number(event.target.value))}
          >
            <option value={ALL}>{t('accounts.switcher.all', { count: accounts.length })}</option>
            {accounts.map((item) => (
              <option key={item.userId} value={item.userId}>
                {optionLabel(item, (nickname) => t('accounts.switcher.needsSignIn', { nickname }))}
              </option>
            ))}
          </select>
        ) : (
          <>
            <span className="visually-hidden">{t('status.account')}: </span>
            <span>{describeAccount(account, t('status.noAccount'), (nickname) => t('status.needsSignIn', { nickname }))}</span>
          </>
        )}
      </li>
      <li className="status-item" data-testid="status-connect">
        <button type="button" className="link-button" title={t('accounts.connect.action')} onClick={openConnect}>
          <PlusIcon />
          <span className="link-button__text">{t('accounts.connect.actionShort')}</span>
        </button>
      </li>
    </>
  );
}

// The words come in ready-made: a translate function passed around makes tsc expand every catalogue key.
function describeAccount(account: Account | null, noAccount: string, needsSignIn: (nickname: string) => string): string {
  if (!account) return noAccount;
  const name = `${account.nickname} · ${account.siteId}`;
  return account.status === 'needs_sign_in' ? needsSignIn(name) : name;
}

function optionLabel(account: Account, needsSignIn: (nickname: string) => string): string {
  const name = `${account.nickname} · ${account.siteId}`;
  return account.status === 'needs_sign_in' ? needsSignIn(name) : name;
}
