/**
 * Which language the UI speaks. Pure (no DOM, no i18next) so it is unit-tested directly:
 * the seller's explicit choice, else the active account's site, else the browser's languages, else Spanish.
 */
import { LANGUAGES, SITE_LANGUAGE, type Language, type SiteId } from '../../shared/settings';

export const FALLBACK_LANGUAGE: Language = 'es';

/** Each language's own name: a seller looking for their language must recognise it whatever is shown now. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  en: 'English',
};

export interface LanguageInputs {
  /** settings.language: null means "follow the account's site". */
  setting: Language | null;
  /** Site of the active account, when one is connected. */
  accountSite: SiteId | null;
  /** navigator.languages, most preferred first. */
  browserLanguages: readonly string[];
}

export function chooseLanguage({ setting, accountSite, browserLanguages }: LanguageInputs): Language {
  if (setting) return setting;
  if (accountSite) return SITE_LANGUAGE[accountSite];
  for (const tag of browserLanguages) {
    const mapped = languageFromTag(tag);
    if (mapped) return mapped;
  }
  return FALLBACK_LANGUAGE;
}

/** Maps a BCP 47 tag onto one of ours: any Portuguese → pt-BR, any Spanish → es, any English → en. */
export function languageFromTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'es') return 'es';
  if (primary === 'en') return 'en';
  return null;
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The locale for Intl formatting (dates, numbers): Spanish defaults to Argentina, the app's home market. */
export function intlLocale(language: Language): string {
  return language === 'es' ? 'es-AR' : language;
}
