/** Settings: language, sync interval, accounts, the Mercado Libre app, updates, and facts about this installation. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AccountsSettings } from '../accounts/AccountsSettings';
import { useAppInfo } from '../../stores/app-info';
import { useSettings } from '../../stores/settings';
import { AboutSettings } from './AboutSettings';
import { LanguageSettings } from './LanguageSettings';
import { MeliAppSettings } from './MeliAppSettings';
import { SyncSettings } from './SyncSettings';
import { UpdatesSettings } from './UpdatesSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings((state) => state.value);
  const info = useAppInfo((state) => state.value);
  return (
    <>
      <PageHeader title={t('nav.settings')} subtitle={t('sections.settings.subtitle')} />
      {/* Start-up loads both before the first render, so they are only missing if that failed. */}
      {settings && (
        <div className="settings-grid">
          <LanguageSettings language={settings.language} />
          <SyncSettings minutes={settings.syncIntervalMinutes} />
          {/* Beside the Mercado Libre app they sign in with. */}
          <AccountsSettings />
          <MeliAppSettings meli={settings.meli} />
          <UpdatesSettings updates={settings.updates} desktop={info?.mode === 'desktop'} />
          {info && <AboutSettings info={info} />}
        </div>
      )}
    </>
  );
}
