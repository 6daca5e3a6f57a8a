/**
 * The desktop app's main process: lifecycle, single instance, the host (services + API registry),
 * the app:// protocol, IPC and the main window. Everything with logic lives in the small modules
 * beside this one; this file only wires them to Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { ConfigError, readEnv, resolveDataDir } from '../config';
import { startDemoStore, type DemoStore } from '../demo/demo-store';
import { needsDemoStore } from '../demo/needs-demo-store';
import { createHost, type Host } from '../host';
import type { Language } from '../../shared/settings';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createElectronStoreBackend } from './electron-store-backend';
import { createDesktopCipher } from './safe-storage-cipher';
import { openExternalIfAllowed } from './external-links';
import { createDesktopIntegration, type DesktopIntegration } from './desktop-integration';
import { createLogBuffer } from './diagnostics';
import { createInvokeHandler, forwardEvents } from './ipc';
import { INVOKE_CHANNEL } from './ipc-channels';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { electronNativeBindingPath } from './native-binding';
import { createQuitGuard } from './shutdown';
import { startUpdates, type Updates } from './updates';
import { hardenSession, hardenWebContents } from './window-security';

// Bundled to dist/main/shell.mjs: the preload sits beside it and the renderer build one level up.
const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, 'preload.cjs');
const rendererDir = path.resolve(here, '../renderer');

let host: Host | null = null;
let mainWindow: BrowserWindow | null = null;
let stopForwarding: (() => void) | null = null;
let demoStore: DemoStore | null = null;
let integration: DesktopIntegration | null = null;
let updates: Updates | null = null;

// Every line also goes, redacted, to the buffer "Export diagnostics" writes out.
const logBuffer = createLogBuffer();
const log = (line: string) => {
  logBuffer.add(line);
  console.error(`mostrador: ${line}`);
};
// Callers pass allow-listed Mercado Libre pages only (external-links.ts checks every address).
const openExternal = (url: string) => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK - allow-listed callers only

/** A start-up failure: one line on stderr (build/desktop.mjs reports it) and a dialog for the seller. */
function failStart(message: string): void {
  console.error(`Mostrador could not start: ${message}`);
  if (app.isReady()) dialog.showErrorBox('Mostrador no pudo iniciar', message);
  app.exit(1);
}

function setUpBeforeReady(): boolean {
  // Must happen before 'ready': privileged schemes and the sandbox cannot be changed afterwards.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  try {
    // Chromium's profile lives inside our data directory, so the single-instance lock is per data
    // directory: two windows on one SQLite database are refused, two test data directories are not.
    app.setPath('userData', path.join(resolveDataDir(readEnv()), 'desktop'));
  } catch (error) {
    failStart(error instanceof ConfigError ? error.message : String(error));
    return false;
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  return true;
}

function showMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed() || host === null) {
    if (host === null) return;
    mainWindow = createMainWindow({ dataDir: host.config.dataDir, preloadPath, log });
    mainWindow.on('closed', () => (mainWindow = null));
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function setMenu(language: Language | null): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    isPackaged: app.isPackaged,
    openHelp: (url) => openExternalIfAllowed(url, openExternal),
    onCommand: (command) => void integration?.run(command).catch((error: unknown) => log(`${command}: ${String(error)}`)),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function onReady(): Promise<void> {
  const nativeBinding = electronNativeBindingPath(app.getAppPath(), process.versions.electron);
  if (!fs.existsSync(nativeBinding)) {
    failStart(`the SQLite module for Electron ${process.versions.electron} is missing; start Mostrador with "npm start", which builds it`);
    return;
  }
  demoStore = needsDemoStore(process.env) ? await startDemoStore() : null;
  const started = createHost({
    mode: 'desktop',
    settingsBackend: createElectronStoreBackend,
    cipher: createDesktopCipher,
    nativeBinding,
    demoStore: demoStore?.app ?? null,
    // The authorization page is computed by main (never a renderer-supplied address).
    openExternal: (url) => void shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK - the authorization page main computes
    autoSync: true,
    log,
  });
  host = started;

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(started.dispatch, () => mainWindow, log));
  const unsubscribeEvents = forwardEvents(started.events, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  const unsubscribeMenu = started.events.subscribe((name) => {
    if (name === 'settings.changed') setMenu(started.settings.get().language);
  });
  stopForwarding = () => {
    unsubscribeEvents();
    unsubscribeMenu();
  };
  integration = createDesktopIntegration({ host: started, getWindow: () => mainWindow, showWindow: showMainWindow, logBuffer, log });
  updates = startUpdates({ host: started, isPackaged: app.isPackaged, log });
  setMenu(started.settings.get().language);
  showMainWindow();
}

/** Stops the desktop extras and the host's background work, then closes the database. */
async function shutdown(): Promise<void> {
  integration?.stop();
  integration = null;
  updates?.stop();
  updates = null;
  await host?.shutdown();
}

if (setUpBeforeReady()) {
  // Every web contents (window, devtools, anything created later) gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('second-instance', () => showMainWindow());
  app.on('activate', () => showMainWindow());
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; elsewhere closing the window quits.
    if (process.platform !== 'darwin') app.quit();
  });
  // The outbox and sync finish or abandon their current step before the database closes.
  app.on('before-quit', createQuitGuard({ shutdown, quit: () => app.quit(), log }));
  app.on('will-quit', () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    stopForwarding?.();
    host?.close();
    host = null;
    void demoStore?.close();
    demoStore = null;
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => failStart(error instanceof Error ? error.message : String(error)));
}
