/**
 * The renderer's side of the contract. In the desktop app the preload exposes `window.mostrador`
 * (IPC); in browser mode the same calls go to the local web host. The address the host opens carries a
 * one-time launch code in its fragment; the page trades it once for a session cookie the host sets
 * HttpOnly (see electron/web/launch-sessions.ts), so no token is ever kept in the page or its storage.
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

/** Where older versions kept the long-lived token: cleared so none lingers in the browser. */
const LEGACY_TOKEN_KEY = 'mostrador.token';

/**
 * Takes the launch code out of the address bar (`#code=…`; an old bookmark's `#token=…` is treated the
 * same and simply fails), so neither a reload nor the history keeps it.
 */
export function takeLaunchCode(location: Location, history: History, storage?: Storage): string | null {
  storage?.removeItem(LEGACY_TOKEN_KEY);
  const match = /(?:^#|&)(?:code|token)=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (!match?.[1]) return null;
  history.replaceState(null, '', location.pathname + location.search);
  return match[1];
}

/** Trades the launch code for the session cookie; a used or expired code leaves the tab without access. */
async function startSession(baseUrl: string, code: string): Promise<void> {
  try {
    await fetch(`${baseUrl}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    // The host is not running: the first call says so.
  }
}

export function createHttpTransport(baseUrl: string, launchCode: string | null): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let streamStarted = false;
  // Every request waits for the session (if a code came with the address); the cookie does the rest.
  const ready = launchCode ? startSession(baseUrl, launchCode) : Promise.resolve();

  async function openEventStream(): Promise<void> {
    await ready;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await fetch(`${baseUrl}/events`);
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
      await ready;
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
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
  const code = takeLaunchCode(window.location, window.history, window.sessionStorage);
  return createHttpTransport(window.location.origin, code);
}
