/**
 * The connected Mercado Libre accounts, and which store the seller is working with: one account, or
 * all of them at once. The choice is a setting (`activeUserId`), so it survives a restart in both modes
 * (browser mode's page origin changes with its port each start, taking page storage with it). A chosen
 * account that is not (or no longer) connected falls back to the first one.
 */
import type { Account } from '../../shared/contract';
import type { ActiveUserId } from '../../shared/settings';
import { transport } from '../api/client';
import { createRemoteStore, createStore } from './create-store';
import { saveSettings, useSettings } from './settings';

export const useAccounts = createRemoteStore('accounts.list');

export type StoreChoice = number | 'all';

/**
 * The last single account chosen in this session: with "All stores" the UI language keeps following
 * it, so switching to all never changes the language under the seller's eyes.
 */
const useLastSingle = createStore<{ userId: number | null }>(() => ({ userId: null }));

/** Saves the choice; the screens follow once the host confirms it (settings.changed). */
export async function chooseStore(choice: StoreChoice): Promise<void> {
  if (choice !== 'all') useLastSingle.setState({ userId: choice });
  await saveSettings({ activeUserId: choice });
}

function savedChoice(): ActiveUserId {
  return useSettings.getState().value?.activeUserId ?? null;
}

/** Whether the screens show every account: "All stores" chosen while more than one is connected. */
export function showsAllStores(accounts: readonly Account[] | null, choice: ActiveUserId): boolean {
  return choice === 'all' && (accounts?.length ?? 0) > 1;
}

/** The one account in use (null with "All stores" or none connected): the chosen one, else the first. */
export function activeAccount(accounts: readonly Account[] | null, choice: ActiveUserId = savedChoice()): Account | null {
  if (showsAllStores(accounts, choice)) return null;
  return accounts?.find((account) => account.userId === choice) ?? accounts?.[0] ?? null;
}

/** The account whose site decides the UI language: the one in use, or with "All stores" the last one chosen. */
export function languageAccount(accounts: readonly Account[] | null, choice: ActiveUserId = savedChoice()): Account | null {
  const pick = choice === 'all' ? useLastSingle.getState().userId : choice;
  return accounts?.find((account) => account.userId === pick) ?? accounts?.[0] ?? null;
}

/**
 * The account a data screen asks for: its id while one of several is chosen, undefined for all
 * (every account, or the only one: no filter needed).
 */
export function scopeUserId(accounts: readonly Account[] | null, choice: ActiveUserId): number | undefined {
  if ((accounts?.length ?? 0) < 2 || showsAllStores(accounts, choice)) return undefined;
  return activeAccount(accounts, choice)?.userId;
}

/** The saved choice, re-rendering when it changes. */
export function useStoreChoice(): ActiveUserId {
  return useSettings((state) => state.value?.activeUserId ?? null);
}

/** The active account, re-rendering when either the list or the choice changes. */
export function useActiveAccount(): Account | null {
  const accounts = useAccounts((state) => state.value);
  return activeAccount(accounts, useStoreChoice());
}

export interface StoreScope {
  /** The one account asked for; undefined: all of them. */
  userId: number | undefined;
  /** "All stores" with several accounts: tables add a store column. */
  allStores: boolean;
  accounts: readonly Account[];
}

/** What a data screen needs to follow the store chosen in the status bar. */
export function useStoreScope(): StoreScope {
  const accounts = useAccounts((state) => state.value);
  const choice = useStoreChoice();
  return { userId: scopeUserId(accounts, choice), allStores: showsAllStores(accounts, choice), accounts: accounts ?? [] };
}

/** Where versions before the setting kept the choice (still there in the desktop app, whose origin is fixed). */
const OLD_CHOICE_KEY = 'mostrador.activeUserId';

/** Moves a choice left in page storage by an older version into the settings, once. */
function adoptOldChoice(): void {
  try {
    const old = Number(localStorage.getItem(OLD_CHOICE_KEY));
    localStorage.removeItem(OLD_CHOICE_KEY);
    if (Number.isInteger(old) && old > 0 && savedChoice() === null) void saveSettings({ activeUserId: old });
  } catch {
    // Storage blocked: there is nothing to move.
  }
}

export function followAccountChanges(): () => void {
  adoptOldChoice();
  const stopRemembering = useSettings.subscribe((state) => {
    const choice = state.value?.activeUserId;
    if (typeof choice === 'number') useLastSingle.setState({ userId: choice });
  });
  const stopListening = transport().on('accounts.changed', (accounts) => useAccounts.getState().receive(accounts));
  return () => {
    stopRemembering();
    stopListening();
  };
}

/** Subscribes to what the language follows here (the last single account is session state). */
export function subscribeLanguageAccount(listener: () => void): () => void {
  return useLastSingle.subscribe(listener);
}
