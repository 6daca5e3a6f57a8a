/**
 * The bottom bar (the page's contentinfo landmark): which account is connected, whether this is the
 * desktop app or browser mode (and why), a loud "Demo store" badge when the data is not real, and when
 * the last sync happened.
 */
import { useTranslation } from 'react-i18next';
import type { Account, AppInfo } from '../../shared/contract';
import { AccountStatusItems } from '../features/accounts/AccountStatusItems';
import { FALLBACK_LANGUAGE, intlLocale, isLanguage } from '../i18n/language';
import { useActiveAccount } from '../stores/accounts';
import { useAppInfo } from '../stores/app-info';
import { useSettings } from '../stores/settings';
import { Badge } from './Badge';
import { BrowserIcon, DesktopIcon, SyncIcon } from './icons';

export function StatusBar() {
  const { t } = useTranslation();
  const info = useAppInfo((state) => state.value);
  const interval = useSettings((state) => state.value?.syncIntervalMinutes ?? null);
  const account = useActiveAccount();

  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <ul className="status-bar__items">
        <AccountStatusItems />
        {info && <ModeItem info={info} />}
        <li className="status-item" data-testid="status-sync">
          <SyncIcon size={16} />
          <LastSync account={account} />
          {interval !== null && (
            <span className="status-item__muted">· {t('status.syncEvery', { count: interval })}</span>
          )}
        </li>
        {info?.demo && (
          <li className="status-item status-item--end" data-testid="status-demo">
            <Badge tone="accent" title={t('status.demoHint')}>
              {t('status.demo')}
            </Badge>
          </li>
        )}
      </ul>
    </footer>
  );
}

function ModeItem({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const Icon = info.mode === 'desktop' ? DesktopIcon : BrowserIcon;
  const label =
    info.mode === 'desktop'
      ? t('status.desktop')
      : info.browserModeReason
        ? t('status.browserWithReason', { reason: info.browserModeReason })
        : t('status.browser');
  return (
    <li className="status-item status-item--mode" data-testid="status-mode">
      <Icon size={16} />
      <span className="visually-hidden">{t('status.mode')}: </span>
      <span title={label}>{label}</span>
    </li>
  );
}

function LastSync({ account }: { account: Account | null }) {
  const { t, i18n } = useTranslation();
  if (!account?.lastSyncAt) return <span>{t('status.neverSynced')}</span>;
  // Stored in UTC; shown in the seller's own time zone and language.
  const language = isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
  const when = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(account.lastSyncAt),
  );
  return (
    <time dateTime={account.lastSyncAt}>{t('status.syncedAt', { when })}</time>
  );
}
