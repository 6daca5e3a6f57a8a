/**
 * The shell's update check against a real host (real settings file): electron-updater — the third-party
 * library, stubbed here because it needs Electron's runtime — is not even loaded while updates are off;
 * turning them on in Settings points it at the generic feed and checks soon after, then every six hours.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHost, type Host } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { startUpdates, type Updates } from '../../electron/shell/updates';
import { FIRST_CHECK_DELAY_MS, UPDATE_CHECK_EVERY_MS } from '../../electron/updates/update-policy';
import { tempDir } from '../helpers/temp-dir';

const loaded = vi.fn();
const updater = { autoDownload: false, autoInstallOnAppQuit: false, logger: null as unknown, setFeedURL: vi.fn(), checkForUpdates: vi.fn(async () => null) };
vi.mock('electron-updater', () => {
  loaded();
  return { autoUpdater: updater };
});

const FEED = 'https://updates.example.com/mostrador/';
let host: Host | null = null;
let updates: Updates | null = null;
const appImage = process.env.APPIMAGE;

beforeEach(() => {
  vi.useFakeTimers();
  // On Linux only an AppImage updates itself; this test plays one.
  process.env.APPIMAGE = '/tmp/Mostrador.AppImage';
  host = createHost({ mode: 'desktop', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: tempDir() }, outbox: { autoStart: false }, log: () => undefined });
});

afterEach(() => {
  updates?.stop();
  host?.close();
  vi.useRealTimers();
  if (appImage === undefined) delete process.env.APPIMAGE;
  else process.env.APPIMAGE = appImage;
});

describe('update checks', () => {
  it('never loads the updater while updates are off, then checks the feed once they are turned on', async () => {
    if (!host) throw new Error('no host');
    const lines: string[] = [];
    updates = startUpdates({ host, isPackaged: true, log: (line) => lines.push(line) });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS * 2);
    expect(loaded).not.toHaveBeenCalled();
    expect(lines).toEqual(['updates: not checking (disabled)']);

    expect(await host.dispatch('settings.set', { updates: { enabled: true, feedUrl: FEED } })).toMatchObject({ ok: true });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
    expect(loaded).toHaveBeenCalledOnce();
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: FEED });
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();

    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_EVERY_MS);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);

    // Turned off again: no further checks.
    await host.dispatch('settings.set', { updates: { enabled: false, feedUrl: FEED } });
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_EVERY_MS * 2);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });
});
