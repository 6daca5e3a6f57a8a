/**
 * The message after a connection finished ("Connected as …"). It floats above the page, so it hides by
 * itself after a while (the account is in the status bar and Settings by then) or when dismissed.
 */
import type { SiteId } from '../../../shared/settings';
import { createStore } from '../../stores/create-store';

export interface AccountMessage {
  kind: 'connected';
  nickname: string;
  siteId: SiteId;
}

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
