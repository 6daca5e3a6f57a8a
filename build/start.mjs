// `npm start`: builds Mostrador and starts the desktop app. When the Electron runtime is missing or
// cannot start (or MOSTRADOR_MODE=browser), says so in one line and starts browser mode instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain, buildRenderer } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await buildMain();
await buildRenderer();

// `code` names the reason for the screens (BROWSER_MODE_REASONS in shared/contract/app.ts); `reason` says it here.
let reason = null;
let code = null;
if (process.env.MOSTRADOR_MODE === 'browser') {
  reason = 'browser mode was requested (MOSTRADOR_MODE=browser)';
  code = 'requested';
} else {
  const { tryStartDesktop } = await import('./desktop.mjs').catch(() => ({ tryStartDesktop: null }));
  const desktop = tryStartDesktop ? await tryStartDesktop({ root }) : { started: false, code: 'not_built', reason: 'the desktop shell is not built' };
  if (desktop.started) {
    desktop.child.on('exit', (code) => process.exit(code ?? 0));
    forwardSignals(desktop.child);
  } else {
    reason = desktop.reason;
    code = desktop.code;
  }
}

if (reason !== null) {
  console.log(`Desktop app unavailable: ${reason}. Starting browser mode instead.`);
  const child = spawn(process.execPath, [path.join(root, 'dist/main/web.mjs'), '--reason', reason, '--reason-code', code], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  forwardSignals(child);
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
