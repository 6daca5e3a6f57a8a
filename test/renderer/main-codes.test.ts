/**
 * Every code main can send for the screens to word (browser-mode reasons, shipment substatuses, sync
 * problems) has words in es, pt-BR and en, through the same functions the screens call, so no English
 * sentence from main and no bare code reaches a Spanish or Portuguese screen.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { BROWSER_MODE_REASONS } from '../../shared/contract';
import { SHIPMENT_SUBSTATUSES } from '../../shared/orders';
import { LANGUAGES, type Language } from '../../shared/settings';
import { SYNC_PROBLEMS, SYNC_STEPS, type AccountSyncStatus } from '../../shared/sync';
import { modeText } from '../../renderer/components/mode-label';
import { accountMessages } from '../../renderer/features/accounts/locales';
import { substatusText } from '../../renderer/features/orders/substatus';
import { describeSync, problemText } from '../../renderer/features/sync/sync-line';
import { featureMessages } from '../../renderer/i18n/feature-locales';
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';
import type { Translate } from '../../renderer/i18n/translate';
import { createFormatters } from '../../renderer/i18n/use-format';

const CORE = { es, 'pt-BR': ptBR, en } as const;

/** The catalogue's own translate, recording every key it has no words for. */
async function catalogue(language: Language): Promise<{ t: Translate; missing: string[] }> {
  const instance = i18next.createInstance();
  const translation = { ...CORE[language], ...featureMessages(language), accounts: accountMessages[language] };
  await instance.init({ lng: language, resources: { [language]: { translation } }, interpolation: { escapeValue: false } });
  const missing: string[] = [];
  const t: Translate = (key, options) => {
    if (!instance.exists(key)) missing.push(key);
    return String(instance.t(key, options as never));
  };
  return { t, missing };
}

function expectWorded(text: string | null, code: string): void {
  expect(text, code).toMatch(/\S/);
  expect(text, code).not.toContain('{{');
  expect(text, code).not.toContain(code.includes('_') ? code : '\u0000');
}

function account(patch: Partial<AccountSyncStatus>): AccountSyncStatus {
  return { userId: 1, state: 'error', lastSyncAt: '2026-11-23T13:00:00.000Z', message: 'English', problem: null, firstSyncDone: true, failedSteps: [], ...patch };
}

describe.each(LANGUAGES)('codes from main in %s', (language) => {
  it('words every browser-mode reason', async () => {
    const { t, missing } = await catalogue(language);
    for (const code of BROWSER_MODE_REASONS) expectWorded(modeText({ mode: 'browser', browserModeCode: code }, t), code);
    expect(missing).toEqual([]);
  });

  it('words every shipment substatus', async () => {
    const { t, missing } = await catalogue(language);
    for (const code of SHIPMENT_SUBSTATUSES) expectWorded(substatusText(code, t), code);
    expect(missing).toEqual([]);
    // A code with no words is left out rather than shown as English-looking text.
    expect(substatusText('some_new_code', t)).toBeNull();
  });

  it('words every sync problem, naming the steps that failed', async () => {
    const { t, missing } = await catalogue(language);
    const format = createFormatters('es-AR');
    for (const problem of SYNC_PROBLEMS) {
      const accounts = [account({ problem, state: problem === 'partial' ? 'error' : problem, failedSteps: problem === 'partial' ? ['shipments'] : [] })];
      expectWorded(problemText(problem, accounts, '10:00', t), problem);
      const line = describeSync(accounts, problem !== 'offline', false, format, Date.parse('2026-11-23T15:00:00.000Z'), t);
      expect(line, problem).not.toContain('English');
    }
    for (const step of SYNC_STEPS) expectWorded(t(`sync.step.${step}`), step);
    expect(missing).toEqual([]);
  });
});

describe('wording is not English in Spanish and Portuguese', () => {
  it('differs from the English words for each code', async () => {
    const english = await catalogue('en');
    for (const language of ['es', 'pt-BR'] as const) {
      const { t } = await catalogue(language);
      for (const code of BROWSER_MODE_REASONS) expect(modeText({ mode: 'browser', browserModeCode: code }, t), code).not.toBe(modeText({ mode: 'browser', browserModeCode: code }, english.t));
      for (const code of SHIPMENT_SUBSTATUSES) expect(substatusText(code, t), code).not.toBe(substatusText(code, english.t));
    }
  });
});
