/**
 * Sync as a capability: status, "Sync now" and cancel; polling starts with the app; a newly connected
 * account is synced at once; a changed interval setting reschedules the next poll.
 */
import type { Account } from '../../shared/contract';
import type { AppModule } from '../core/module';
import type { SyncService } from './sync-service';

export interface SyncModuleDeps {
  sync: SyncService;
  accounts: () => Account[];
  intervalMinutes: () => number;
  /** Start polling with the app (the app does; most tests do not). */
  autoSync: boolean;
}

export function createSyncModule(deps: SyncModuleDeps): AppModule {
  const { sync } = deps;
  let interval = deps.intervalMinutes();
  return {
    name: 'sync',
    handlers: {
      'sync.status': () => sync.status(),
      'sync.now': (input) => {
        const targets = deps.accounts().filter((account) => account.status === 'connected' && (input?.userId === undefined || account.userId === input.userId));
        // Failures are reported through sync.status; the call itself only starts the work.
        // The seller asked: every listing is compared with Mercado Libre, so changes made elsewhere show now.
        for (const account of targets) sync.syncAccount(account.userId, { forceFull: input?.full ?? false, checkAll: true }).catch(() => undefined);
        return { started: targets.map((account) => account.userId) };
      },
      'sync.cancel': (input) => ({ cancelled: sync.cancel(input?.userId) }),
    },
    on: {
      'accounts.connect.finished': (result) => {
        if (deps.autoSync && result.ok) sync.syncAccount(result.account.userId).catch(() => undefined);
      },
      'settings.changed': (settings) => {
        if (settings.syncIntervalMinutes !== interval) sync.reschedule();
        interval = settings.syncIntervalMinutes;
      },
    },
    start() {
      if (deps.autoSync) sync.start();
    },
    stop: () => sync.stop(),
  };
}
