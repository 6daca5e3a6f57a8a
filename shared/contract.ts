/**
 * The one API between the renderer and main. Each method has a zod input schema and a zod output
 * schema (the output type is `z.infer` of it); each event has a payload schema. Both transports
 * (Electron IPC and the local web host) carry exactly this, and docs/local-api.md is generated from it.
 */
import { z } from 'zod';
import type { ApiError } from './errors';
import { Language, SettingsPatch, SettingsSchema, SiteId } from './settings';

export const AppMode = z.enum(['desktop', 'browser']);
export type AppMode = z.infer<typeof AppMode>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  mode: AppMode,
  demo: z.boolean(),
  /** Why the desktop shell is not running, when mode is browser because it could not start. */
  browserModeReason: z.string().nullable(),
  /** Problems found at start (e.g. a corrupt settings file set aside), shown once to the seller. */
  notices: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const AccountStatus = z.enum(['connected', 'needs_sign_in']);

export const Account = z.object({
  userId: z.number().int(),
  nickname: z.string(),
  siteId: SiteId,
  status: AccountStatus,
  lastSyncAt: z.string().nullable(),
});
export type Account = z.infer<typeof Account>;

const NoInput = z.object({}).strict().optional();

/** Methods: name → { input, output, summary }. */
export const methods = {
  'app.info': {
    summary: 'Version, data directory, mode (desktop or browser) and whether the demo store is in use.',
    input: NoInput,
    output: AppInfo,
  },
  'settings.get': {
    summary: "The seller's saved settings.",
    input: NoInput,
    output: SettingsSchema,
  },
  'settings.set': {
    summary: 'Change some settings; the answer is the whole settings object after the change.',
    input: SettingsPatch,
    output: SettingsSchema,
  },
  'accounts.list': {
    summary: 'The Mercado Libre accounts connected on this computer.',
    input: NoInput,
    output: z.array(Account),
  },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/** Events main pushes to every open window: name → { payload, summary }. */
export const events = {
  'settings.changed': {
    summary: 'Settings were changed (from any window or the local API).',
    payload: SettingsSchema,
  },
  'accounts.changed': {
    summary: 'An account was added, removed, or changed status.',
    payload: z.array(Account),
  },
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]['payload']>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}

/** What either transport answers for one call. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The object the preload exposes (desktop) and the web client implements (browser). */
export interface Transport {
  invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<RpcResult<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export { Language };
