/**
 * Runs a system tool (lp, lpstat, powershell) with execFile: arguments are passed as a list, never
 * through a shell, so a printer name is always one argument whatever characters it holds.
 */
import { execFile } from 'node:child_process';

export interface CommandResult {
  stdout: string;
  stderr: string;
}

export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    readonly code: string | number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export function runCommand(file: string, args: readonly string[], options: { input?: Uint8Array; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { timeout: options.timeoutMs ?? 30_000, maxBuffer: 4 * 1024 * 1024, env: options.env ?? process.env, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code ?? null;
          // The tool's own words come first: they are what the seller needs to read.
          const words = stderr.trim() || stdout.trim() || error.message;
          reject(new CommandError(words, typeof code === 'string' || typeof code === 'number' ? code : null, stderr));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
    // A tool that exits before reading all of its input must not crash us with EPIPE.
    child.stdin?.on('error', () => undefined);
    if (options.input) child.stdin?.end(Buffer.from(options.input));
    else child.stdin?.end();
  });
}
