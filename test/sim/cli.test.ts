// `npm run sim`: the command-line entry prints one "listening on" line, then the admin token for the
// /__sim/ API, and serves the store; --help prints the usage.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startSimProcess } from '../helpers/sim-cli';

describe('cli', () => {
  it('prints "listening on http://127.0.0.1:PORT" and the admin token, and serves the seeded sellers there', async () => {
    const sim = await startSimProcess(['--port', '0', '--seed', '2', '--size', 'demo'], 15_000);
    try {
      expect(sim.lines[0]).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      expect(sim.lines[1]).toMatch(/^admin token: [A-Za-z0-9_-]{43}$/);
      expect(sim.lines.join('\n')).not.toMatch(/secret/i);
      expect((await fetch(`${sim.url}/__sim/sellers`)).status).toBe(401);
      const sellers = await fetch(`${sim.url}/__sim/sellers`, { headers: { 'x-sim-admin': sim.adminToken } });
      expect(sellers.status).toBe(200);
      expect(((await sellers.json()) as unknown[]).length).toBe(4);
    } finally {
      sim.stop();
    }
  });

  it('--help prints the usage and exits', async () => {
    const cli = path.join(import.meta.dirname, '../../electron/demo/simulator/cli.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', cli, '--help']);
    expect(stdout).toContain('Usage: npm run sim');
    expect(stdout).toContain('admin token');
  });
});
