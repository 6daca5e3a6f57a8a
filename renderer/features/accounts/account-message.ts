/**
 * The one message the accounts feature shows after something finished ("Connected as …", "Removed …,
 * access revoked or not"). It stays until the seller dismisses it or a newer message replaces it, so it
 * can be read at any pace.
 */
import type { SiteId } from '../../../shared/settings';
import { createStore } from '../../stores/create-store';

export type AccountMessage =
  | { kind: 'connected'; nickname: string; siteId: SiteId }
  | { kind: 'removed'; nickname: string; revoked: boolean };

interface AccountMessageState {
  message: AccountMessage | null;
  /** Bumped per message so a repeated message is announced again. */
  serial: number;
  dismiss(): void;
}

export const useAccountMessage = createStore<AccountMessageState>((set) => ({
  message: null,
  serial: 0,
  dismiss: () => set({ message: null }),
}));

export function showAccountMessage(message: AccountMessage): void {
  useAccountMessage.setState((state) => ({ message, serial: state.serial + 1 }));
}
