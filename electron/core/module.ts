/**
 * The one shape every capability takes in main: a factory `createXModule(deps)` returns the API
 * methods it answers, the events it listens to, and optional start/stop for background work. The host
 * lists the modules; `composeModules` merges them and refuses two modules answering the same method.
 */
import { METHOD_NAMES, type EventName, type EventPayload, type MethodName } from '../../shared/contract';
import type { EventBus } from './event-bus';
import type { Handler, Handlers } from './registry';

export type EventListeners = { [E in EventName]?: (payload: EventPayload<E>) => void };

export interface AppModule {
  /** The capability's name, used in errors ("orders", "sync"…). */
  name: string;
  handlers: { [M in MethodName]?: Handler<M> };
  /** What the module does when another capability announces something. */
  on?: EventListeners;
  /** Background work (polling, workers) begins here, after every module is built. */
  start?(): void;
  /** Stops background work: called synchronously on every module, then awaited together. */
  stop?(): Promise<void> | void;
}

export class ModuleConflictError extends Error {
  override name = 'ModuleConflictError';
}

export interface ComposedModules {
  handlers: Handlers;
  start(): void;
  stop(): Promise<void>;
}

/** Merges the modules' handlers and wires their listeners; every contract method must be answered once. */
export function composeModules(modules: readonly AppModule[], events: EventBus): ComposedModules {
  const handlers: Record<string, unknown> = {};
  const owners = new Map<string, string>();
  for (const module of modules) {
    for (const [method, handler] of Object.entries(module.handlers)) {
      const owner = owners.get(method);
      if (owner !== undefined) throw new ModuleConflictError(`The ${owner} and ${module.name} modules both answer ${method}.`);
      owners.set(method, module.name);
      handlers[method] = handler;
    }
  }
  const missing = METHOD_NAMES.filter((method) => !owners.has(method));
  if (missing.length > 0) throw new ModuleConflictError(`No module answers ${missing.join(', ')}.`);

  const unsubscribers: (() => void)[] = [];
  for (const module of modules) {
    for (const [name, listener] of Object.entries(module.on ?? {})) {
      unsubscribers.push(events.on(name as EventName, listener as (payload: unknown) => void));
    }
  }

  return {
    handlers: handlers as Handlers,
    start() {
      for (const module of modules) module.start?.();
    },
    async stop() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      // Every module is told at once (in reverse start order), so none waits on another's slow stop.
      const stopping = [...modules].reverse().map((module) => module.stop?.());
      await Promise.allSettled(stopping);
    },
  };
}
