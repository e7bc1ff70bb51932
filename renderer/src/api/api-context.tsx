import { createContext, useCallback, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Api } from '../../../shared/api/contract.js';
import { LOADING, type LiveQuery, type LiveState, type LiveStore } from './live-store.js';

const ApiContext = createContext<{ api: Api; live: LiveStore } | null>(null);

export function ApiProvider({ api, live, children }: { api: Api; live: LiveStore; children: ReactNode }) {
  return <ApiContext.Provider value={{ api, live }}>{children}</ApiContext.Provider>;
}

function useBackend() {
  const backend = useContext(ApiContext);
  if (!backend) throw new Error('useApi() needs an <ApiProvider> above it');
  return backend;
}

/** The one way components reach the backend. A write resolves once the lists it changed are read again. */
export function useApi(): Api {
  return useBackend().api;
}

/** The live lists' store (live-store.ts), for work that reads the latest lists outside of rendering. */
export function useLiveStore(): LiveStore {
  return useBackend().live;
}

const IDLE: LiveState<never> = LOADING;

/**
 * A live list: read when first shown, read again whenever a change event names one of its topics.
 * `null` shows nothing yet (the list is not wanted now): its state stays `loading`.
 */
export function useLiveQuery<T>(query: LiveQuery<T> | null): LiveState<T> {
  const live = useLiveStore();
  const key = query?.key ?? null;
  const latest = useRef(query);
  latest.current = query;
  const subscribe = useCallback(
    (onChange: () => void) => (key === null || !latest.current ? () => {} : live.watch(latest.current, onChange)),
    [live, key],
  );
  const snapshot = useCallback(() => (key === null ? IDLE : live.state<T>(key)), [live, key]);
  return useSyncExternalStore(subscribe, snapshot);
}

/**
 * A live list whose query changes with the user's input (a search text, a distance): while the
 * new one is first read, the previous one's data stays on screen (`data` and `previous: true`).
 */
export function useLiveQueryKeepingLast<T>(query: LiveQuery<T> | null): LiveState<T> & { previous: boolean } {
  const state = useLiveQuery(query);
  const last = useRef<T | undefined>(undefined);
  useEffect(() => {
    if (state.data !== undefined) last.current = state.data;
  }, [state.data]);
  if (state.status !== 'loading' || last.current === undefined) return { ...state, previous: false };
  return { ...state, data: last.current, previous: true };
}
