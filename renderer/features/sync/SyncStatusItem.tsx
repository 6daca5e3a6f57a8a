/**
 * The status bar's sync part: "Synced 2 min ago", "Syncing…", "Offline — data from 14:02",
 * rate-limited or needs sign-in, the polling interval, and a "Sync now" button.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { plainTranslate, type Translate } from '../../i18n/translate';
import type { AccountSyncStatus } from '../../../shared/sync';
import { SyncIcon } from '../../components/icons';
import { useNow } from '../../components/use-now';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { useAccounts } from '../../stores/accounts';
import { useSettings } from '../../stores/settings';
import { followSync, isSyncRunning, syncNow, useSync } from '../../stores/sync';
import { dataTime, isOffline, oldestSync } from './sync-time';
import './sync.css';


export function SyncStatusItem() {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const status = useSync((state) => state.status);
  const accounts = useAccounts((state) => state.value);
  const interval = useSettings((state) => state.value?.syncIntervalMinutes ?? null);
  useEffect(followSync, []);

  const connected = (accounts?.length ?? 0) > 0;
  const running = isSyncRunning(status);
  const text = connected && status ? describe(status.accounts, status.online, running, format, now, plainTranslate(t)) : t('status.neverSynced');
  return (
    <li className="status-item status-item--sync" data-testid="status-sync">
      <SyncIcon size={16} className={running ? 'sync-spin' : undefined} />
      <span className="visually-hidden">{t('status.lastSync')}: </span>
      <span role="status" title={text}>
        {text}
      </span>
      {interval !== null && <span className="status-item__muted">· {t('status.syncEvery', { count: interval })}</span>}
      {connected && (
        <button type="button" className="status-button" onClick={() => void syncNow()} disabled={running}>
          {t('sync.syncNow')}
        </button>
      )}
    </li>
  );
}

/** One line for all accounts: the most urgent state wins, the data time is the oldest last sync. */
function describe(
  accounts: readonly AccountSyncStatus[],
  online: boolean,
  running: boolean,
  format: Formatters,
  now: number,
  t: Translate,
): string {
  if (running) return t('sync.syncing');
  const oldest = oldestSync(accounts);
  const when = oldest ? dataTime(oldest, format, now) : null;
  const has = (state: AccountSyncStatus['state']) => accounts.some((account) => account.state === state);
  if (isOffline(accounts, online)) return when ? t('sync.offline', { when }) : t('sync.offlineNoData');
  if (has('needs_sign_in')) return t('sync.needsSignIn');
  if (has('rate_limited')) return when ? t('sync.rateLimited', { when }) : t('sync.offlineNoData');
  if (has('error') && when) return t('sync.failed', { when });
  if (!oldest) return t('sync.firstSync');
  const ago = now - new Date(oldest).getTime() < 60_000 ? t('sync.justNow') : format.ago(oldest, now);
  return t('sync.syncedAgo', { ago });
}
