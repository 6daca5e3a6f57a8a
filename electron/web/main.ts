/**
 * Browser mode: runs the same host as the desktop app, served to a browser tab over loopback.
 * Used where no Electron runtime is available, by the end-to-end tests, and as a local API.
 *   node dist/main/web.mjs [--reason "why the desktop shell is not running"]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BrowserModeReason } from '../../shared/contract/app';
import { ConfigError } from '../config';
import { DataDirError } from '../core/file-modes';
import { needsDemoStore } from '../demo/needs-demo-store';
import { startDemoStore } from '../demo/demo-store';
import { createHost } from '../host';
import { createConfBackend } from '../settings/conf-backend';
import { startWebHost } from './web-host';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reason: { type: 'string' }, 'reason-code': { type: 'string' } } });
  const code = BrowserModeReason.safeParse(values['reason-code']);
  const demoStore = needsDemoStore(process.env) ? await startDemoStore() : null;
  const host = createHost({
    mode: 'browser',
    settingsBackend: createConfBackend,
    browserModeReason: values.reason ?? null,
    // A reason without a known code (an older launcher) is still a failed start, not nothing.
    browserModeCode: code.success ? code.data : values.reason ? 'start_failed' : null,
    demoStore: demoStore?.app ?? null,
    autoSync: true,
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const web = await startWebHost({
    dispatch: host.dispatch,
    events: host.events,
    rendererDir: path.resolve(here, '../renderer'),
    dataDir: host.config.dataDir,
    port: host.config.port,
  });
  // The printed address carries a one-time launch code, never the token (that stays in host.json).
  console.log(`Mostrador is running in browser mode at ${web.newLaunchUrl()}`);
  console.log(`That address works once, within a minute.${process.stdin.isTTY ? ' Press Enter here for a new one.' : ''}`);
  console.log(`Data: ${host.config.dataDir}`);
  if (demoStore) console.log(`No Mercado Libre app is configured: using the demo store at ${demoStore.url}`);
  if (host.config.openBrowser) openSystemBrowser(web.newLaunchUrl());
  if (process.stdin.isTTY) {
    process.stdin.on('data', () => console.log(`Open Mostrador at ${web.newLaunchUrl()}`));
  }

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void Promise.all([web.close(), demoStore?.close()]).finally(() => {
      host.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

function openSystemBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Open the address above in your browser.'));
  child.unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof DataDirError ? error.message : `Mostrador could not start: ${String(error)}`);
  process.exit(1);
});
