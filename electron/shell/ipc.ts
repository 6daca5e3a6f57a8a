/**
 * The desktop transport on the main side: one invoke channel that checks the sender before handing the
 * call to the host's dispatcher (which validates the input), and one event channel that forwards every
 * host event to the open windows.
 */
import type { EventBus } from '../core/event-bus';
import type { Dispatch } from '../core/registry';
import type { RpcResult } from '../../shared/contract';
import { isTrustedSender, type SenderLike, type TrustedWindow } from './sender-check';
import { EVENT_CHANNEL } from './ipc-channels';

export interface IpcRefusalLog {
  (line: string): void;
}

/** The ipcMain.handle callback for INVOKE_CHANNEL. */
export function createInvokeHandler(
  dispatch: Dispatch,
  getMainWindow: () => TrustedWindow | null,
  log: IpcRefusalLog,
): (event: SenderLike, method: unknown, input: unknown) => Promise<RpcResult<unknown>> {
  return async (event, method, input) => {
    if (!isTrustedSender(event, getMainWindow())) {
      // Logged without the input: it could hold whatever a hostile page chose to send.
      log(`refused an IPC call from an untrusted frame (${event.senderFrame?.url ?? 'no frame'})`);
      return { ok: false, error: { code: 'forbidden', message: 'This window may not use Mostrador.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'The method name must be text.' } };
    }
    return dispatch(method, input);
  };
}

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Sends every host event to the windows' web contents; returns the unsubscribe function. */
export function forwardEvents(events: EventBus, getTargets: () => readonly EventTarget[]): () => void {
  return events.subscribe((name, payload) => {
    for (const target of getTargets()) {
      if (!target.isDestroyed()) target.send(EVENT_CHANNEL, name, payload);
    }
  });
}
