/**
 * Keeps the UI language in step with what decides it: the saved setting and the active account's site
 * (both can change while the app runs), falling back to the browser's languages.
 */
import type { Language } from '../../shared/settings';
import { activeAccount, useAccounts, useActiveAccountId } from '../stores/accounts';
import { useSettings } from '../stores/settings';
import { applyLanguage } from './index';
import { chooseLanguage } from './language';

export function currentLanguage(): Language {
  return chooseLanguage({
    setting: useSettings.getState().value?.language ?? null,
    accountSite: activeAccount(useAccounts.getState().value)?.siteId ?? null,
    browserLanguages: navigator.languages,
  });
}

export function followLanguage(): () => void {
  const update = () => void applyLanguage(currentLanguage());
  const unsubscribeSettings = useSettings.subscribe(update);
  const unsubscribeAccounts = useAccounts.subscribe(update);
  const unsubscribeActive = useActiveAccountId.subscribe(update);
  return () => {
    unsubscribeSettings();
    unsubscribeAccounts();
    unsubscribeActive();
  };
}
