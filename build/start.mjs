// `npm start`: builds Mostrador and starts the desktop app. When the Electron runtime is missing or
// cannot start (or MOSTRADOR_MODE=browser), says so in one line and starts browser mode instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain, buildRenderer } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await buildMain();
await buildRenderer();

let reason = null;
if (process.env.MOSTRADOR_MODE === 'browser') {
  reason = 'browser mode was requested (MOSTRADOR_MODE=browser)';
} else {
  const { tryStartDesktop } = await import('./desktop.mjs').catch(() => ({ tryStartDesktop: null }));
  const desktop = tryStartDesktop ? await tryStartDesktop({ root }) : { started: false, reason: 'the desktop shell is not built' };
  if (desktop.started) {
    desktop.child.on('exit', (code) => process.exit(code ?? 0));
    forwardSignals(desktop.child);
  } else {
    reason = desktop.reason;
  }
}

if (reason !== null) {
  console.log(`Desktop app unavailable: ${reason}. Starting browser mode instead.`);
  const child = spawn(process.execPath, [path.join(root, 'dist/main/web.mjs'), '--reason', reason], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  forwardSignals(child);
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
