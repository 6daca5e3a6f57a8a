/**
 * Crash-safe quitting. Electron's 'before-quit' cannot wait for a promise, so the first one is held
 * back while the host stops its background work (outbox worker, sync, print queue) and closes the
 * database; then the app quits for real. A stop that hangs is cut short so the app always exits.
 */
export const SHUTDOWN_TIMEOUT_MS = 5000;

export interface QuitGuardOptions {
  /** Stops background work and closes the database. */
  shutdown: () => Promise<void>;
  quit: () => void;
  log: (line: string) => void;
  timeoutMs?: number;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export function createQuitGuard(options: QuitGuardOptions): (event: PreventableEvent) => void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  return (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    let timer: NodeJS.Timeout | null = null;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        options.log(`shutdown took longer than ${options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS} ms; quitting anyway`);
        resolve();
      }, options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS);
    });
    const stopping = options.shutdown().catch((error: unknown) => options.log(`shutdown: ${error instanceof Error ? error.message : String(error)}`));
    void Promise.race([stopping, timeout]).then(() => {
      if (timer) clearTimeout(timer);
      state = 'stopped';
      options.quit();
    });
  };
}
