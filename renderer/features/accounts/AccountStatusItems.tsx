/**
 * The status bar's account area: the active account (a chooser when there are several, so the seller
 * sees them all and switches in place) and the "Connect account" action.
 */
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import { AccountIcon } from '../../components/icons';
import { useAccounts, useActiveAccount, useActiveAccountId } from '../../stores/accounts';
import { openConnect } from './open-connect';

type Translate = ReturnType<typeof useTranslation>['t'];

export function AccountStatusItems() {
  const { t } = useTranslation();
  const accounts = useAccounts((state) => state.value) ?? [];
  const account = useActiveAccount();
  const choose = useActiveAccountId((state) => state.choose);

  return (
    <>
      <li className="status-item" data-testid="status-account">
        <AccountIcon size={16} />
        {accounts.length > 1 && account ? (
          <select
            className="status-select"
            aria-label={t('accounts.switcher.label')}
            value={account.userId}
            onChange={(event) => choose(Number(event.target.value))}
          >
            {accounts.map((item) => (
              <option key={item.userId} value={item.userId}>
                {optionLabel(item, t)}
              </option>
            ))}
          </select>
        ) : (
          <>
            <span className="visually-hidden">{t('status.account')}: </span>
            <span>{describeAccount(account, t)}</span>
          </>
        )}
      </li>
      <li className="status-item" data-testid="status-connect">
        <button type="button" className="link-button" title={t('accounts.connect.action')} onClick={openConnect}>
          {t('accounts.connect.actionShort')}
        </button>
      </li>
    </>
  );
}

function describeAccount(account: Account | null, t: Translate): string {
  if (!account) return t('status.noAccount');
  const name = `${account.nickname} · ${account.siteId}`;
  return account.status === 'needs_sign_in' ? t('status.needsSignIn', { nickname: name }) : name;
}

function optionLabel(account: Account, t: Translate): string {
  const name = `${account.nickname} · ${account.siteId}`;
  return account.status === 'needs_sign_in' ? t('accounts.switcher.needsSignIn', { nickname: name }) : name;
}
