/** The UI languages and window widths every screen is checked in (the widest common, the narrowest supported). */
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';

export const LANGUAGES = [
  { language: 'es', locale: 'es-AR', messages: es },
  { language: 'pt-BR', locale: 'pt-BR', messages: ptBR },
  { language: 'en', locale: 'en-US', messages: en },
] as const;

export const WIDTHS = [1280, 1000] as const;
