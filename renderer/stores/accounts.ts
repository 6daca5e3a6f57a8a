/** The connected Mercado Libre accounts. The first one is the active account until switching exists. */
import type { Account } from '../../shared/contract';
import { transport } from '../api/client';
import { createRemoteStore } from './create-store';

export const useAccounts = createRemoteStore('accounts.list');

export function activeAccount(accounts: readonly Account[] | null): Account | null {
  return accounts?.[0] ?? null;
}

export function followAccountChanges(): () => void {
  return transport().on('accounts.changed', (accounts) => useAccounts.getState().receive(accounts));
}
