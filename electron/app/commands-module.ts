/**
 * `shell.run`: the menu's screen commands through the local API. Main emits `shell.command` to every
 * window, as the desktop menu does, so a script (or a test in browser mode, which has no application
 * menu) reaches the same code path the seller's menu click takes.
 */
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';

export function createCommandsModule(deps: { events: EventBus }): AppModule {
  return {
    name: 'commands',
    handlers: {
      'shell.run': (command) => {
        deps.events.emit('shell.command', command);
        return { sent: true as const };
      },
    },
  };
}
