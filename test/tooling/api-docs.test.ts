import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_DOCS_PATH, renderApiDocs } from '../../build/api-docs';
import { METHOD_NAMES, EVENT_NAMES } from '../../shared/contract';

describe('local API documentation', () => {
  it('matches the contract (regenerate with `npx tsx build/api-docs.ts --write`)', () => {
    expect(fs.readFileSync(API_DOCS_PATH, 'utf8')).toBe(renderApiDocs());
  });

  it('documents every method and event', () => {
    const docs = renderApiDocs();
    for (const name of [...METHOD_NAMES, ...EVENT_NAMES]) expect(docs).toContain(`### \`${name}\``);
  });
});
