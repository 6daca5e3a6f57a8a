/**
 * i18next set up with the three catalogues bundled (no network loading: the app works offline and the
 * CSP allows no remote fetches). `applyLanguage` switches the UI and keeps `<html lang>` in step so
 * screen readers pronounce the text correctly.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/settings';
import en from './locales/en';
import es, { type Messages } from './locales/es';
import ptBR from './locales/pt-BR';
import { featureMessages, type FeatureMessages } from './feature-locales';
import { FALLBACK_LANGUAGE } from './language';
import { accountMessages, type AccountMessages } from '../features/accounts/locales';

/** The whole catalogue's shape, as one interface: an intersection of the parts grows too deep for tsc. */
export interface TranslationResources extends Messages, FeatureMessages {
  accounts: AccountMessages;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationResources };
  }
}

export const i18n = i18next.createInstance();

export async function initI18n(language: Language): Promise<void> {
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: ['es', 'pt-BR', 'en'],
    // 'pt-BR' must stay 'pt-BR', not be reduced to 'pt', so the catalogue key is found as written.
    load: 'currentOnly',
    resources: {
      // Features with many strings keep them beside their code; they are merged in under their own key.
      es: { translation: { ...es, accounts: accountMessages.es, ...featureMessages('es') } },
      'pt-BR': { translation: { ...ptBR, accounts: accountMessages['pt-BR'], ...featureMessages('pt-BR') } },
      en: { translation: { ...en, accounts: accountMessages.en, ...featureMessages('en') } },
    },
    interpolation: { escapeValue: false }, // React escapes what it renders.
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
