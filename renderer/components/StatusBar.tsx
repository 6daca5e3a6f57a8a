/**
 * The bottom bar (the page's contentinfo landmark): which account is connected, whether this is the
 * desktop app or browser mode (and why), a loud "Demo store" badge when the data is not real, when
 * the last sync happened, and how many changes wait for Mercado Libre. F6 (or the second skip link)
 * brings focus here from anywhere.
 */
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract';
import { AccountStatusItems } from '../features/accounts/AccountStatusItems';
import { PendingChangesStatusItem } from '../features/outbox/PendingChangesStatusItem';
import { SyncStatusItem } from '../features/sync/SyncStatusItem';
import { useAppInfo } from '../stores/app-info';
import { Badge } from './Badge';
import { BrowserIcon, DesktopIcon } from './icons';
import { useModeLabel } from './mode-label';
import { STATUS_ID } from './regions';

export function StatusBar() {
  const { t } = useTranslation();
  const info = useAppInfo((state) => state.value);

  return (
    // Focusable by script (F6, the skip link) when it has no control to land on.
    <footer id={STATUS_ID} className="status-bar" aria-label={t('status.label')} tabIndex={-1}>
      <ul className="status-bar__items">
        <AccountStatusItems />
        {info && <ModeItem info={info} />}
        <SyncStatusItem />
        <PendingChangesStatusItem />
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
  const label = useModeLabel(info);
  return (
    <li className="status-item status-item--mode" data-testid="status-mode">
      <Icon size={16} />
      <span className="visually-hidden">{t('status.mode')}: </span>
      <span title={label}>{label}</span>
    </li>
  );
}
