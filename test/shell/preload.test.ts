import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, type Transport } from '../../shared/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shell/ipc-channels';
import type * as PreloadModule from '../../electron/shell/preload-transport';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const ipcListeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  return {
    ipcListeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>({ ok: true, value: 'answer' })),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: IpcListener) => {
      electron.ipcListeners.set(channel, [...(electron.ipcListeners.get(channel) ?? []), listener]);
    },
  },
}));

async function loadPreload(): Promise<{ api: Transport; emit: (...args: unknown[]) => void; module: typeof PreloadModule }> {
  vi.resetModules();
  electron.exposed.clear();
  electron.ipcListeners.clear();
  await import('../../electron/shell/preload');
  const transportModule = await import('../../electron/shell/preload-transport');
  const api = electron.exposed.get('mostrador') as Transport;
  const emit = (...args: unknown[]) => {
    for (const listener of electron.ipcListeners.get(EVENT_CHANNEL) ?? []) listener({ sender: 'ipc internals', ports: [] }, ...args);
  };
  return { api, emit, module: transportModule };
}

describe('preload', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes exactly invoke and on under window.mostrador, and nothing else', async () => {
    const { api } = await loadPreload();
    expect([...electron.exposed.keys()]).toEqual(['mostrador']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends invoke on the one invoke channel and returns main’s answer', async () => {
    const { api } = await loadPreload();
    await expect(api.invoke('settings.set', { syncIntervalMinutes: 5 })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'settings.set', { syncIntervalMinutes: 5 });
  });

  it('delivers only the payload of subscribed events, never the IPC event object', async () => {
    const { api, emit } = await loadPreload();
    const seen: unknown[] = [];
    const stop = api.on('settings.changed', (payload) => seen.push(payload));
    emit('settings.changed', { language: 'es' });
    emit('accounts.changed', []);
    emit('not.an.event', 'x');
    expect(seen).toEqual([{ language: 'es' }]);
    stop();
    emit('settings.changed', { language: 'en' });
    expect(seen).toHaveLength(1);
  });

  it('refuses event names that are not in the contract', async () => {
    const { api } = await loadPreload();
    const on = api.on as (event: string, listener: (payload: unknown) => void) => () => void;
    expect(() => on('ipc:anything', () => undefined)).toThrow(/Unknown event/);
    expect(() => on('__proto__', () => undefined)).toThrow(/Unknown event/);
    expect(electron.ipcListeners.size).toBe(0);
  });

  it('keeps other listeners running when one throws', async () => {
    const { api, emit } = await loadPreload();
    const second = vi.fn();
    api.on('accounts.changed', () => {
      throw new Error('page bug');
    });
    api.on('accounts.changed', second);
    emit('accounts.changed', []);
    expect(second).toHaveBeenCalledWith([]);
  });

  it('knows exactly the contract’s events', async () => {
    const { module } = await loadPreload();
    for (const name of EVENT_NAMES) expect(module.isKnownEvent(name)).toBe(true);
    expect(module.isKnownEvent('toString')).toBe(false);
  });
});
