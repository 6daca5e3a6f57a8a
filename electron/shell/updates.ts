/**
 * Automatic updates through electron-updater, loaded only once updates are turned on (most installs
 * never load it). update-policy.ts decides whether and when to check; this file only carries that out:
 * the feed from Settings, download in the background, install when the seller quits.
 */
import type { AppUpdater } from 'electron-updater';
import type { Host } from '../host';
import { decideUpdateCheck, FIRST_CHECK_DELAY_MS, UPDATE_CHECK_EVERY_MS } from '../updates/update-policy';

const SETTINGS_CHANGE_DELAY_MS = 10_000;

export interface UpdatesOptions {
  host: Host;
  isPackaged: boolean;
  log: (line: string) => void;
}

export interface Updates {
  stop(): void;
}

async function loadUpdater(log: (line: string) => void): Promise<AppUpdater> {
  const { autoUpdater } = await import('electron-updater');
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = { info: (message) => log(`updates: ${String(message)}`), warn: (message) => log(`updates: ${String(message)}`), error: (message) => log(`updates: ${String(message)}`) };
  return autoUpdater;
}

export function startUpdates(options: UpdatesOptions): Updates {
  let updater: AppUpdater | null = null;
  let timer: NodeJS.Timeout | null = null;
  let lastCheckAt: number | null = null;
  let lastReason: string | null = null;

  const schedule = (delayMs: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick().catch((error: unknown) => options.log(`updates: ${String(error)}`)), delayMs);
    // A pending check never keeps the app from quitting.
    timer.unref();
  };

  async function tick(): Promise<void> {
    const decision = decideUpdateCheck({
      settings: options.host.settings.get().updates,
      isPackaged: options.isPackaged,
      platform: process.platform,
      isAppImage: process.env.APPIMAGE !== undefined,
      lastCheckAt,
      now: Date.now(),
    });
    if (!decision.check) {
      if (decision.reason !== lastReason) options.log(`updates: not checking (${decision.reason})`);
      lastReason = decision.reason;
      if (decision.retryInMs !== null) schedule(decision.retryInMs);
      return;
    }
    lastReason = null;
    updater ??= await loadUpdater(options.log);
    updater.setFeedURL(decision.feed);
    lastCheckAt = Date.now();
    schedule(UPDATE_CHECK_EVERY_MS);
    await updater.checkForUpdates();
  }

  schedule(FIRST_CHECK_DELAY_MS);
  // Turning updates on, or naming another feed, is acted on soon, not at the next 6-hour tick.
  let seen = JSON.stringify(options.host.settings.get().updates);
  const unsubscribe = options.host.events.on('settings.changed', (settings) => {
    const now = JSON.stringify(settings.updates);
    if (now === seen) return;
    seen = now;
    lastCheckAt = null;
    schedule(SETTINGS_CHANGE_DELAY_MS);
  });
  return {
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
