/**
 * CUPS (macOS, Linux): queues come from `lpstat -e` and their state from `lpstat -p`; jobs go in
 * with `lp -d QUEUE` — `-o raw` for ZPL so no filter touches it. The C locale keeps lpstat's lines
 * parseable; the state is read from them and the reasons CUPS gives are shown as it wrote them.
 */
import type { PrinterState } from '../../shared/printing';
import { CommandError, runCommand } from './run-command';

const C_LOCALE = { ...process.env, LC_ALL: 'C', LANG: 'C' };

export interface CupsQueue {
  name: string;
  /** lpstat's lines about the queue, whole. */
  status: string | null;
  state: PrinterState | null;
  /** CUPS's own words beyond the state line: a stopped queue's reason, a printer's state message. */
  message: string | null;
}

/** Reads `lpstat -p` (C locale): "printer NAME is idle.  enabled since …", "now printing …", "disabled since … -", then indented message lines. */
export function parseLpstat(stdout: string): Map<string, Omit<CupsQueue, 'name'>> {
  const read = new Map<string, { head: string; lines: string[] }>();
  let current: { head: string; lines: string[] } | null = null;
  for (const line of stdout.split('\n')) {
    const head = /^printer (\S+) (.*)$/.exec(line);
    if (head) {
      current = { head: (head[2] as string).trim(), lines: [] };
      read.set(head[1] as string, current);
    } else if (current && line.trim()) {
      current.lines.push(line.trim());
    }
  }
  const out = new Map<string, Omit<CupsQueue, 'name'>>();
  for (const [name, { head, lines }] of read) {
    const state: PrinterState | null = /^disabled\b/.test(head) ? 'paused' : /^now printing\b/.test(head) ? 'printing' : /^is idle\b/.test(head) ? 'ready' : null;
    // "reason unknown" is what CUPS says when nobody gave one.
    const words = lines.filter((line) => !/^reason unknown$/i.test(line)).join(' ');
    out.set(name, { status: [head, ...lines].join(' '), state, message: words === '' ? null : words });
  }
  return out;
}

/** CUPS queue names: printable, no space, slash, backslash, '#' or quote (lpadmin's own rule). */
export function isCupsName(name: string): boolean {
  return /^[^\s/\\#'"\p{Cc}]{1,127}$/u.test(name) && !name.startsWith('-');
}

export async function listCupsQueues(): Promise<{ queues: CupsQueue[]; notice: string | null }> {
  let names: string[];
  try {
    names = (await runCommand('lpstat', ['-e'], { env: C_LOCALE, timeoutMs: 10_000 })).stdout.split('\n').map((line) => line.trim()).filter(isCupsName);
  } catch (error) {
    if (error instanceof CommandError && error.code === 'ENOENT') return { queues: [], notice: 'CUPS is not installed here (no lpstat): only network printers can be used.' };
    // "No destinations added." is an empty list, not a failure.
    if (error instanceof CommandError && /no destinations/i.test(error.message)) return { queues: [], notice: null };
    return { queues: [], notice: `CUPS did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  let states = new Map<string, Omit<CupsQueue, 'name'>>();
  if (names.length > 0) {
    try {
      states = parseLpstat((await runCommand('lpstat', ['-p', ...names], { env: C_LOCALE, timeoutMs: 10_000 })).stdout);
    } catch {
      // The names are still worth showing when their state cannot be read.
    }
  }
  return { queues: names.map((name) => ({ name, ...(states.get(name) ?? { status: null, state: null, message: null }) })), notice: null };
}

/** A stopped (disabled) queue: CUPS would take the job and hold it, printing nothing. */
export class CupsQueuePausedError extends Error {
  override name = 'CupsQueuePausedError';
  constructor(
    readonly queue: string,
    readonly reason: string | null,
  ) {
    super(`The CUPS queue ${queue} is paused${reason ? ` (${reason})` : ''}: its jobs would wait there without printing.`);
  }
}

/**
 * Refuses to hand a job to a paused queue: CUPS accepts jobs for a disabled queue and holds them, so
 * the seller would read "sent" while nothing prints. A state that cannot be read does not stop the job.
 */
export async function assertCupsQueueRunning(queue: string): Promise<void> {
  if (!isCupsName(queue)) return;
  let state: ReturnType<typeof parseLpstat>;
  try {
    state = parseLpstat((await runCommand('lpstat', ['-p', queue], { env: C_LOCALE, timeoutMs: 10_000 })).stdout);
  } catch {
    return;
  }
  const health = state.get(queue);
  if (health?.state === 'paused') throw new CupsQueuePausedError(queue, health.message);
}

/** Hands one job to CUPS; answers its request id ("zebra-12"). */
export async function cupsSubmit(queue: string, bytes: Uint8Array, options: { raw: boolean; title: string }): Promise<string> {
  if (!isCupsName(queue)) throw new CommandError(`"${queue}" is not a CUPS queue name.`, null, '');
  const args = ['-d', queue, '-t', options.title.slice(0, 60), ...(options.raw ? ['-o', 'raw'] : []), '--'];
  const { stdout } = await runCommand('lp', args, { input: bytes, env: C_LOCALE });
  const id = /request id is (\S+)/.exec(stdout)?.[1];
  if (!id) throw new CommandError(`CUPS did not confirm the job: ${stdout.trim() || 'no answer'}`, null, '');
  return id;
}
