/**
 * Starts the real browser-mode host (`node dist/main/web.mjs`) on a free loopback port with its own temp
 * data directory, and waits for it to announce itself (its start-up line on stdout, then host.json):
 * readiness is signalled, never guessed with a sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
// global-setup.ts points this at the run's private copy of the app; dist/ is the fallback for ad-hoc use.
const WEB_ENTRY = process.env.MOSTRADOR_E2E_WEB_ENTRY ?? path.join(ROOT, 'dist/main/web.mjs');
const START_TIMEOUT_MS = 15_000;

export interface HostFile {
  url: string;
  token: string;
  pid: number;
}

export interface RunningHost extends HostFile {
  dataDir: string;
  /** The address the host printed at start: a one-time launch code in the fragment, never the token. */
  launchUrl: string;
  /** A fresh one-time address, asked for with the token as a script would (POST /launch). */
  newLaunchUrl(): Promise<string>;
  /** Everything the host wrote to stdout so far. */
  stdout(): string;
  /** Everything the host wrote to stderr so far (for failure reports). */
  logs(): string;
  stop(): Promise<void>;
}

export interface StartHostOptions {
  /** Prepares the data directory before the host starts (e.g. writes a corrupt settings file). */
  seed?: (dataDir: string) => void;
  env?: Record<string, string>;
  /**
   * Run on this data directory (e.g. a second host after the first stopped: an app restart). The caller
   * owns it: it is kept when the host stops. Without it, the host gets a fresh one, removed at stop.
   */
  dataDir?: string;
}

export async function startHost(options: StartHostOptions = {}): Promise<RunningHost> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-e2e-'));
  options.seed?.(dataDir);
  const child = spawn(process.execPath, [WEB_ENTRY], {
    cwd: ROOT,
    env: {
      ...withoutMeliVariables(process.env),
      MOSTRADOR_DATA_DIR: dataDir,
      MOSTRADOR_PORT: '0',
      MOSTRADOR_OPEN_BROWSER: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));

  try {
    const launchUrl = await waitForStartLine(child, () => stderr);
    const hostFile = JSON.parse(fs.readFileSync(path.join(dataDir, 'host.json'), 'utf8')) as HostFile;
    return {
      ...hostFile,
      dataDir,
      launchUrl,
      newLaunchUrl: async () => {
        const response = await fetch(`${hostFile.url}/launch`, { method: 'POST', headers: { Authorization: `Bearer ${hostFile.token}` } });
        if (!response.ok) throw new Error(`POST /launch answered ${response.status}`);
        return ((await response.json()) as { url: string }).url;
      },
      stdout: () => stdout,
      logs: () => stderr,
      stop: () => stopHost(child, ownDir ? dataDir : null),
    };
  } catch (error) {
    await stopHost(child, ownDir ? dataDir : null);
    throw error;
  }
}

/** The developer's own Mercado Libre app must not leak into tests: each test starts as a fresh install. */
function withoutMeliVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('MELI_') && !key.startsWith('MOSTRADOR_')) clean[key] = value;
  }
  return clean;
}

/** Resolves with the launch address from the host's start-up line. */
function waitForStartLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => fail(new Error(`The host did not start within ${START_TIMEOUT_MS} ms.`)), START_TIMEOUT_MS);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(new Error(`${error.message}\nstdout: ${stdout}\nstderr: ${stderr()}`));
    }
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      // host.json is written before this line is printed, so it is complete once we see it.
      const launch = /running in browser mode at (http:\/\/127\.0\.0\.1:\d+\/#code=[A-Za-z0-9_-]+)\n/.exec(stdout);
      if (launch?.[1]) {
        clearTimeout(timer);
        resolve(launch[1]);
      }
    });
    child.once('exit', (code, signal) => fail(new Error(`The host exited early (code ${code}, signal ${signal}).`)));
    child.once('error', (error) => fail(error));
  });
}

async function stopHost(child: ChildProcess, dataDir: string | null): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (dataDir !== null) fs.rmSync(dataDir, { recursive: true, force: true });
}
