/**
 * What just happened to an account ("Connected as …", "Removed …"), in a polite live region that is
 * always in the page so screen readers announce each new message.
 */
import { useTranslation } from 'react-i18next';
import { CheckIcon, CloseIcon, InfoIcon } from '../../components/icons';
import { useAccountMessage, type AccountMessage } from './account-message';

export function AccountMessageToast() {
  const { t } = useTranslation();
  const { message, serial, dismiss } = useAccountMessage();
  return (
    <div className="account-toast-region" role="status" data-testid="account-message">
      {message && (
        <div className="account-toast" key={serial}>
          {message.kind === 'connected' || message.revoked ? <CheckIcon size={18} /> : <InfoIcon size={18} />}
          <p className="account-toast__text">{describe(message, t)}</p>
          <button type="button" className="icon-button" aria-label={t('accounts.connect.dismiss')} onClick={dismiss}>
            <CloseIcon size={16} />
          </button>
        </div>
      )}
    </div>
  );
}

function describe(message: AccountMessage, t: ReturnType<typeof useTranslation>['t']): string {
  if (message.kind === 'connected') {
    return t('accounts.connect.connected', { nickname: message.nickname, site: t(`accounts.sites.${message.siteId}`) });
  }
  return message.revoked
    ? t('accounts.remove.doneRevoked', { nickname: message.nickname })
    : t('accounts.remove.doneLocal', { nickname: message.nickname });
}
