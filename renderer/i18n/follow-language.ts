/**
 * Keeps the UI language in step with what decides it: the saved setting and the site of the account in
 * use (both can change while the app runs), falling back to the browser's languages. With "All stores"
 * the account is the last one chosen, so the language does not jump when the seller picks all.
 */
import type { Language } from '../../shared/settings';
import { languageAccount, subscribeLanguageAccount, useAccounts } from '../stores/accounts';
import { useSettings } from '../stores/settings';
import { applyLanguage } from './index';
import { chooseLanguage } from './language';

export function currentLanguage(): Language {
  return chooseLanguage({
    setting: useSettings.getState().value?.language ?? null,
    accountSite: languageAccount(useAccounts.getState().value)?.siteId ?? null,
    browserLanguages: navigator.languages,
  });
}

export function followLanguage(): () => void {
  const update = () => void applyLanguage(currentLanguage());
  const unsubscribeSettings = useSettings.subscribe(update);
  const unsubscribeAccounts = useAccounts.subscribe(update);
  const unsubscribeLanguageAccount = subscribeLanguageAccount(update);
  return () => {
    unsubscribeSettings();
    unsubscribeAccounts();
    unsubscribeLanguageAccount();
  };
}
