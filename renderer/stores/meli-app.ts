/**
 * The Mercado Libre app's status as the host resolves it (client id, redirect URI, whether a secret is
 * stored, demo store or not). Never holds the secret itself: the host does not send it.
 */
import type { RpcResult } from '../../shared/contract';
import type { MeliAppStatus } from '../../shared/contract';
import { call } from '../api/client';
import { createRemoteStore } from './create-store';

export const useMeliApp = createRemoteStore('meliApp.status');

/** Stores a new secret in the host's vault; on success the store holds the new status. */
export async function saveAppSecret(clientSecret: string): Promise<RpcResult<MeliAppStatus>> {
  const result = await call('meliApp.setSecret', { clientSecret });
  if (result.ok) useMeliApp.getState().receive(result.value);
  return result;
}
