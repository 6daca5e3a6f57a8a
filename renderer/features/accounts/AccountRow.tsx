/**
 * One account in Settings. "Needs sign-in" is shown loudly (danger badge, an explanation, Reconnect as
 * the row's main button), because nothing syncs for that account until the seller acts.
 */
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import { Badge } from '../../components/Badge';
import { AccountIcon, WarningIcon } from '../../components/icons';
import { chooseStore } from '../../stores/accounts';
import { openReconnect } from './open-connect';

interface AccountRowProps {
  account: Account;
  active: boolean;
  canSwitch: boolean;
  onRemove(): void;
}

export function AccountRow({ account, active, canSwitch, onRemove }: AccountRowProps) {
  const { t } = useTranslation();
  const needsSignIn = account.status === 'needs_sign_in';
  const names = { nickname: account.nickname };

  return (
    <li className={needsSignIn ? 'account-row account-row--attention' : 'account-row'} data-testid="account-row">
      <AccountIcon size={20} className="account-row__icon" />
      <div className="account-row__who">
        <p className="account-row__name">
          <span data-testid="account-nickname">{account.nickname}</span>
          {active && canSwitch && <Badge tone="neutral">{t('accounts.list.active')}</Badge>}
        </p>
        <p className="account-row__site" data-testid="account-site">
          {t(`accounts.sites.${account.siteId}`)} · {account.siteId}
        </p>
      </div>
      <div className="account-row__status" data-testid="account-status">
        {needsSignIn ? (
          <Badge tone="danger">{t('accounts.list.needsSignIn')}</Badge>
        ) : (
          <span className="account-row__ok">{t('accounts.list.connected')}</span>
        )}
      </div>
      <div className="account-row__actions">
        {needsSignIn && (
          <button
            type="button"
            className="button button--primary"
            aria-label={t('accounts.list.reconnectLabel', names)}
            onClick={() => openReconnect(account)}
          >
            {t('accounts.list.reconnect')}
          </button>
        )}
        {canSwitch && !active && (
          <button
            type="button"
            className="button button--secondary"
            aria-label={t('accounts.list.useThisLabel', names)}
            onClick={() => void chooseStore(account.userId)}
          >
            {t('accounts.list.useThis')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('accounts.list.removeLabel', names)}
          onClick={onRemove}
        >
          {t('accounts.list.remove')}
        </button>
      </div>
      {needsSignIn && (
        <p className="account-row__help">
          <WarningIcon size={16} />
          <span>{t('accounts.list.needsSignInHelp', names)}</span>
        </p>
      )}
    </li>
  );
}
