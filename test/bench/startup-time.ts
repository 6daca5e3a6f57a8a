/**
 * Start-to-interactive time of browser mode: from launching the web host (with the demo store) to the
 * Orders section being visible and focusable in Chromium. Prints each run and the median.
 *   npx tsx test/bench/startup-time.ts [--runs 5]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const root = path.resolve(import.meta.dirname, '../..');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times: number[] = [];
for (let run = 0; run < Number(values.runs); run += 1) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-start-'));
  const started = performance.now();
  const host = spawn(process.execPath, [path.join(root, 'dist/main/web.mjs')], {
    env: { ...process.env, MOSTRADOR_DATA_DIR: dataDir, MOSTRADOR_OPEN_BROWSER: '0', MOSTRADOR_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    let text = '';
    host.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/#code=\S+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const listening = performance.now() - started;
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('navigation').getByRole('link').first().focus();
  const interactive = performance.now() - started;
  times.push(interactive);
  console.log(`run ${run + 1}: host listening after ${listening.toFixed(0)} ms, interactive after ${interactive.toFixed(0)} ms`);
  await page.close();
  host.kill('SIGTERM');
  await new Promise((resolve) => host.once('exit', resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`median start-to-interactive: ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(0)} ms`);
