/** Typed events from services to every connected window (IPC) or event stream (web host), and to other services. */
import { EVENT_NAMES, type EventName, type EventPayload } from '../../shared/contract';

export type AnyEventListener = (event: EventName, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Listen to one event with its payload's type; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Listen to every event (the transports forward them all); returns the unsubscribe function. */
  subscribe(listener: AnyEventListener): () => void;
}

type TypedListeners = { [E in EventName]: Set<(payload: EventPayload<E>) => void> };

/** Runs a listener so that a broken one (a closed window, a dropped stream) cannot stop the others. */
function safely(run: () => void): void {
  try {
    run();
  } catch {
    // Reported by the listener's owner, if at all; the bus goes on.
  }
}

export function createEventBus(): EventBus {
  const everyEvent = new Set<AnyEventListener>();
  // One set per contract event, made up front so each keeps its payload's type.
  const byName = Object.fromEntries(EVENT_NAMES.map((name) => [name, new Set()])) as TypedListeners;
  return {
    emit(event, payload) {
      for (const listener of [...byName[event]]) safely(() => listener(payload));
      for (const listener of [...everyEvent]) safely(() => listener(event, payload));
    },
    on(event, listener) {
      const set = byName[event];
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    subscribe(listener) {
      everyEvent.add(listener);
      return () => {
        everyEvent.delete(listener);
      };
    },
  };
}
