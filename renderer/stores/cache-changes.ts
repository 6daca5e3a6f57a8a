/**
 * Which kinds of saved data changed: one version per entity (orders, items, questions…), bumped by the
 * host's `cache.changed` events after each commit. A data screen watches only the entities it shows,
 * so a questions page does not re-read orders. While a sync streams pages in, versions move at most
 * every REFRESH_EVERY_MS (the first change shows at once, the last one always lands).
 */
import { CACHE_ENTITIES, type CacheEntity } from '../../shared/contract';
import { transport } from '../api/client';
import { createStore } from './create-store';

type Versions = Record<CacheEntity, number>;

const useCacheVersions = createStore<Versions>(() => Object.fromEntries(CACHE_ENTITIES.map((entity) => [entity, 0])) as Versions);

const REFRESH_EVERY_MS = 1_500;
let following = false;
let lastFlush = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const pending = new Set<CacheEntity>();

function flush(): void {
  timer = null;
  lastFlush = Date.now();
  const changed = [...pending];
  pending.clear();
  useCacheVersions.setState((versions) => Object.fromEntries(changed.map((entity) => [entity, versions[entity] + 1])));
}

function receive(entities: readonly CacheEntity[]): void {
  for (const entity of entities) pending.add(entity);
  if (timer !== null) return;
  timer = setTimeout(flush, Math.max(0, lastFlush + REFRESH_EVERY_MS - Date.now()));
}

/** Starts following `cache.changed` (once per window). */
export function followCacheChanges(): void {
  if (following) return;
  following = true;
  transport().on('cache.changed', (change) => receive(change.entities));
}

/** A number that changes whenever any of `entities` changed in the saved data. */
export function useCacheVersion(...entities: CacheEntity[]): number {
  followCacheChanges();
  return useCacheVersions((versions) => entities.reduce((sum, entity) => sum + versions[entity], 0));
}
