/** Error codes from the transport become the seller's words; input problems are found by field. */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ApiError } from '../../shared/errors';
import { errorMessageKey, fieldIssues, hasIssueFor, localizeError } from '../../renderer/i18n/errors';
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';

const catalogues = { es, 'pt-BR': ptBR, en };

describe('error messages', () => {
  it.each(Object.entries(catalogues))('%s has a non-empty message for every error code', (_language, messages) => {
    for (const code of ERROR_CODES) {
      expect(messages.errors[code], code).toMatch(/\S/);
    }
  });

  it('maps a code to its key and an unknown code to the generic failure', () => {
    expect(errorMessageKey({ code: 'offline' })).toBe('errors.offline');
    expect(errorMessageKey({ code: 'from_a_newer_host' } as unknown as ApiError)).toBe('errors.internal');
  });

  it("shows the catalogue's words, never the host's English text", () => {
    const error: ApiError = { code: 'invalid_input', message: 'Some values are not valid (syncIntervalMinutes)' };
    const text = localizeError(error, (key) => (key === 'errors.invalid_input' ? es.errors.invalid_input : 'wrong key'));
    expect(text).toBe(es.errors.invalid_input);
  });
});

describe('fieldIssues', () => {
  const invalid: ApiError = {
    code: 'invalid_input',
    message: 'Some values are not valid',
    details: {
      issues: [
        { path: 'syncIntervalMinutes', message: 'Too small: expected number to be >=1' },
        { path: 'meli.redirectUri', message: 'Must be an https:// address' },
        { path: 'syncIntervalMinutes', message: 'a second issue for the same field' },
        { nonsense: true },
      ],
    },
  };

  it('keys the first problem of each field by its path', () => {
    const issues = fieldIssues(invalid);
    expect(issues.get('syncIntervalMinutes')).toBe('Too small: expected number to be >=1');
    expect(issues.get('meli.redirectUri')).toBe('Must be an https:// address');
  });

  it('finds nothing in other errors or malformed details', () => {
    expect(fieldIssues({ code: 'offline', message: 'down' }).size).toBe(0);
    expect(fieldIssues({ code: 'invalid_input', message: 'x', details: 'not an object' }).size).toBe(0);
    expect(fieldIssues({ code: 'invalid_input', message: 'x', details: { issues: 'nope' } }).size).toBe(0);
  });

  it('matches a field, its children, and a problem reported on its parent object', () => {
    const issues = fieldIssues(invalid);
    expect(hasIssueFor(issues, 'syncIntervalMinutes')).toBe(true);
    expect(hasIssueFor(issues, 'meli.redirectUri')).toBe(true);
    expect(hasIssueFor(issues, 'meli')).toBe(true);
    expect(hasIssueFor(issues, 'meli.clientId')).toBe(false);
    expect(hasIssueFor(issues, 'language')).toBe(false);
    expect(hasIssueFor(new Map([['meli', 'unknown key']]), 'meli.clientId')).toBe(true);
  });
});
