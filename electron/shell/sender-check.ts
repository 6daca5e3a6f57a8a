/**
 * Who may call the API over IPC: only the top frame of our main window, showing our own app:// origin.
 * An iframe, a devtools extension page, another window, or the window after it was somehow navigated
 * elsewhere is refused before any handler runs.
 */
import { isAppUrl } from './app-protocol';

/** The parts of Electron's WebFrameMain the check reads (so tests can pass plain objects). */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly frameToken: string;
  readonly detached: boolean;
}

export interface SenderLike {
  readonly sender: object;
  readonly senderFrame: FrameLike | null;
}

export interface TrustedWindow {
  readonly webContents: object & { readonly mainFrame: FrameLike };
}

export function isTrustedSender(event: SenderLike, window: TrustedWindow | null): boolean {
  if (window === null) return false;
  if (event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.detached || frame.parent !== null) return false;
  // Compare by identity tokens, not object identity: Electron may hand out distinct wrapper objects.
  const top = window.webContents.mainFrame;
  if (frame.processId !== top.processId || frame.frameToken !== top.frameToken) return false;
  return isAppUrl(frame.url);
}
