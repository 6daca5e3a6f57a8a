/** The UI languages and window widths every screenshot test covers, with each language's catalogue. */
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';

export const SCREEN_LANGUAGES = [
  { language: 'es', locale: 'es-AR', messages: es },
  { language: 'pt-BR', locale: 'pt-BR', messages: ptBR },
  { language: 'en', locale: 'en-US', messages: en },
] as const;

/** The widest common window and the narrowest supported one. */
export const SCREEN_WIDTHS = [1280, 1000] as const;
