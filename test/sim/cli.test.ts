// `npm run sim`: the command-line entry prints exactly one "listening on" line and serves the store.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('cli', () => {
  it('prints "listening on http://127.0.0.1:PORT" and serves the seeded sellers there', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../../electron/demo/simulator/cli.ts'), '--port', '0', '--seed', '2', '--size', 'demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no "listening on" line in time: ${out}`)), 15_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) {
            clearTimeout(timer);
            resolve(out.split('\n')[0] ?? '');
          }
        });
        child.once('exit', (code) => reject(new Error(`cli exited with ${String(code)}`)));
      });
      expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      const sellers = await fetch(`${line.replace('listening on ', '')}/__sim/sellers`);
      expect(sellers.status).toBe(200);
      expect(((await sellers.json()) as unknown[]).length).toBe(4);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
