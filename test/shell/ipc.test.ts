import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHost, type Host } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { createInvokeHandler, forwardEvents } from '../../electron/shell/ipc';
import { EVENT_CHANNEL } from '../../electron/shell/ipc-channels';
import type { FrameLike } from '../../electron/shell/sender-check';
import { tempDir } from '../helpers/temp-dir';

let host: Host | null = null;
afterEach(() => {
  host?.close();
  host = null;
});

function realHost(): Host {
  host = createHost({ mode: 'desktop', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: tempDir() }, log: () => undefined });
  return host;
}

const top: FrameLike = { url: 'app://mostrador/index.html', parent: null, processId: 1, frameToken: 'top', detached: false };

describe('IPC invoke', () => {
  it('answers the main window through the host', async () => {
    const h = realHost();
    const window = { webContents: { mainFrame: top } };
    const handle = createInvokeHandler(h.dispatch, () => window, () => undefined);
    const result = await handle({ sender: window.webContents, senderFrame: top }, 'app.info', undefined);
    expect(result).toMatchObject({ ok: true, value: { mode: 'desktop', name: 'Mostrador' } });
  });

  it('refuses a foreign sender before any handler runs, and changes nothing', async () => {
    const h = realHost();
    const window = { webContents: { mainFrame: top } };
    const lines: string[] = [];
    const handle = createInvokeHandler(h.dispatch, () => window, (line) => lines.push(line));
    const evil: FrameLike = { ...top, url: 'https://evil.com/', frameToken: 'evil' };
    const result = await handle({ sender: {}, senderFrame: evil }, 'settings.set', { syncIntervalMinutes: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h.settings.get().syncIntervalMinutes).toBe(2);
    expect(lines.join('\n')).toContain('https://evil.com/');
    expect(lines.join('\n')).not.toContain('syncIntervalMinutes');
  });

  it('lets the dispatcher refuse invalid input and unknown or non-text method names', async () => {
    const h = realHost();
    const window = { webContents: { mainFrame: top } };
    const handle = createInvokeHandler(h.dispatch, () => window, () => undefined);
    const event = { sender: window.webContents, senderFrame: top };
    expect(await handle(event, 'settings.set', { syncIntervalMinutes: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handle(event, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await handle(event, { toString: () => 'app.info' }, undefined)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(h.settings.get().syncIntervalMinutes).toBe(2);
  });
});

describe('IPC events', () => {
  it('forwards host events to open windows and skips destroyed ones', async () => {
    const h = realHost();
    const open = { isDestroyed: () => false, send: vi.fn() };
    const closed = { isDestroyed: () => true, send: vi.fn() };
    const stop = forwardEvents(h.events, () => [open, closed]);
    const window = { webContents: { mainFrame: top } };
    await createInvokeHandler(h.dispatch, () => window, () => undefined)(
      { sender: window.webContents, senderFrame: top },
      'settings.set',
      { syncIntervalMinutes: 10 },
    );
    expect(open.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'settings.changed', expect.objectContaining({ syncIntervalMinutes: 10 }));
    expect(closed.send).not.toHaveBeenCalled();
    stop();
    h.events.emit('accounts.changed', []);
    expect(open.send).toHaveBeenCalledTimes(1);
  });
});
