// Starts `npm run sim` (electron/demo/simulator/cli.ts) as its own process and reads what it prints:
// where it listens and the admin token of this run. For the CLI test and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const CLI = path.resolve(import.meta.dirname, '../../electron/demo/simulator/cli.ts');

export interface SimProcess {
  child: ChildProcess;
  url: string;
  adminToken: string;
  /** Every line printed up to and including the admin token line. */
  lines: string[];
  stop(): void;
}

export function startSimProcess(args: string[], timeoutMs = 60_000): Promise<SimProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the simulator printed no admin token in time: ${out}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^listening on (\S+)$/m.exec(out)?.[1];
      const adminToken = /^admin token: (\S+)$/m.exec(out)?.[1];
      if (!url || !adminToken) return;
      clearTimeout(timer);
      resolve({ child, url, adminToken, lines: out.split('\n').filter(Boolean), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the simulator exited with ${String(code)}: ${out}`));
    });
  });
}
