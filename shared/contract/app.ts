/** The app itself: what it is, where it keeps data, how it runs. */
import { z } from 'zod';
import { NoInput, type MethodSpec } from './define';

export const AppMode = z.enum(['desktop', 'browser']);
export type AppMode = z.infer<typeof AppMode>;

/** Why the desktop shell is not running in browser mode; the screens word each code in the UI language. */
export const BROWSER_MODE_REASONS = ['requested', 'electron_missing', 'no_display', 'not_built', 'native_modules', 'start_failed'] as const;
export const BrowserModeReason = z.enum(BROWSER_MODE_REASONS);
export type BrowserModeReason = z.infer<typeof BrowserModeReason>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  mode: AppMode,
  demo: z.boolean(),
  /** Why the desktop shell is not running, when mode is browser because it could not start. */
  browserModeReason: z.string().nullable(),
  /** The same reason as a code (null when mode is desktop or no reason was given). */
  browserModeCode: BrowserModeReason.nullable(),
  /** How secrets are protected: by the OS keychain, or by a key file beside the data (weaker). */
  vaultProtection: z.enum(['os', 'key_file']),
  /** Problems found at start (e.g. a corrupt settings file set aside), shown once to the seller. */
  notices: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appMethods = {
  'app.info': {
    summary: 'Version, data directory, mode (desktop or browser) and whether the demo store is in use.',
    input: NoInput,
    output: AppInfo,
  },
} as const satisfies Record<string, MethodSpec>;

export const appEvents = {} as const;
