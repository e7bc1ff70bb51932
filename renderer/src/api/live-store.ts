import type { ChangeTopic } from '../../../shared/api/changes.js';
import type { Api } from '../../../shared/api/contract.js';
import type { ChangeSource } from './change-stream.js';

// Live lists: every list the page shows from the backend is a query that declares the topics it
// depends on (shared/api/changes.ts). The store keeps one cache per query (by key), reads it
// when someone first watches it, and reads it again when a change event names one of its topics,
// whoever made the change. Nothing else refreshes lists: a write's own event does.
// A list read again keeps showing its last value until the new one is in; an event during a
// read marks it to be read once more afterwards, so the last change is always seen and bursts
// of events cost at most one extra read per list. (Learnt from Actual Budget's liveQuery.)

export interface LiveQuery<T> {
  /** Names the list: queries with one key share one cache (and must read the same thing). */
  readonly key: string;
  readonly topics: readonly ChangeTopic[];
  read(api: Api): Promise<T>;
}

export function liveQuery<T>(
  key: string,
  topics: readonly ChangeTopic[],
  read: (api: Api) => Promise<T>,
): LiveQuery<T> {
  return { key, topics, read };
}

export interface LiveState<T> {
  /** The latest value read (kept while it is read again, and when a later read fails). */
  data: T | undefined;
  /** The latest read's error, cleared by the next read that succeeds. */
  error: unknown;
  /** `loading` until the first read ends; `failed` when it failed and nothing was read yet. */
  status: 'loading' | 'ready' | 'failed';
}

export const LOADING: LiveState<never> = Object.freeze({ data: undefined, error: null, status: 'loading' });

interface Entry {
  query: LiveQuery<unknown>;
  state: LiveState<unknown>;
  watchers: Set<() => void>;
  reading: boolean;
  /** A change came while reading: read again once this read ends. */
  stale: boolean;
}

export interface LiveStore {
  /** Watches a query (reading it when it is not cached yet); returns the function that stops. */
  watch<T>(query: LiveQuery<T>, onChange: () => void): () => void;
  /** The query's state now (the same object until it changes). */
  state<T>(key: string): LiveState<T>;
  /** Resolves once no list is being read (after a write: the lists its change event invalidated). */
  settled(): Promise<void>;
  /** Reads every watched list again (a retry after a failed load). */
  refreshAll(): void;
  /** Lets go of the change source. */
  close(): void;
}

export function createLiveStore(api: Api, changes: ChangeSource): LiveStore {
  const entries = new Map<string, Entry>();
  let idle: (() => void)[] = [];

  const busy = () => [...entries.values()].some((entry) => entry.reading);

  function settle(): void {
    if (busy()) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  }

  function set(entry: Entry, state: LiveState<unknown>): void {
    entry.state = state;
    for (const watcher of [...entry.watchers]) watcher();
  }

  function read(entry: Entry): void {
    if (entry.reading) {
      entry.stale = true;
      return;
    }
    entry.reading = true;
    entry.stale = false;
    const current = () => entries.get(entry.query.key) === entry;
    void (async () => {
      // NOTE: the first reads wait for the change stream, so no change can fall between them.
      await changes.ready;
      try {
        const data = await entry.query.read(api);
        if (current()) set(entry, { data, error: null, status: 'ready' });
      } catch (error) {
        if (current()) {
          const { data } = entry.state;
          set(entry, { data, error, status: data === undefined ? 'failed' : 'ready' });
        }
      } finally {
        entry.reading = false;
        if (entry.stale && current()) read(entry);
        else settle();
      }
    })();
  }

  const unsubscribe = changes.subscribe((topics) => {
    for (const entry of entries.values()) {
      if (entry.query.topics.some((topic) => topics.includes(topic))) read(entry);
    }
  });

  return {
    watch(query, onChange) {
      let entry = entries.get(query.key);
      if (!entry) {
        entry = { query, state: LOADING, watchers: new Set(), reading: false, stale: false };
        entries.set(query.key, entry);
        read(entry);
      }
      const watcher = () => onChange();
      entry.watchers.add(watcher);
      const watched = entry;
      return () => {
        watched.watchers.delete(watcher);
        // Nobody shows the list any more: let it go (a panel's attachments, the lean map answer).
        if (watched.watchers.size === 0 && entries.get(query.key) === watched) {
          entries.delete(query.key);
          settle();
        }
      };
    },
    state<T>(key: string) {
      return (entries.get(key)?.state ?? LOADING) as LiveState<T>;
    },
    settled() {
      if (!busy()) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
    refreshAll() {
      for (const entry of entries.values()) read(entry);
    },
    close() {
      unsubscribe();
      entries.clear();
      settle();
    },
  };
}
