/** Mercado Libre accounts: connecting (OAuth), listing, removing; the app credentials they sign in with. */
import { z } from 'zod';
import { ApiErrorSchema } from '../errors';
import { SiteId } from '../settings';
import { NoInput, type EventSpec, type MethodSpec } from './define';

export const AccountStatus = z.enum(['connected', 'needs_sign_in']);

export const Account = z.object({
  userId: z.number().int(),
  nickname: z.string(),
  siteId: SiteId,
  status: AccountStatus,
  lastSyncAt: z.string().nullable(),
});
export type Account = z.infer<typeof Account>;

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
  /** The sites this app can connect an account on (the demo store: those with a sample store). */
  reachableSites: z.array(SiteId),
});
export type MeliAppStatus = z.infer<typeof MeliAppStatus>;

const FlowId = z.object({ flowId: z.string().uuid() }).strict();
const UserId = z.object({ userId: z.number().int().positive() }).strict();

export const accountsMethods = {
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
  'meliApp.setSecret': {
    summary: "Store the app's secret key in the vault (encrypted).",
    input: z.object({ clientSecret: z.string().trim().min(8).max(200) }).strict(),
    output: MeliAppStatus,
  },
} as const satisfies Record<string, MethodSpec>;

export const accountsEvents = {
  'accounts.changed': {
    summary: 'An account was added, removed, or changed status.',
    payload: z.array(Account),
  },
  'accounts.connect.finished': {
    summary: 'A connection started with accounts.connect.start ended: connected, refused, timed out or cancelled.',
    payload: z.union([
      z.object({ flowId: z.string(), ok: z.literal(true), account: Account }),
      z.object({ flowId: z.string(), ok: z.literal(false), error: ApiErrorSchema }),
    ]),
  },
} as const satisfies Record<string, EventSpec>;
