/** Typed events from services to every connected window (IPC) or event stream (web host). */
import type { EventName, EventPayload } from '../../shared/contract';

export type AnyEventListener = (event: EventName, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Listen to every event; returns the unsubscribe function. */
  subscribe(listener: AnyEventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<AnyEventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(event, payload);
        } catch {
          // A broken subscriber (a closed window, a dropped stream) must not stop the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
