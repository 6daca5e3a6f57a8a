// The host is a list of capability modules: each method is answered by exactly one of them, listeners
// hear typed events, and the contract refuses two capabilities declaring the same name.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { events as contractEvents, methods } from '../../shared/contract';
import { mergeContracts } from '../../shared/contract/define';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { createEventBus } from '../../electron/core/event-bus';
import { composeModules, ModuleConflictError, type AppModule } from '../../electron/core/module';

const unused = () => {
  throw new Error('not used in these tests');
};

/** One module answering every contract method (the rest of these tests add a second). */
function everything(): AppModule {
  return { name: 'everything', handlers: Object.fromEntries(Object.keys(methods).map((name) => [name, unused])) };
}

describe('capability modules', () => {
  it('refuses two modules answering the same method, naming both', () => {
    const second: AppModule = { name: 'impostor', handlers: { 'orders.query': unused } };
    expect(() => composeModules([everything(), second], createEventBus())).toThrow(ModuleConflictError);
    expect(() => composeModules([everything(), second], createEventBus())).toThrow(/everything and impostor modules both answer orders\.query/);
  });

  it('refuses a set of modules that leaves a contract method unanswered', () => {
    const partial: AppModule = { name: 'partial', handlers: { 'settings.get': () => DEFAULT_SETTINGS } };
    expect(() => composeModules([partial], createEventBus())).toThrow(/No module answers .*orders\.query/);
  });

  it('delivers typed events to listeners, starts and stops each module once', async () => {
    const bus = createEventBus();
    const heard: number[] = [];
    const lifecycle: string[] = [];
    const listener: AppModule = {
      name: 'listener',
      handlers: {},
      on: { 'settings.changed': (settings) => heard.push(settings.syncIntervalMinutes) },
      start: () => lifecycle.push('start'),
      stop: () => {
        lifecycle.push('stop');
      },
    };
    const composed = composeModules([everything(), listener], bus);
    composed.start();
    bus.emit('settings.changed', { ...DEFAULT_SETTINGS, syncIntervalMinutes: 7 });
    bus.emit('sync.progress', { userId: 1, step: 'orders', done: 1, total: null });
    await composed.stop();
    bus.emit('settings.changed', { ...DEFAULT_SETTINGS, syncIntervalMinutes: 9 });
    expect(heard).toEqual([7]);
    expect(lifecycle).toEqual(['start', 'stop']);
  });

  it('keeps one broken listener from stopping the others', () => {
    const bus = createEventBus();
    const heard: string[] = [];
    bus.on('cache.changed', () => {
      throw new Error('a closed window');
    });
    bus.on('cache.changed', (change) => heard.push(change.entities.join()));
    bus.subscribe((name) => heard.push(name));
    bus.emit('cache.changed', { userId: 1, entities: ['orders', 'items'] });
    expect(heard).toEqual(['orders,items', 'cache.changed']);
  });
});

describe('contract per capability', () => {
  const spec = { summary: 's', input: z.object({}), output: z.null() };

  it('merges the capabilities into one registry with every method and event', () => {
    expect(Object.keys(methods)).toEqual(expect.arrayContaining(['app.info', 'orders.query', 'listings.description', 'questions.query', 'sync.now']));
    expect(Object.keys(contractEvents)).toEqual(expect.arrayContaining(['cache.changed', 'sync.progress', 'settings.changed']));
  });

  it('refuses a name declared by two capabilities, at compile time and at load', () => {
    // @ts-expect-error — 'orders.query' is declared by both parts: the merge does not compile.
    expect(() => mergeContracts({ orders: { 'orders.query': spec }, questions: { 'orders.query': spec } })).toThrow(
      /"orders\.query" is declared by both orders and questions/,
    );
    expect(Object.keys(mergeContracts({ a: { 'a.one': spec }, b: { 'b.one': spec } }))).toEqual(['a.one', 'b.one']);
  });
});
