/**
 * build/forward.html runs under a policy that allows only its own inline script and style, named by
 * hash (never 'unsafe-inline'): an edit to either without updating the hash fails here, with the hash
 * to put in the policy. (That the page still forwards in a real browser is covered by the e2e suite.)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGE = fs.readFileSync(path.resolve(import.meta.dirname, '../../build/forward.html'), 'utf8');

function policy(): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(PAGE)?.[1];
  if (!content) throw new Error('forward.html has no Content-Security-Policy meta tag');
  return new Map(
    content.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

function hashesOf(tag: 'script' | 'style'): string[] {
  return [...PAGE.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (match) => `'sha256-${crypto.createHash('sha256').update(match[1] ?? '').digest('base64')}'`,
  );
}

describe('the forwarding page', () => {
  it.each([
    ['script', 'script-src'],
    ['style', 'style-src'],
  ] as const)('allows its inline %s by hash only', (tag, directive) => {
    const sources = policy().get(directive) ?? [];
    expect(sources).not.toContain("'unsafe-inline'");
    const hashes = hashesOf(tag);
    expect(hashes.length).toBeGreaterThan(0);
    expect(sources, `put ${hashes.join(' ')} in ${directive}`).toEqual(hashes);
  });

  it('loads nothing else and carries no other script', () => {
    expect(policy().get('default-src')).toEqual(["'none'"]);
    expect(PAGE).not.toMatch(/<script[^>]*\ssrc=/);
    expect(PAGE).not.toMatch(/\son[a-z]+=/);
  });
});
