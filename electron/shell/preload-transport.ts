/**
 * The preload's transport over IPC: `invoke` on one channel, `on` for the contract's events only,
 * delivering payloads without the IPC event object. Only type imports from shared/ so the sandboxed
 * preload bundle carries no zod; main validates every input anyway.
 */
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput, RpcResult, Transport } from '../../shared/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

/**
 * The contract's event names. `satisfies Record<EventName, true>` makes the compiler reject a missing
 * or an extra name, so this list cannot drift from shared/contract/ without the build failing.
 */
const KNOWN_EVENTS = {
  'settings.changed': true,
  'accounts.changed': true,
  'accounts.connect.finished': true,
  'sync.progress': true,
  'sync.status': true,
  'cache.changed': true,
  'outbox.changed': true,
  'questions.new': true,
  'orders.new': true,
  'print.changed': true,
  'shell.command': true,
} satisfies Record<EventName, true>;

export function isKnownEvent(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_EVENTS, name);
}

/** The slice of ipcRenderer the transport uses. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createPreloadTransport(ipc: PreloadIpc): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let subscribed = false;

  // One IPC listener for all events; the IPC event object (sender, ports) never reaches the page.
  function subscribeOnce(): void {
    if (subscribed) return;
    subscribed = true;
    ipc.on(EVENT_CHANNEL, (_event, name, payload) => {
      if (!isKnownEvent(name)) return;
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          listener(payload);
        } catch {
          // One failing page listener must not stop the others.
        }
      }
    });
  }

  return {
    invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<RpcResult<MethodOutput<M>>> {
      // Main validates the input and always answers with the dispatcher's RpcResult for this method.
      return ipc.invoke(INVOKE_CHANNEL, method, input) as Promise<RpcResult<MethodOutput<M>>>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      if (!isKnownEvent(event)) throw new TypeError(`Unknown event ${JSON.stringify(event)}`);
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
      subscribeOnce();
      const set = listeners.get(event) ?? new Set();
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      listeners.set(event, set);
      return () => {
        set.delete(wrapped);
      };
    },
  };
}
