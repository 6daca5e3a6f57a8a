/** Accounts as a capability: connecting, listing, removing, and the app credentials' status. */
import type { AppModule } from '../core/module';
import { createAccountsService, type AccountsService, type AccountsServiceDeps } from './accounts-service';

export interface AccountsModule extends AppModule {
  /** The service other capabilities use for bearer tokens (the API client). */
  service: AccountsService;
}

export function createAccountsModule(deps: AccountsServiceDeps): AccountsModule {
  const service = createAccountsService(deps);
  return {
    name: 'accounts',
    service,
    handlers: service.handlers,
    on: {
      // A changed app or API address: accounts signed in for another one must sign in again.
      'settings.changed': () => service.review(),
    },
    stop: () => service.close(),
  };
}
