/** Sync as the API exposes it: status, "Sync now" and cancel. */
import type { Account } from '../../shared/contract';
import type { Handlers } from '../core/registry';
import type { SyncService } from './sync-service';

export type SyncHandlers = Pick<Handlers, 'sync.status' | 'sync.now' | 'sync.cancel'>;

export function createSyncHandlers(sync: SyncService, accounts: () => Account[]): SyncHandlers {
  return {
    'sync.status': () => sync.status(),
    'sync.now': (input) => {
      const targets = accounts().filter((account) => account.status === 'connected' && (input?.userId === undefined || account.userId === input.userId));
      // Failures are reported through sync.status; the call itself only starts the work.
      // The seller asked: every listing is compared with Mercado Libre, so changes made elsewhere show now.
      for (const account of targets) sync.syncAccount(account.userId, { forceFull: input?.full ?? false, checkAll: true }).catch(() => undefined);
      return { started: targets.map((account) => account.userId) };
    },
    'sync.cancel': (input) => ({ cancelled: sync.cancel(input?.userId) }),
  };
}
