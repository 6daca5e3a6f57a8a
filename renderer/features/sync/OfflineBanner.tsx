/**
 * While Mercado Libre cannot be reached: a banner under the section's header saying how old the saved
 * data is and what still works (browsing, editing, answering — changes wait in Pending changes). It
 * goes as soon as a sync gets through; a retry in progress does not make it blink away.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningIcon } from '../../components/icons';
import { useNow } from '../../components/use-now';
import { useFormat } from '../../i18n/use-format';
import { useAccounts } from '../../stores/accounts';
import { followSync, isSyncRunning, useSync } from '../../stores/sync';
import { dataTime, isOffline, oldestSync } from './sync-time';
import './sync.css';

export function OfflineBanner() {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const status = useSync((state) => state.status);
  const connected = useAccounts((state) => (state.value?.length ?? 0) > 0);
  useEffect(followSync, []);
  const shown = useRef(false);

  const offline = connected && status !== null && isOffline(status.accounts, status.online);
  // A sync running after being offline has not reached Mercado Libre yet: keep saying so until it does.
  shown.current = offline || (shown.current && connected && isSyncRunning(status));
  if (!shown.current || !status) return null;

  const oldest = oldestSync(status.accounts);
  return (
    <section className="notice offline-banner" aria-label={t('sync.offlineLabel')} data-testid="offline-banner">
      <WarningIcon className="notice__icon" />
      <div>
        <p className="offline-banner__title" role="status">
          {oldest ? t('sync.offline', { when: dataTime(oldest, format, now) }) : t('sync.offlineNoData')}
        </p>
        <p className="offline-banner__body">{t('sync.offlineWorks')}</p>
      </div>
    </section>
  );
}
