/**
 * Version, data folder, mode and how secrets are protected: what a seller reads out when asking for help.
 * A key file beside the data is named as weaker protection, as it is (ARCHITECTURE.md, secrets).
 */
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract';
import { useModeLabel } from '../../components/mode-label';
import { SettingsCard } from './SettingsCard';

export function AboutSettings({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const mode = useModeLabel(info);
  return (
    <SettingsCard title={t('settings.about.heading')} testId="settings-about">
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="about-version">{info.version}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('settings.about.dataDir')}</dt>
          <dd>
            <code className="facts__path">{info.dataDir}</code>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('settings.about.mode')}</dt>
          <dd>
            {mode}
            {info.demo && <> · {t('status.demo')}</>}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('settings.about.secrets')}</dt>
          <dd data-testid="about-secrets">
            {info.vaultProtection === 'os' ? t('settings.about.secretsOs') : t('settings.about.secretsKeyFile')}
          </dd>
        </div>
      </dl>
    </SettingsCard>
  );
}
