/**
 * The accounts feature's pure parts: which site the connect dialog proposes, how a failed connection is
 * reduced to a reason the seller gets a message for, and that the three catalogues say the same things
 * (same keys, same placeholders and <timer/> tags, no empty strings).
 */
import { describe, expect, it } from 'vitest';
import { failureReason } from '../../renderer/features/accounts/connect-outcome';
import { accountMessages } from '../../renderer/features/accounts/locales';
import { defaultSite } from '../../renderer/features/accounts/sites';
import { activeAccount, chooseStore, languageAccount, scopeUserId, showsAllStores } from '../../renderer/stores/accounts';
import type { Account } from '../../shared/contract';
import { expectSameShape, flatten } from './catalogue-check';

describe('the proposed site', () => {
  it('follows the country of a browser tag in the UI language', () => {
    expect(defaultSite('es', ['es-MX', 'en-US'])).toBe('MLM');
    expect(defaultSite('es', ['es-CO'])).toBe('MCO');
    expect(defaultSite('pt-BR', ['pt-BR'])).toBe('MLB');
  });

  it('ignores countries of other languages and falls back to the language', () => {
    expect(defaultSite('es', ['pt-BR', 'es'])).toBe('MLA');
    expect(defaultSite('pt-BR', ['en-US'])).toBe('MLB');
    expect(defaultSite('en', ['en-GB'])).toBe('MLA');
    expect(defaultSite('en', ['en-US', 'es-CL'])).toBe('MLC');
  });
});

describe('why a connection failed', () => {
  it('takes the reason the host sends', () => {
    expect(failureReason({ code: 'unauthorized', message: 'x', details: { reason: 'operator_account' } })).toBe('operator_account');
    expect(failureReason({ code: 'unauthorized', message: 'x', details: { reason: 'access_denied' } })).toBe('access_denied');
    expect(failureReason({ code: 'offline', message: 'x', details: { reason: 'timeout' } })).toBe('timeout');
    expect(failureReason({ code: 'invalid_input', message: 'x', details: { reason: 'cancelled' } })).toBe('cancelled');
  });

  it('falls back on the code when the reason is missing or unknown', () => {
    expect(failureReason({ code: 'offline', message: 'x' })).toBe('offline');
    expect(failureReason({ code: 'needs_sign_in', message: 'x', details: { reason: 'something_new' } })).toBe('invalid_grant');
    expect(failureReason({ code: 'internal', message: 'x', details: 'not an object' })).toBe('unknown');
  });
});

const account = (userId: number, siteId: Account['siteId']): Account => ({ userId, nickname: `STORE${userId}`, siteId, status: 'connected' }) as Account;
const THREE = [account(1, 'MLA'), account(2, 'MLB'), account(3, 'MLM')];

describe('the store the screens show', () => {
  it('one chosen account of several: that one, asked for by id, no store column', () => {
    expect(activeAccount(THREE, 2)?.userId).toBe(2);
    expect(scopeUserId(THREE, 2)).toBe(2);
    expect(showsAllStores(THREE, 2)).toBe(false);
  });

  it('"All stores" with several: no single account, no filter, a store column', () => {
    expect(activeAccount(THREE, 'all')).toBeNull();
    expect(scopeUserId(THREE, 'all')).toBeUndefined();
    expect(showsAllStores(THREE, 'all')).toBe(true);
  });

  it('with one account "All stores" is just that account, without a store column', () => {
    expect(showsAllStores([account(1, 'MLA')], 'all')).toBe(false);
    expect(activeAccount([account(1, 'MLA')], 'all')?.userId).toBe(1);
    expect(scopeUserId([account(1, 'MLA')], 1)).toBeUndefined();
  });

  it('a chosen account no longer connected (or none chosen) falls back to the first', () => {
    expect(activeAccount(THREE, 99)?.userId).toBe(1);
    expect(scopeUserId(THREE, 99)).toBe(1);
    expect(activeAccount(THREE, null)?.userId).toBe(1);
    expect(activeAccount([], null)).toBeNull();
  });

  it('the UI language keeps following the last single store when "All stores" is chosen', async () => {
    // Saving fails here (no host), but the choice of language account is made before the host answers.
    await chooseStore(2).catch(() => undefined);
    expect(languageAccount(THREE, 2)?.siteId).toBe('MLB');
    expect(languageAccount(THREE, 'all')?.siteId).toBe('MLB');
    expect(languageAccount(THREE, 3)?.siteId).toBe('MLM');
  });
});

describe('the accounts catalogues', () => {
  const es = flatten(accountMessages.es);
  for (const language of ['pt-BR', 'en'] as const) {
    it(`${language} has every Spanish key with the same placeholders`, () => {
      expectSameShape(es, flatten(accountMessages[language]));
    });
  }
});
