import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { openSettingsStore, SETTINGS_VERSION, type SettingsUpgrade } from '../../electron/settings/settings-store';
import { tempDir } from '../helpers/temp-dir';

const file = (dir: string) => path.join(dir, 'settings.json');
const readFile = (dir: string) => JSON.parse(fs.readFileSync(file(dir), 'utf8')) as Record<string, unknown>;

describe('settings store', () => {
  it('starts with defaults and writes a versioned file', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, createConfBackend);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(readFile(dir)).toMatchObject({ schemaVersion: SETTINGS_VERSION, syncIntervalMinutes: 2 });
    expect(store.notices).toEqual([]);
  });

  it('keeps a change across reopening', () => {
    const dir = tempDir();
    openSettingsStore(dir, createConfBackend).set({ language: 'pt-BR', syncIntervalMinutes: 5 });
    const reopened = openSettingsStore(dir, createConfBackend);
    expect(reopened.get()).toMatchObject({ language: 'pt-BR', syncIntervalMinutes: 5 });
  });

  it('refuses an invalid patch and changes nothing, in memory or on disk', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, createConfBackend);
    store.set({ syncIntervalMinutes: 10 });
    const before = fs.readFileSync(file(dir), 'utf8');
    expect(() => store.set({ syncIntervalMinutes: 0 })).toThrow();
    expect(() => store.set({ language: 'fr' } as never)).toThrow();
    expect(() => store.set({ unknown: true } as never)).toThrow();
    expect(store.get().syncIntervalMinutes).toBe(10);
    expect(fs.readFileSync(file(dir), 'utf8')).toBe(before);
  });

  it('remembers the chosen store (one account or all) across reopening, and refuses anything else', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, createConfBackend);
    expect(store.get().activeUserId).toBeNull();
    store.set({ activeUserId: 241000202 });
    expect(openSettingsStore(dir, createConfBackend).get().activeUserId).toBe(241000202);
    store.set({ activeUserId: 'all' });
    expect(openSettingsStore(dir, createConfBackend).get().activeUserId).toBe('all');
    for (const bad of [0, -5, 1.5, 'every', '241000202']) {
      expect(() => store.set({ activeUserId: bad } as never)).toThrow();
    }
    expect(openSettingsStore(dir, createConfBackend).get().activeUserId).toBe('all');
    store.set({ activeUserId: null });
    expect(openSettingsStore(dir, createConfBackend).get().activeUserId).toBeNull();
  });

  it('reads a file saved before the chosen store was a setting as "none chosen"', () => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), JSON.stringify({ schemaVersion: SETTINGS_VERSION, language: 'es', syncIntervalMinutes: 3, meli: {} }));
    const store = openSettingsStore(dir, createConfBackend);
    expect(store.notices).toEqual([]);
    expect(store.get()).toMatchObject({ language: 'es', syncIntervalMinutes: 3, activeUserId: null });
  });

  it('sets a corrupt file aside, reports it, and starts from defaults', () => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), '{"language": "es", "syncInterv');
    const store = openSettingsStore(dir, createConfBackend);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]?.code).toBe('settings_corrupt');
    const aside = store.notices[0]?.setAsidePath;
    expect(aside).toBeDefined();
    expect(fs.readFileSync(aside as string, 'utf8')).toBe('{"language": "es", "syncInterv');
    expect(readFile(dir).schemaVersion).toBe(SETTINGS_VERSION);
  });

  it('sets aside a file holding values this version cannot use', () => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), JSON.stringify({ schemaVersion: 1, syncIntervalMinutes: 'often' }));
    const store = openSettingsStore(dir, createConfBackend);
    expect(store.notices[0]?.code).toBe('settings_corrupt');
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('sets aside a file from a newer version instead of losing its fields', () => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), JSON.stringify({ schemaVersion: SETTINGS_VERSION + 1, language: 'en' }));
    const store = openSettingsStore(dir, createConfBackend);
    expect(store.notices[0]?.message).toMatch(/newer/);
    const aside = fs.readdirSync(dir).filter((name) => name.includes('corrupt'));
    expect(aside).toHaveLength(1);
  });

  it('runs upgrade steps from an older version in order', () => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), JSON.stringify({ schemaVersion: 0, pollMinutes: 7 }));
    const upgrades: SettingsUpgrade[] = [
      (document) => document,
      ({ pollMinutes, ...rest }) => ({ ...rest, syncIntervalMinutes: pollMinutes }),
    ];
    const store = openSettingsStore(dir, createConfBackend, upgrades);
    expect(store.get().syncIntervalMinutes).toBe(7);
    expect(readFile(dir)).toMatchObject({ schemaVersion: 2, syncIntervalMinutes: 7 });
    expect(readFile(dir)).not.toHaveProperty('pollMinutes');
  });
});

describe('settings written before API addresses were limited to Mercado Libre', () => {
  it('drop a saved API or authorization address outside Mercado Libre and keep the rest', () => {
    const dir = tempDir();
    const meli = { clientId: '123', apiUrl: 'http://127.0.0.1:9000', authUrl: 'https://auth.mercadolibre.com.ar', redirectUri: 'https://a.example/cb' };
    fs.writeFileSync(file(dir), JSON.stringify({ schemaVersion: 1, syncIntervalMinutes: 9, meli }));
    const store = openSettingsStore(dir, createConfBackend);
    expect(store.notices).toEqual([]);
    expect(store.get()).toMatchObject({ syncIntervalMinutes: 9, meli: { clientId: '123', authUrl: 'https://auth.mercadolibre.com.ar', redirectUri: 'https://a.example/cb' } });
    expect(store.get().meli).not.toHaveProperty('apiUrl');
    expect(readFile(dir)).toMatchObject({ schemaVersion: 2 });
  });
});
