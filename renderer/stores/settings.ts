/** The seller's settings as the host holds them; `saveSettings` changes them only through `settings.set`. */
import type { RpcResult } from '../../shared/contract';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { call, transport } from '../api/client';
import { createRemoteStore } from './create-store';

export const useSettings = createRemoteStore('settings.get');

/** Sends a patch; on success the store holds the host's answer, on failure nothing changes here either. */
export async function saveSettings(patch: SettingsPatch): Promise<RpcResult<Settings>> {
  const result = await call('settings.set', patch);
  if (result.ok) useSettings.getState().receive(result.value);
  return result;
}

/** Keeps the store in step with changes made elsewhere (another window, the local API). */
export function followSettingsChanges(): () => void {
  return transport().on('settings.changed', (settings) => useSettings.getState().receive(settings));
}
