/**
 * The main window: locked-down web preferences, the renderer loaded from app://mostrador/, and its
 * size and position restored from and saved to window-state.json.
 */
import { BrowserWindow, screen } from 'electron';
import { APP_START_URL } from './app-protocol';
import { SHELL_READY_LINE } from './ready-signal';
import { loadWindowState, MIN_SIZE, saveWindowState, windowStatePath } from './window-state';

/** How long window moves and resizes are batched before the state file is written. */
const SAVE_DELAY_MS = 1000;

export interface MainWindowOptions {
  dataDir: string;
  preloadPath: string;
  log: (line: string) => void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = windowStatePath(options.dataDir);
  const state = loadWindowState(stateFile, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK - every new window is denied by hardenWebContents' global window-open handler
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Mostrador',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK - reviewed: it exposes only the contract's invoke and on, never ipcRenderer
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => {
    window.show();
    console.log(SHELL_READY_LINE);
  });
  trackWindowState(window, stateFile, options.log);
  window.loadURL(APP_START_URL).catch((error: unknown) => options.log(`the window could not load the app: ${String(error)}`));
  return window;
}

function trackWindowState(window: BrowserWindow, stateFile: string, log: (line: string) => void): void {
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed()) return;
    try {
      // Normal bounds: a maximized window remembers where to go when it is restored.
      saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      log(`window position not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
