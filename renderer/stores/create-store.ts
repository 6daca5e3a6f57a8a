/**
 * The store factory: every concern (app info, settings, accounts, navigation…) gets its own small
 * zustand store, so a component re-renders only for the state it reads. `createRemoteStore` builds the
 * shape shared by state that mirrors one API method: loading / ready / error, `load()` and `receive()`.
 * Writes are plain functions next to each store (they call the API, then `receive` the answer).
 */
import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { ApiError } from '../../shared/errors';
import { call } from '../api/client';

export type Store<T> = UseBoundStore<StoreApi<T>>;

export function createStore<T extends object>(initializer: StateCreator<T>): Store<T> {
  return create<T>()(initializer);
}

export type RemoteStatus = 'loading' | 'ready' | 'error';

export interface RemoteState<T> {
  status: RemoteStatus;
  value: T | null;
  error: ApiError | null;
  /** Fetches the value again; a value already shown stays visible if the refresh fails. */
  load(): Promise<void>;
  /** Replaces the value (from an event or from a write's answer). */
  receive(value: T): void;
}

export function createRemoteStore<M extends MethodName>(method: M): Store<RemoteState<MethodOutput<M>>> {
  return createStore<RemoteState<MethodOutput<M>>>((set, get) => ({
    status: 'loading',
    value: null,
    error: null,
    async load() {
      const result = await call(method);
      if (result.ok) set({ status: 'ready', value: result.value, error: null });
      else set({ status: get().value === null ? 'error' : 'ready', error: result.error });
    },
    receive(value) {
      set({ status: 'ready', value, error: null });
    },
  }));
}
