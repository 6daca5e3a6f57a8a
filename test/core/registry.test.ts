import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/core/registry';
import { AppError } from '../../shared/errors';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const unused = () => {
  throw new Error('not used in these tests');
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app.info': () => ({ name: 'Mostrador', version: '0', dataDir: '/d', mode: 'browser', demo: true, browserModeReason: null, browserModeCode: null, vaultProtection: 'key_file', notices: [] }),
    'settings.get': () => DEFAULT_SETTINGS,
    'settings.set': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    'accounts.list': () => [],
    'accounts.connect.start': unused,
    'accounts.connect.complete': unused,
    'accounts.connect.cancel': unused,
    'accounts.remove': unused,
    'meliApp.status': unused,
    'meliApp.setSecret': unused,
    ...overrides,
  } as Handlers;
}

describe('handler registry', () => {
  it('runs a handler with a valid input', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('settings.set', { syncIntervalMinutes: 9 })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, syncIntervalMinutes: 9 } });
  });

  it('answers invalid_input with the field and never calls the handler', async () => {
    const set = vi.fn();
    const dispatch = createDispatcher(handlers({ 'settings.set': set }));
    for (const input of [{ syncIntervalMinutes: -1 }, { language: 'klingon' }, { surprise: 1 }, 'text', [1]]) {
      const result = await dispatch('settings.set', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    const result = await dispatch('settings.set', { syncIntervalMinutes: -1 });
    expect(!result.ok && result.error.details).toEqual({ issues: [expect.objectContaining({ path: 'syncIntervalMinutes' })] });
    expect(set).not.toHaveBeenCalled();
  });

  it('refuses inputs on methods that take none', async () => {
    const dispatch = createDispatcher(handlers());
    const result = await dispatch('accounts.list', { injected: true });
    expect(!result.ok && result.error.code).toBe('invalid_input');
  });

  it('answers unknown_method for names outside the contract, including prototype keys', async () => {
    const dispatch = createDispatcher(handlers());
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      const result = await dispatch(name, undefined);
      expect(!result.ok && result.error.code).toBe('unknown_method');
    }
  });

  it('passes AppErrors through and hides the text of unexpected ones', async () => {
    const onInternalError = vi.fn();
    const dispatch = createDispatcher(
      handlers({
        'accounts.list': () => {
          throw new AppError('offline', 'No connection');
        },
        'settings.get': () => {
          throw new Error('secret path /home/x/token');
        },
      }),
      { onInternalError },
    );
    expect(await dispatch('accounts.list', undefined)).toEqual({ ok: false, error: { code: 'offline', message: 'No connection' } });
    const hidden = await dispatch('settings.get', undefined);
    expect(!hidden.ok && hidden.error.code).toBe('internal');
    expect(JSON.stringify(hidden)).not.toContain('secret path');
    expect(onInternalError).toHaveBeenCalledOnce();
  });
});
