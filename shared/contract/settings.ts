/** The seller's preferences (language, sync interval, Mercado Libre app). */
import { SettingsPatch, SettingsSchema } from '../settings';
import { NoInput, type EventSpec, type MethodSpec } from './define';

export const settingsMethods = {
  'settings.get': {
    summary: "The seller's saved settings.",
    input: NoInput,
    output: SettingsSchema,
  },
  'settings.set': {
    summary: 'Change some settings; the answer is the whole settings object after the change.',
    input: SettingsPatch,
    output: SettingsSchema,
  },
} as const satisfies Record<string, MethodSpec>;

export const settingsEvents = {
  'settings.changed': {
    summary: 'Settings were changed (from any window or the local API).',
    payload: SettingsSchema,
  },
} as const satisfies Record<string, EventSpec>;
