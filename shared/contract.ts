/**
 * The one API between the renderer and main. Each method has a zod input schema and a zod output
 * schema (the output type is `z.infer` of it); each event has a payload schema. Both transports
 * (Electron IPC and the local web host) carry exactly this, and docs/local-api.md is generated from it.
 */
import { z } from 'zod';
import { ApiErrorSchema, type ApiError } from './errors';
import { ListingDescription, ListingsPage, ListingsQuery, QuestionsPage, QuestionsQuery } from './listings';
import { OrderDetail, OrdersPage, OrdersQuery } from './orders';
import { Language, SettingsPatch, SettingsSchema, SiteId } from './settings';
import { SyncProgress, SyncStatus } from './sync';

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
  /** How secrets are protected: by the OS keychain, or by a key file beside the data (weaker). */
  vaultProtection: z.enum(['os', 'key_file']),
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

export const ConnectStart = z.object({
  flowId: z.string(),
  authorizationUrl: z.string(),
  redirectMode: z.enum(['loopback', 'forward']),
  /** True when main already opened the address in the system browser (desktop). */
  openedBySystem: z.boolean(),
  expiresAt: z.string(),
  /** A pasted code alone (without the address's `state`) is accepted: only when the app enforces PKCE. */
  bareCodeAccepted: z.boolean(),
});
export type ConnectStart = z.infer<typeof ConnectStart>;

export const MeliAppStatus = z.object({
  clientId: z.string().nullable(),
  redirectUri: z.string().nullable(),
  hasSecret: z.boolean(),
  /** The secret comes from MELI_CLIENT_SECRET and cannot be changed in the app. */
  secretFromEnvironment: z.boolean(),
  demo: z.boolean(),
});
export type MeliAppStatus = z.infer<typeof MeliAppStatus>;

const FlowId = z.object({ flowId: z.string().uuid() }).strict();
const UserId = z.object({ userId: z.number().int().positive() }).strict();

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
  'accounts.connect.start': {
    summary:
      "Start connecting an account on a site: returns the Mercado Libre authorization address to open. The app listens on 127.0.0.1 for the redirect; `accounts.connect.finished` tells the outcome.",
    input: z.object({ siteId: SiteId }).strict(),
    output: ConnectStart,
  },
  'accounts.connect.complete': {
    summary: 'Finish a connection with the address (or code) the seller pasted from the browser after approving.',
    input: z.object({ flowId: z.string().uuid(), address: z.string().trim().min(1).max(4000) }).strict(),
    output: Account,
  },
  'accounts.connect.cancel': {
    summary: 'Stop waiting for a connection in progress.',
    input: FlowId,
    output: z.object({ cancelled: z.boolean() }),
  },
  'accounts.remove': {
    summary: "Remove an account from this computer: revokes Mostrador's access at Mercado Libre when online, and always deletes its local secrets and data.",
    input: UserId,
    output: z.object({ revoked: z.boolean() }),
  },
  'meliApp.status': {
    summary: "The Mercado Libre app Mostrador signs in with (client id, redirect URI, whether a secret is stored). Never returns the secret.",
    input: NoInput,
    output: MeliAppStatus,
  },
  'sync.status': {
    summary: 'Whether Mercado Libre is reachable, and each account\'s sync state and last complete sync.',
    input: NoInput,
    output: SyncStatus,
  },
  'sync.now': {
    summary: 'Sync now (one account, or all connected ones). Returns at once; `sync.progress` and `sync.status` follow.',
    input: z.object({ userId: z.number().int().positive().optional(), full: z.boolean().optional() }).strict().optional(),
    output: z.object({ started: z.array(z.number()) }),
  },
  'sync.cancel': {
    summary: 'Stop a running sync; what it already saved stays, and the next sync resumes from there.',
    input: z.object({ userId: z.number().int().positive().optional() }).strict().optional(),
    output: z.object({ cancelled: z.number() }),
  },
  'orders.query': {
    summary: 'Cached orders: filter by account, status, shipping (including "label ready to print") and date; search; sort; a window of rows.',
    input: OrdersQuery,
    output: OrdersPage,
  },
  'orders.get': {
    summary: 'One cached order in full: lines, pack, and the order and shipment as received.',
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: OrderDetail,
  },
  'listings.query': {
    summary: 'Cached listings with their variations: filter by account and status, search title and SKU, sort.',
    input: ListingsQuery,
    output: ListingsPage,
  },
  'listings.description': {
    summary: "A listing's description: read from Mercado Libre when the listing is opened, the saved copy when offline.",
    input: z.object({ itemId: z.string().regex(/^[A-Z]{3}\d{1,15}$/) }).strict(),
    output: ListingDescription,
  },
  'questions.query': {
    summary: "Cached buyers' questions, unanswered first, with the listing each one is about.",
    input: QuestionsQuery,
    output: QuestionsPage,
  },
  'meliApp.setSecret': {
    summary: "Store the app's secret key in the vault (encrypted).",
    input: z.object({ clientSecret: z.string().trim().min(8).max(200) }).strict(),
    output: MeliAppStatus,
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
  'sync.progress': {
    summary: 'A running sync moved on: step and done/total (total null while unknown).',
    payload: SyncProgress,
  },
  'sync.status': {
    summary: 'Sync state changed (started, finished, offline, rate-limited, needs sign-in).',
    payload: SyncStatus,
  },
  'accounts.connect.finished': {
    summary: 'A connection started with accounts.connect.start ended: connected, refused, timed out or cancelled.',
    payload: z.union([
      z.object({ flowId: z.string(), ok: z.literal(true), account: Account }),
      z.object({ flowId: z.string(), ok: z.literal(false), error: ApiErrorSchema }),
    ]),
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
