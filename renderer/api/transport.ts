/**
 * The renderer's side of the contract. In the desktop app the preload exposes `window.mostrador`
 * (IPC); in browser mode the same calls go to the local web host with the per-launch token, which
 * arrives in the URL fragment and is kept in sessionStorage (never in a query string).
 */
import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
  RpcResult,
  Transport,
} from '../../shared/contract';
import { isApiError, type ApiError } from '../../shared/errors';

declare global {
  interface Window {
    mostrador?: Transport;
  }
}

const TOKEN_KEY = 'mostrador.token';

/** Reads `#token=…` once, keeps it for this tab, and removes it from the address bar. */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpTransport(baseUrl: string, token: string | null): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let streamStarted = false;

  async function openEventStream(): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await fetch(`${baseUrl}/events`, { headers: authHeaders(token) });
        if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
        await readEvents(response.body, (event, data) => {
          for (const listener of listeners.get(event as EventName) ?? []) listener(data);
        });
      } catch {
        // The host went away (app closed or restarted): try again with a growing pause.
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** Math.min(attempt, 6))));
    }
  }

  return {
    async invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<RpcResult<MethodOutput<M>>> {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...authHeaders(token), 'Content-Type': 'application/json' },
          body: input === undefined ? '' : JSON.stringify(input),
        });
      } catch {
        return { ok: false, error: { code: 'offline', message: 'Mostrador is not running (the local host did not answer).' } };
      }
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) return { ok: true, value: body as MethodOutput<M> };
      const error: ApiError = isApiError(body) ? body : { code: 'internal', message: `Unexpected answer (${response.status}).` };
      return { ok: false, error };
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      listeners.set(event, set);
      if (!streamStarted) {
        streamStarted = true;
        void openEventStream();
      }
      return () => set.delete(wrapped);
    },
  };
}

function authHeaders(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Parses a server-sent-events body: frames of `event:` and `data:` lines separated by a blank line. */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: string, data: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of frame.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length > 0) onEvent(event, JSON.parse(data.join('\n')));
    }
  }
}

/** The transport for this window: the preload's in the desktop app, HTTP in browser mode. */
export function connectTransport(): Transport {
  if (window.mostrador) return window.mostrador;
  const token = takeTokenFromLocation(window.location, window.sessionStorage, window.history);
  return createHttpTransport(window.location.origin, token);
}
