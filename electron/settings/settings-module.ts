/** Settings as the API exposes them; every change is announced so windows and services follow it. */
import type { AppModule } from '../core/module';
import type { EventBus } from '../core/event-bus';
import type { SettingsStore } from './settings-store';

export function createSettingsModule(deps: { settings: SettingsStore; events: EventBus }): AppModule {
  return {
    name: 'settings',
    handlers: {
      'settings.get': () => deps.settings.get(),
      'settings.set': (patch) => {
        const next = deps.settings.set(patch);
        deps.events.emit('settings.changed', next);
        return next;
      },
    },
  };
}
