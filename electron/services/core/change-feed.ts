import type { ChangeEvent, ChangeTopic } from '../../../shared/api/changes.js';

// The backend's stream of change events (live lists, shared/api/changes.ts): one per backend
// (desktop app or serve process), whichever project is open, numbered without gaps. The
// transports carry it to the pages (IPC messages, Server-Sent Events) and name its latest number
// in every API answer.

export type ChangeListener = (event: ChangeEvent) => void;

export interface ChangeFeed {
  /** The number of the latest event (0 before the first). */
  seq(): number;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: ChangeListener): () => void;
  /** Publishes one event (nothing when `topics` is empty). */
  publish(topics: readonly ChangeTopic[]): void;
}

export interface ChangeFeedOptions {
  /** Told when the first listener comes and the last one goes (the project's watcher polls meanwhile). */
  onListening?(listening: boolean): void;
  /** Where a listener's error goes: it must not fail the write that published the event. */
  log?(error: unknown): void;
}

export function createChangeFeed({ onListening, log = console.error }: ChangeFeedOptions = {}): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let seq = 0;
  return {
    seq: () => seq,
    subscribe(listener) {
      // A function given twice is two subscriptions: wrap it, so each unsubscribe removes its own.
      const entry: ChangeListener = (event) => listener(event);
      listeners.add(entry);
      if (listeners.size === 1) onListening?.(true);
      return () => {
        if (!listeners.delete(entry)) return;
        if (listeners.size === 0) onListening?.(false);
      };
    },
    publish(topics) {
      if (topics.length === 0) return;
      seq += 1;
      const event: ChangeEvent = { seq, topics: [...topics] };
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          log(error);
        }
      }
    },
  };
}
