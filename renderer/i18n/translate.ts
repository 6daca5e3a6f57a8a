/**
 * The translate function as helpers outside components take it. The catalogue is large enough that
 * spelling i18next's fully typed `t` as a parameter type makes tsc give up (instantiation too deep), so
 * helpers take this plain signature; components pass their hook's `t` through `plainTranslate`. Keys
 * are still checked where components call `t` themselves, and every catalogue is checked by tests.
 */
import type { TFunction } from 'i18next';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function plainTranslate(t: TFunction): Translate {
  return (key, options) => String(options === undefined ? t(key as never) : t(key as never, options as never));
}
