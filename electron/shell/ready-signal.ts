/**
 * The line the main process prints on stdout once the window is shown. build/desktop.mjs waits for it
 * to tell "the desktop app started" from "Electron exited at start" (a test keeps the two equal).
 */
export const SHELL_READY_LINE = 'Mostrador desktop window is ready';
