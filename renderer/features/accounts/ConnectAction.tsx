/**
 * The Connect action inside an empty state that needs an account: a real button opening the connect
 * dialog, and — while the demo store is in use — a word that connecting shows sample stores, not the
 * seller's own. Drawn only while no account is connected.
 */
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../stores/accounts';
import { useAppInfo } from '../../stores/app-info';
import { openConnect } from './open-connect';

export function ConnectAction() {
  const { t } = useTranslation();
  const noAccount = useAccounts((state) => state.status === 'ready' && state.value?.length === 0);
  const demo = useAppInfo((state) => state.value?.demo ?? false);
  if (!noAccount) return null;
  return (
    <div className="empty-state__connect" data-testid="empty-connect">
      <button type="button" className="button button--primary" onClick={openConnect}>
        {t('accounts.connect.action')}
      </button>
      {demo && (
        <p className="empty-state__demo" data-testid="empty-connect-demo">
          {t('accounts.connect.demoNote')}
        </p>
      )}
    </div>
  );
}
