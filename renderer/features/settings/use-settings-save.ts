/**
 * One save action of a settings form: sends the patch, then remembers the outcome so the form can say
 * "saved", or show the host's `invalid_input` problems next to the fields they concern.
 */
import { useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import type { SettingsPatch } from '../../../shared/settings';
import { fieldIssues } from '../../i18n/errors';
import { saveSettings } from '../../stores/settings';

export type SaveOutcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: ApiError; issues: Map<string, string> };

export function useSettingsSave() {
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });

  async function save(patch: SettingsPatch): Promise<boolean> {
    setOutcome({ kind: 'saving' });
    const result = await saveSettings(patch);
    if (result.ok) {
      setOutcome({ kind: 'saved' });
      return true;
    }
    setOutcome({ kind: 'failed', error: result.error, issues: fieldIssues(result.error) });
    return false;
  }

  return { outcome, save, reset: () => setOutcome({ kind: 'idle' }) };
}
