/**
 * The connected Mercado Libre accounts, and which one the seller is working with (`activeUserId`,
 * remembered in localStorage). The active account falls back to the first one whenever the chosen one
 * is not (or no longer) connected on this computer.
 */
import type { Account } from '../../shared/contract';
import { transport } from '../api/client';
import { createRemoteStore, createStore } from './create-store';

export const useAccounts = createRemoteStore('accounts.list');

const ACTIVE_KEY = 'mostrador.activeUserId';

interface ActiveAccountState {
  userId: number | null;
  choose(userId: number): void;
}

export const useActiveAccountId = createStore<ActiveAccountState>((set) => ({
  userId: readActive(),
  choose(userId) {
    set({ userId });
    try {
      localStorage.setItem(ACTIVE_KEY, String(userId));
    } catch {
      // Storage blocked: the choice holds for this session only.
    }
  },
}));

function readActive(): number | null {
  try {
    const value = Number(localStorage.getItem(ACTIVE_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** The account the seller chose, else the first one, else none. */
export function activeAccount(
  accounts: readonly Account[] | null,
  userId: number | null = useActiveAccountId.getState().userId,
): Account | null {
  return accounts?.find((account) => account.userId === userId) ?? accounts?.[0] ?? null;
}

/** The active account, re-rendering when either the list or the choice changes. */
export function useActiveAccount(): Account | null {
  const accounts = useAccounts((state) => state.value);
  const userId = useActiveAccountId((state) => state.userId);
  return activeAccount(accounts, userId);
}

export function followAccountChanges(): () => void {
  const stopKeeping = keepActiveAccount();
  const stopListening = transport().on('accounts.changed', (accounts) => useAccounts.getState().receive(accounts));
  return () => {
    stopKeeping();
    stopListening();
  };
}

/**
 * Pins the active account when the list changes: the host lists accounts by name, so "the first one"
 * would jump to a newly added account (and the UI language with it). The account in use stays in use;
 * only when it is removed (or none was chosen yet) does the first remaining one take over.
 */
function keepActiveAccount(): () => void {
  const pin = (accounts: readonly Account[] | null, before: readonly Account[] | null) => {
    if (!accounts || accounts.length === 0) return;
    const { userId, choose } = useActiveAccountId.getState();
    if (accounts.some((account) => account.userId === userId)) return;
    const previous = activeAccount(before, userId);
    const keep = previous && accounts.some((account) => account.userId === previous.userId) ? previous : accounts[0];
    if (keep) choose(keep.userId);
  };
  pin(useAccounts.getState().value, null);
  return useAccounts.subscribe((state, prev) => pin(state.value, prev.value));
}
