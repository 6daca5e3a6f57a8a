/**
 * "Export diagnostics": what support needs to understand a problem — versions, platform, sync and
 * outbox state, settings and the recent log — with every secret taken out. Tokens, client secrets,
 * authorization codes and e-mail addresses are redacted from every line, whatever logged them.
 */
import type { Dispatch } from '../core/registry';

const LOG_LINES_KEPT = 500;

/** Patterns that can carry a credential or a person's contact details; each becomes «redacted». */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(APP_USR|TG)-[\w-]{8,}/g, '$1-«redacted»'],
  [/\bBearer\s+[\w.~+/=-]+/gi, 'Bearer «redacted»'],
  [/\b(access_token|refresh_token|client_secret|clientSecret|code|code_verifier|password|token)(["']?\s*[:=]\s*["']?)[^\s"'&,}]+/gi, '$1$2«redacted»'],
  [/[\w.+-]+@[\w-]+\.[\w.-]+/g, '«email»'],
];

export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}

/** The last lines the main process logged, kept in memory for the diagnostics file. */
export interface LogBuffer {
  add(line: string): void;
  lines(): string[];
}

export function createLogBuffer(limit = LOG_LINES_KEPT): LogBuffer {
  const kept: string[] = [];
  return {
    add(line) {
      // Redacted on the way in: the buffer itself never holds a secret.
      kept.push(`${new Date().toISOString()} ${redactSecrets(line)}`);
      if (kept.length > limit) kept.splice(0, kept.length - limit);
    },
    lines: () => [...kept],
  };
}

export interface DiagnosticsInput {
  dispatch: Dispatch;
  log: LogBuffer;
  versions: Record<string, string | undefined>;
  platform: string;
  arch: string;
  now?: Date;
}

export async function buildDiagnostics(input: DiagnosticsInput): Promise<string> {
  const [info, settings, sync, outbox] = await Promise.all([
    input.dispatch('app.info', undefined),
    input.dispatch('settings.get', undefined),
    input.dispatch('sync.status', undefined),
    input.dispatch('outbox.counts', undefined),
  ]);
  const section = (result: { ok: boolean; value?: unknown; error?: unknown }) => (result.ok ? result.value : { unavailable: result.error });
  const report = {
    generatedAt: (input.now ?? new Date()).toISOString(),
    platform: `${input.platform} ${input.arch}`,
    versions: input.versions,
    app: section(info),
    settings: section(settings),
    sync: section(sync),
    outbox: section(outbox),
  };
  const body = `${JSON.stringify(report, null, 2)}\n\nRecent log:\n${input.log.lines().join('\n')}\n`;
  // The settings hold the seller's own app credentials when configured: redact the whole file too.
  return redactSecrets(body);
}

export function diagnosticsFileName(now = new Date()): string {
  return `mostrador-diagnostics-${now.toISOString().slice(0, 19).replaceAll(':', '-')}.txt`;
}
