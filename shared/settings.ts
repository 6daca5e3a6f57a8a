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
 * Where updates come from: an https:// folder holding electron-builder's `latest.yml` files (a generic
 * update server). No user name or password in the address: the app never sends credentials for it.
 */
export function updateFeedProblem(value: string): 'not_https' | 'has_credentials' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not_https';
  }
  if (url.protocol !== 'https:' || url.hostname === '') return 'not_https';
  if (url.username !== '' || url.password !== '') return 'has_credentials';
  return null;
}

const updateFeedUrl = z
  .string()
  .trim()
  .max(500)
  .superRefine((value, ctx) => {
    const problem = updateFeedProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem === 'not_https' ? 'Must be an https:// address' : 'Must not hold a user name or password', params: { rule: problem } });
  });

/** Automatic updates (desktop app only): off until the seller, or whoever set the app up, names a feed. */
export const UpdateSettings = z
  .object({
    enabled: z.boolean(),
    feedUrl: updateFeedUrl.nullable(),
  })
  .strict()
  .refine((updates) => !updates.enabled || updates.feedUrl !== null, { message: 'Updates need a feed address', path: ['feedUrl'], params: { rule: 'feed_required' } });
export type UpdateSettings = z.infer<typeof UpdateSettings>;

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
    updates: UpdateSettings,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  activeUserId: null,
  syncIntervalMinutes: 2,
  meli: {},
  updates: { enabled: false, feedUrl: null },
};

/** What `settings.set` accepts: any subset of the fields, each one valid on its own. */
export const SettingsPatch = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
