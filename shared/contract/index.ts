/**
 * The one API between the renderer and main, merged from one contract file per capability. Each method
 * has a zod input schema and a zod output schema (the output type is `z.infer` of it); each event has a
 * payload schema. Both transports (Electron IPC and the local web host) carry exactly this, and
 * docs/local-api.md is generated from it. Two capabilities declaring the same name do not compile.
 */
import type { z } from 'zod';
import type { ApiError } from '../errors';
import { Language } from '../settings';
import { accountsEvents, accountsMethods } from './accounts';
import { appEvents, appMethods } from './app';
import { cacheEvents, cacheMethods } from './cache';
import { mergeContracts } from './define';
import { labelsEvents, labelsMethods } from './labels';
import { listingsEvents, listingsMethods } from './listings';
import { ordersEvents, ordersMethods } from './orders';
import { outboxEvents, outboxMethods } from './outbox';
import { printingEvents, printingMethods } from './printing';
import { questionsEvents, questionsMethods } from './questions';
import { settingsEvents, settingsMethods } from './settings';
import { shellEvents, shellMethods } from './shell';
import { stockEvents, stockMethods } from './stock';
import { syncEvents, syncMethods } from './sync';

export { AppInfo, AppMode, BROWSER_MODE_REASONS, BrowserModeReason } from './app';
export { Account, AccountStatus, ConnectStart, MeliAppStatus } from './accounts';
export { CACHE_ENTITIES, CacheChanged, CacheEntity } from './cache';
export { MENU_COMMANDS, MenuCommand, ShellCommand } from './shell';

/** Methods: name → { input, output, summary }, in the order the docs list them. */
export const methods = mergeContracts({
  app: appMethods,
  settings: settingsMethods,
  accounts: accountsMethods,
  sync: syncMethods,
  cache: cacheMethods,
  orders: ordersMethods,
  listings: listingsMethods,
  questions: questionsMethods,
  outbox: outboxMethods,
  labels: labelsMethods,
  printing: printingMethods,
  shell: shellMethods,
  stock: stockMethods,
});

/** Events main pushes to every open window: name → { payload, summary }. */
export const events = mergeContracts({
  app: appEvents,
  settings: settingsEvents,
  accounts: accountsEvents,
  sync: syncEvents,
  cache: cacheEvents,
  orders: ordersEvents,
  listings: listingsEvents,
  questions: questionsEvents,
  outbox: outboxEvents,
  labels: labelsEvents,
  printing: printingEvents,
  shell: shellEvents,
  stock: stockEvents,
});

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

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
