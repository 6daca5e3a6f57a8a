/** Opens the connect dialog on the proposed site, or on an account's own site when reconnecting it. */
import type { Account } from '../../../shared/contract';
import { i18n } from '../../i18n';
import { FALLBACK_LANGUAGE, isLanguage } from '../../i18n/language';
import { useConnect } from './connect-store';
import { defaultSite } from './sites';

export function openConnect(): void {
  const language = isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
  useConnect.getState().open({ siteId: defaultSite(language, navigator.languages) });
}

export function openReconnect(account: Account): void {
  useConnect.getState().open({ siteId: account.siteId, reconnecting: account.nickname });
}
