/** The app's mode in words (status bar, About): browser mode says why, worded from main's code. */
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract';
import { plainTranslate, type Translate } from '../i18n/translate';

export function modeText(info: Pick<AppInfo, 'mode' | 'browserModeCode'>, t: Translate): string {
  if (info.mode === 'desktop') return t('status.desktop');
  if (info.browserModeCode) return t('status.browserWithReason', { reason: t(`status.browserReason.${info.browserModeCode}`) });
  return t('status.browser');
}

export function useModeLabel(info: AppInfo): string {
  const { t } = useTranslation();
  return modeText(info, plainTranslate(t));
}
