/**
 * What makes Mostrador feel like a desktop app beyond its window: the menu's commands, the
 * dock/taskbar badge and the tray with unanswered questions and labels to print, notifications for
 * new questions and new orders, "Open data folder" and "Export diagnostics". Electron is reached only
 * here and in main.ts; the logic lives in badge.ts, notifications.ts and diagnostics.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, Menu, Notification, shell, Tray, type BrowserWindow } from 'electron';
import type { Host } from '../host';
import type { ShellCommand } from '../../shared/contract';
import type { Language } from '../../shared/settings';
import { badgeSummary, createBadge, type BadgeCounts } from './badge';
import { buildDiagnostics, diagnosticsFileName, type LogBuffer } from './diagnostics';
import type { AppCommand } from './menu';
import { createOrderNotifier, createQuestionNotifier } from './notifications';

export interface DesktopIntegrationOptions {
  host: Host;
  getWindow: () => BrowserWindow | null;
  showWindow: () => void;
  logBuffer: LogBuffer;
  log: (line: string) => void;
}

export interface DesktopIntegration {
  run(command: AppCommand): Promise<void>;
  stop(): void;
}

/** The tray icon ships beside app.asar (extraResources); in development it is read from build/. */
export function trayIconPath(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? path.join(resourcesPath, 'tray.png') : path.join(appPath, 'build', 'tray.png');
}

export function createDesktopIntegration(options: DesktopIntegrationOptions): DesktopIntegration {
  const { host } = options;
  const language = (): Language => host.settings.get().language ?? 'es';
  let tray: Tray | null = null;

  const sendCommand = (command: ShellCommand) => {
    options.showWindow();
    // The screens listen for this event like any other host event (forwarded to every window).
    host.events.emit('shell.command', command);
  };

  const applyBadge = (counts: BadgeCounts) => {
    // Dock on macOS, launcher on Linux (Unity); Windows shows the tray's tooltip instead.
    if (process.platform !== 'win32') app.setBadgeCount(counts.unanswered + counts.labels);
    if (tray === null) {
      const icon = trayIconPath(app.isPackaged, process.resourcesPath, app.getAppPath());
      if (!fs.existsSync(icon)) return;
      tray = new Tray(icon);
      tray.on('click', options.showWindow);
    }
    tray.setToolTip(badgeSummary(counts, language()));
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: badgeSummary(counts, language()).replace('Mostrador — ', ''), enabled: false },
        { type: 'separator' },
        { label: 'Mostrador', click: options.showWindow },
        { role: 'quit' },
      ]),
    );
  };

  const notifications = { isSupported: () => Notification.isSupported(), create: (init: ConstructorParameters<typeof Notification>[0]) => new Notification(init), language };
  const notify = createQuestionNotifier({ ...notifications, onOpen: () => sendCommand({ command: 'next-question' }) });
  const badge = createBadge({ dispatch: host.dispatch, events: host.events, apply: applyBadge, onNewQuestions: (added) => notify(added) });
  const notifyOrders = createOrderNotifier({ ...notifications, onOpen: (orderId) => sendCommand({ command: 'open-order', orderId }) });
  const stopOrders = host.events.on('orders.new', (found) => void notifyOrders(found));
  badge.refresh().catch((error: unknown) => options.log(`badge: ${String(error)}`));

  const exportDiagnostics = async () => {
    const text = await buildDiagnostics({
      dispatch: host.dispatch,
      log: options.logBuffer,
      versions: { ...process.versions },
      platform: process.platform,
      arch: process.arch,
    });
    const window = options.getWindow();
    const dialogOptions = { defaultPath: path.join(app.getPath('downloads'), diagnosticsFileName()) };
    const choice = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return;
    fs.writeFileSync(choice.filePath, text, { mode: 0o600 });
    shell.showItemInFolder(choice.filePath);
  };

  return {
    async run(command) {
      switch (command) {
        case 'sync-now': {
          const result = await host.dispatch('sync.now', undefined);
          if (!result.ok) options.log(`sync now: ${result.error.message}`);
          return;
        }
        case 'print':
        case 'next-question':
          sendCommand({ command });
          return;
        case 'open-data-folder': {
          const failure = await shell.openPath(host.config.dataDir);
          if (failure) options.log(`open data folder: ${failure}`);
          return;
        }
        case 'export-diagnostics':
          await exportDiagnostics();
          return;
      }
    },
    stop() {
      badge.stop();
      stopOrders();
      tray?.destroy();
      tray = null;
    },
  };
}
