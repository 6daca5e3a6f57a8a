/**
 * The main process wired to a stubbed `electron` module: what is registered before 'ready', the
 * window's web preferences, the IPC channel's sender check end to end through a real host, start-up
 * failure reporting and shutdown. (A real Electron runtime cannot be downloaded on our machines.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shell/ipc-channels';
import { electronNativeBindingPath } from '../../electron/shell/native-binding';
import { tempDir } from '../helpers/temp-dir';

type Listener = (...args: unknown[]) => void;
type InvokeHandler = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;

const stub = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Listener[]>(),
    ready: false,
    resolveReady: () => {},
    readyPromise: Promise.resolve(),
    lock: true,
    appRoot: '',
    paths: new Map<string, string>(),
    windows: [] as FakeWindow[],
    order: [] as string[],
  };
  const top = { url: 'app://mostrador/index.html', parent: null, processId: 1, frameToken: 'top', detached: false };

  class FakeWindow {
    static getAllWindows(): FakeWindow[] {
      return state.windows;
    }
    readonly listeners = new Map<string, Listener[]>();
    readonly webContents = { mainFrame: top, send: vi.fn(), isDestroyed: () => false };
    readonly loadURL = vi.fn((_url: string) => Promise.resolve());
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
      state.order.push('window');
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 10, width: 900, height: 700 });
    restore = vi.fn();
    focus = vi.fn();
    maximize = vi.fn();
    show = vi.fn();
  }

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const app = {
    on: (name: string, listener: Listener) => state.appListeners.set(name, [...(state.appListeners.get(name) ?? []), listener]),
    whenReady: () => state.readyPromise,
    isReady: () => state.ready,
    requestSingleInstanceLock: vi.fn(() => {
      state.order.push('lock');
      return state.lock;
    }),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(() => state.order.push('sandbox')),
    setPath: vi.fn((name: string, value: string) => state.paths.set(name, value)),
    getPath: (name: string) => state.paths.get(name) ?? state.appRoot,
    getVersion: () => '0.1.0',
    getAppPath: () => state.appRoot,
    setBadgeCount: vi.fn(),
    isPackaged: false,
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(() => state.order.push('scheme')), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn((_path: string) => Promise.resolve('')), showItemInFolder: vi.fn() },
    Notification: { isSupported: () => false },
    Tray: vi.fn(),
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
      decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().slice('sealed:'.length), 'base64').toString(),
    },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
  };
  return { state, electron, top, FakeWindow };
});

vi.mock('electron', () => ({ ...stub.electron, default: stub.electron }));
// electron-store is a real package that imports the real 'electron' (outside vi.mock's reach); stand
// in with conf, which it extends, translating its `name` option the way electron-store does.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStoreStandIn extends Conf<Record<string, unknown>> {
    constructor(options: { cwd: string; name: string; clearInvalidConfig: boolean }) {
      super({ cwd: options.cwd, configName: options.name, clearInvalidConfig: options.clearInvalidConfig, projectName: 'mostrador' });
    }
  }
  return { default: ElectronStoreStandIn };
});

const ELECTRON_VERSION = '45.4.1';
const NODE_SQLITE = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');

beforeAll(() => {
  // Under vitest this is Node: pretend to be Electron so main.ts picks its per-version SQLite binary.
  Object.defineProperty(process.versions, 'electron', { value: ELECTRON_VERSION, configurable: true });
});
afterAll(() => {
  Reflect.deleteProperty(process.versions, 'electron');
  vi.unstubAllEnvs();
});

interface Started {
  dataDir: string;
  errors: string[];
}

async function startMain(options: { lock?: boolean; withNativeBinding?: boolean; dataDir?: string } = {}): Promise<Started> {
  vi.resetModules();
  vi.clearAllMocks();
  const { state } = stub;
  state.appListeners.clear();
  state.windows.length = 0;
  state.order.length = 0;
  state.paths.clear();
  state.lock = options.lock ?? true;
  state.ready = false;
  state.readyPromise = new Promise<void>((resolve) => (state.resolveReady = resolve));
  state.appRoot = tempDir('app-root-');
  if (options.withNativeBinding ?? true) {
    const binding = electronNativeBindingPath(state.appRoot, ELECTRON_VERSION);
    fs.mkdirSync(path.dirname(binding), { recursive: true });
    // The Node build stands in for the Electron build: same file, loaded by the same code path.
    fs.copyFileSync(NODE_SQLITE, binding);
  }
  const dataDir = options.dataDir ?? tempDir();
  vi.stubEnv('MOSTRADOR_DATA_DIR', dataDir);
  // A configured app: no demo store, so the host is built synchronously on 'ready'.
  vi.stubEnv('MELI_CLIENT_ID', '1234567');
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  await import('../../electron/shell/main');
  return { dataDir, errors };
}

async function becomeReady(): Promise<void> {
  stub.state.ready = true;
  stub.state.resolveReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function invokeHandler(): InvokeHandler {
  const call = stub.electron.ipcMain.handle.mock.calls.find(([channel]) => channel === INVOKE_CHANNEL);
  if (!call) throw new Error('no invoke handler registered');
  return call[1] as InvokeHandler;
}

function emitApp(name: string, ...args: unknown[]): void {
  for (const listener of stub.state.appListeners.get(name) ?? []) listener(...args);
}

describe('desktop main process', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('registers the app scheme and the sandbox before ready, then takes the single-instance lock', async () => {
    const { dataDir } = await startMain();
    expect(stub.state.order).toEqual(['scheme', 'sandbox', 'lock']);
    expect(stub.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    // The lock is per data directory: Chromium's profile lives inside it.
    expect(stub.state.paths.get('userData')).toBe(path.join(dataDir, 'desktop'));
    expect(stub.state.windows).toHaveLength(0);
  });

  it('quits at once when another instance already runs', async () => {
    await startMain({ lock: false });
    expect(stub.electron.app.quit).toHaveBeenCalled();
    await becomeReady();
    expect(stub.state.windows).toHaveLength(0);
    expect(stub.electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('opens one locked-down window on app://mostrador/', async () => {
    await startMain();
    await becomeReady();
    expect(stub.state.windows).toHaveLength(1);
    const window = stub.state.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://mostrador/index.html');
    expect(stub.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(stub.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(stub.electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('answers the main window over IPC and refuses any other sender', async () => {
    await startMain();
    await becomeReady();
    const window = stub.state.windows[0]!;
    const handle = invokeHandler();
    const trusted = { sender: window.webContents, senderFrame: stub.top };
    await expect(handle(trusted, 'app.info', undefined)).resolves.toMatchObject({ ok: true, value: { mode: 'desktop' } });

    const foreignFrame = { ...stub.top, url: 'https://evil.com/', frameToken: 'evil' };
    await expect(handle({ sender: window.webContents, senderFrame: foreignFrame }, 'settings.set', { language: 'en' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(handle(trusted, 'settings.get', undefined)).resolves.toMatchObject({ ok: true, value: { language: null } });
  });

  it('keeps settings in settings.json in the data directory through the electron-store backend', async () => {
    const { dataDir } = await startMain();
    await becomeReady();
    const window = stub.state.windows[0]!;
    await invokeHandler()({ sender: window.webContents, senderFrame: stub.top }, 'settings.set', { syncIntervalMinutes: 15 });
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
    expect(saved).toMatchObject({ syncIntervalMinutes: 15 });
  });

  it('pushes host events to the window and relabels the menu when the language changes', async () => {
    await startMain();
    await becomeReady();
    const window = stub.state.windows[0]!;
    await invokeHandler()({ sender: window.webContents, senderFrame: stub.top }, 'settings.set', { language: 'en' });
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'settings.changed', expect.objectContaining({ language: 'en' }));
    const templates = stub.electron.Menu.buildFromTemplate.mock.calls.map(([template]) => template as { label?: string }[]);
    expect(templates.at(0)?.[0]?.label).toBe('Archivo');
    expect(templates.at(-1)?.[0]?.label).toBe('File');
  });

  it('says in one line why it cannot start when the SQLite module for Electron is missing', async () => {
    const { errors } = await startMain({ withNativeBinding: false });
    await becomeReady();
    expect(stub.state.windows).toHaveLength(0);
    expect(stub.electron.app.exit).toHaveBeenCalledWith(1);
    expect(stub.electron.dialog.showErrorBox).toHaveBeenCalled();
    const line = errors.find((text) => text.startsWith('Mostrador could not start:'));
    expect(line).toMatch(/SQLite module for Electron 45\.4\.1 is missing/);
    expect(line).not.toContain('\n');
  });

  it('refuses a database from a newer Mostrador with a one-line reason and no window', async () => {
    const { default: Database } = await import('better-sqlite3');
    const dataDir = tempDir();
    const db = new Database(path.join(dataDir, 'mostrador.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const { errors } = await startMain({ dataDir });
    await becomeReady();
    expect(stub.state.windows).toHaveLength(0);
    expect(stub.electron.app.exit).toHaveBeenCalledWith(1);
    expect(errors.find((text) => text.startsWith('Mostrador could not start:'))).toMatch(/newer version of Mostrador/);
  });

  it('hardens every web contents created later', async () => {
    await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    emitApp('web-contents-created', {}, contents);
    expect(contents.on.mock.calls.map(([name]) => name)).toEqual(['will-frame-navigate', 'will-redirect', 'will-attach-webview']);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('focuses the existing window for a second launch instead of opening another', async () => {
    await startMain();
    await becomeReady();
    emitApp('second-instance');
    expect(stub.state.windows).toHaveLength(1);
    expect(stub.state.windows[0]!.focus).toHaveBeenCalled();
  });

  it('closes the host and the IPC channel on quit', async () => {
    await startMain();
    await becomeReady();
    const window = stub.state.windows[0]!;
    emitApp('will-quit');
    expect(stub.electron.ipcMain.removeHandler).toHaveBeenCalledWith(INVOKE_CHANNEL);
    // The database is closed: a late call fails inside instead of touching it.
    const result = await invokeHandler()({ sender: window.webContents, senderFrame: stub.top }, 'accounts.list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('holds the first quit until the host has stopped, then quits', async () => {
    await startMain();
    await becomeReady();
    const window = stub.state.windows[0]!;
    const event = { preventDefault: vi.fn() };
    emitApp('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(stub.electron.app.quit).toHaveBeenCalled());
    const result = await invokeHandler()({ sender: window.webContents, senderFrame: stub.top }, 'accounts.list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('carries out the menu commands: sync now through the host, data folder in the file manager', async () => {
    const { dataDir } = await startMain();
    await becomeReady();
    const window = stub.state.windows[0]!;
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const template = stub.electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Item[];
    const items = template.flatMap((item) => item.submenu ?? []);
    items.find((item) => item.label === 'Abrir carpeta de datos')?.click?.();
    await vi.waitFor(() => expect(stub.electron.shell.openPath).toHaveBeenCalledWith(dataDir));
    items.find((item) => item.label === 'Siguiente pregunta')?.click?.();
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'shell.command', { command: 'next-question' }),
    );
    items.find((item) => item.label === 'Exportar diagnóstico…')?.click?.();
    await vi.waitFor(() => expect(stub.electron.dialog.showSaveDialog).toHaveBeenCalled());
  });

  it('saves the window placement when the window closes', async () => {
    const { dataDir } = await startMain();
    await becomeReady();
    for (const listener of stub.state.windows[0]!.listeners.get('close') ?? []) listener();
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 10, y: 10, width: 900, height: 700 }, maximized: false });
  });
});
