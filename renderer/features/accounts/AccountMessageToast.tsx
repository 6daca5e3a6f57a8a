/**
 * "Connected as …" in a polite live region that is always in the page, so screen readers announce each
 * new message; it hides after a while unless the pointer or focus is on it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CloseIcon } from '../../components/icons';
import { useAccountMessage } from './account-message';

const VISIBLE_MS = 10_000;

export function AccountMessageToast() {
  const { t } = useTranslation();
  const { message, serial, dismiss } = useAccountMessage();
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!message || held) return;
    const timer = window.setTimeout(dismiss, VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [message, serial, held, dismiss]);

  return (
    <div className="account-toast-region" role="status" data-testid="account-message">
      {message && (
        <div
          className="account-toast"
          key={serial}
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <CheckIcon size={18} />
          <p className="account-toast__text">
            {t('accounts.connect.connected', {
              nickname: message.nickname,
              site: t(`accounts.sites.${message.siteId}`),
            })}
          </p>
          <button type="button" className="icon-button" aria-label={t('accounts.connect.dismiss')} onClick={dismiss}>
            <CloseIcon size={16} />
          </button>
        </div>
      )}
    </div>
  );
}
