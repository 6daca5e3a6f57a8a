/**
 * Generates docs/local-api.md from the contract in shared/, so the documented local API cannot drift
 * from the code: a test compares the committed file with a fresh rendering.
 *   npx tsx build/api-docs.ts --write
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { events, methods } from '../shared/contract';
import { ERROR_CODES } from '../shared/errors';

export const API_DOCS_PATH = path.resolve(import.meta.dirname, '../docs/local-api.md');

function schemaBlock(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return '```json\n' + JSON.stringify(json, null, 2) + '\n```';
}

export function renderApiDocs(): string {
  const lines: string[] = [
    '# Mostrador local API',
    '',
    '<!-- Generated from shared/contract/ (one file per capability) by build/api-docs.ts. Do not edit by hand: run `npx tsx build/api-docs.ts --write`. -->',
    '',
    'In browser mode Mostrador serves its interface and this API on `127.0.0.1` only. The address and a',
    'random per-launch token are written to `host.json` in the data directory (`{url, token, pid}`, readable',
    'only by you). The start command prints an address to open the app: it carries a one-time launch code',
    '(one use, valid for a minute), never the token; the page trades it for a session cookie.',
    '',
    '## Rules',
    '- Every call is `POST <url>/rpc/<method>` with `Content-Type: application/json` and',
    '  `Authorization: Bearer <token>`. The body is the method input (empty when it takes none).',
    '- A success answers `200` with the output as JSON. A failure answers `4xx/5xx` with',
    '  `{"code", "message", "details"}`; `code` is one of the error codes below.',
    '- Requests whose `Host` is not exactly the served `127.0.0.1:<port>`, or that carry an `Origin` other',
    '  than the served address, are refused with `403`: a web page cannot drive Mostrador.',
    '- `GET <url>/events` (same token) is a server-sent event stream: `event: <name>` and `data: <JSON payload>`.',
    '- `POST <url>/launch` (same token) answers `{"url"}`: a fresh one-time address to open the app in a browser.',
    '- A body over 1 MiB is answered `413`; a request without the token is answered before its body is read.',
    '',
    'Example:',
    '',
    '```sh',
    'URL=$(jq -r .url host.json); TOKEN=$(jq -r .token host.json)',
    'curl -s -X POST "$URL/rpc/settings.set" -H "Authorization: Bearer $TOKEN" \\',
    '  -H "Content-Type: application/json" -d \'{"syncIntervalMinutes": 5}\'',
    '```',
    '',
    '## Error codes',
    '',
    ...ERROR_CODES.map((code) => `- \`${code}\``),
    '',
    '## Methods',
    '',
  ];
  for (const [name, method] of Object.entries(methods)) {
    lines.push(`### \`${name}\``, '', method.summary, '', 'Input:', '', schemaBlock(method.input), '', 'Output:', '', schemaBlock(method.output), '');
  }
  lines.push('## Events', '');
  for (const [name, event] of Object.entries(events)) {
    lines.push(`### \`${name}\``, '', event.summary, '', 'Payload:', '', schemaBlock(event.payload), '');
  }
  return lines.join('\n');
}

if (process.argv.includes('--write')) {
  fs.mkdirSync(path.dirname(API_DOCS_PATH), { recursive: true });
  fs.writeFileSync(API_DOCS_PATH, renderApiDocs());
  console.log(`Wrote ${path.relative(process.cwd(), API_DOCS_PATH)}`);
}
