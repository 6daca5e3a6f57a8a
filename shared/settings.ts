/** The seller's saved preferences (never secrets: those live in the vault). */
import { z } from 'zod';
import { isMercadoLibreUrl } from './meli-hosts';

export const LANGUAGES = ['es', 'pt-BR', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const SITES = ['MLA', 'MLB', 'MLM', 'MLC', 'MCO', 'MLU', 'MPE'] as const;
export const SiteId = z.enum(SITES);
export type SiteId = z.infer<typeof SiteId>;

/** The UI language a seller on each site expects by default. */
export const SITE_LANGUAGE: Record<SiteId, Language> = {
  MLA: 'es',
  MLB: 'pt-BR',
  MLM: 'es',
  MLC: 'es',
  MCO: 'es',
  MLU: 'es',
  MPE: 'es',
};

const httpsOrLoopbackUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
    } catch {
      return false;
    }
  }, 'Must be an https:// address (or http:// on this computer)');

/**
 * The API and authorization addresses Settings may hold: Mercado Libre's own hosts only. Anything else
 * (a simulator, a proxy) is a developer's choice made in the environment (MELI_API_URL, MELI_AUTH_URL),
 * never through Settings or the local API, so nobody can point the seller's credentials elsewhere.
 */
const mercadoLibreUrl = z
  .string()
  .trim()
  .max(500)
  .refine(isMercadoLibreUrl, 'Must be a Mercado Libre https:// address; other hosts only through MELI_API_URL / MELI_AUTH_URL in the environment');

function isLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export const MeliAppSettings = z
  .object({
    clientId: z.string().trim().regex(/^\d{1,20}$/, 'The client id is the number Mercado Libre shows for your app'),
    redirectUri: httpsOrLoopbackUrl,
    apiUrl: mercadoLibreUrl,
    authUrl: mercadoLibreUrl,
    /** PKCE is turned on for the app in Mercado Libre's application manager (then a pasted bare code is safe). */
    pkce: z.boolean(),
  })
  .partial()
  .strict();

/**
 * The store the screens show: one account's user id, or every connected account at once ('all').
 * null: none chosen yet (the first account is shown).
 */
export const ActiveUserId = z.union([z.number().int().positive(), z.literal('all')]).nullable();
export type ActiveUserId = z.infer<typeof ActiveUserId>;

export const SettingsSchema = z
  .object({
    /** null: follow the active account's site. */
    language: Language.nullable(),
    activeUserId: ActiveUserId,
    syncIntervalMinutes: z.number().int().min(1).max(120),
    meli: MeliAppSettings,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  activeUserId: null,
  syncIntervalMinutes: 2,
  meli: {},
};

/** What `settings.set` accepts: any subset of the fields, each one valid on its own. */
export const SettingsPatch = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
