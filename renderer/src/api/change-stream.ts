import { CHANGE_TOPICS, CHANGES_ROUTE, parseChangeEvent, type ChangeTopic } from '../../../shared/api/changes.js';
import { createEventStreamParser } from './server-sent-events.js';

// Serve mode's change events (live lists): `GET /events` read with fetch and a stream reader, the
// session token in the header as for API calls. It reconnects with a growing pause after an
// error; the server's `hello` names where a connection starts, and after a reconnection every
// topic counts as changed (events may have been missed meanwhile).

/** How long a call waits for the events its answer names (a stalled stream must not hang it). */
const DELIVERY_TIMEOUT_MS = 2000;
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

export type TopicsListener = (topics: readonly ChangeTopic[]) => void;

/** Where the page hears of changes, whichever the transport. */
export interface ChangeSource {
  subscribe(listener: TopicsListener): () => void;
  /** Resolves once the first connection is up (or failed): lists read after it miss no change. */
  readonly ready: Promise<void>;
}

export interface ChangeStream extends ChangeSource {
  /** Resolves once the events up to `seq` have been handed on (at once while disconnected). */
  reached(seq: number): Promise<void>;
  close(): void;
}

export interface ChangeStreamOptions {
  baseUrl: string;
  token: string | null;
  fetch?: typeof fetch;
  /** Timers, for tests. */
  setTimeout?: (run: () => void, milliseconds: number) => unknown;
}

export function openChangeStream(options: ChangeStreamOptions): ChangeStream {
  const send = options.fetch ?? window.fetch.bind(window);
  const later = options.setTimeout ?? ((run, milliseconds) => window.setTimeout(run, milliseconds));
  const listeners = new Set<TopicsListener>();
  const waiting = new Set<{ seq: number; resolve: () => void }>();
  let delivered: number | null = null;
  let connected = false;
  let connectedBefore = false;
  let closed = false;
  let retry = FIRST_RETRY_MS;
  let abort: AbortController | null = null;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  function hand(topics: readonly ChangeTopic[]): void {
    for (const listener of [...listeners]) {
      try {
        listener(topics);
      } catch (error) {
        console.error('A change listener failed:', error);
      }
    }
  }

  function release(all = false): void {
    for (const entry of waiting) {
      if (all || (delivered !== null && entry.seq <= delivered)) {
        waiting.delete(entry);
        entry.resolve();
      }
    }
  }

  function onMessage(event: string, data: string): void {
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch {
      return;
    }
    if (event === 'hello') {
      const seq = (value as { seq?: unknown }).seq;
      if (typeof seq !== 'number') return;
      delivered = seq;
      connected = true;
      retry = FIRST_RETRY_MS;
      // Back after a break: whatever changed meanwhile went unheard.
      if (connectedBefore) hand(CHANGE_TOPICS);
      connectedBefore = true;
      markReady();
      release();
    } else if (event === 'change') {
      const change = parseChangeEvent(value);
      if (!change) return;
      delivered = Math.max(delivered ?? 0, change.seq);
      hand(change.topics);
      release();
    }
  }

  async function connect(): Promise<void> {
    abort = new AbortController();
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (options.token) headers['X-Itinera-Token'] = options.token;
    const response = await send(new URL(CHANGES_ROUTE, options.baseUrl), {
      headers,
      cache: 'no-store',
      credentials: 'same-origin',
      signal: abort.signal,
    });
    if (!response.ok || !response.body) throw new Error(`The change stream answered ${response.status}.`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = createEventStreamParser(({ event, data }) => onMessage(event, data));
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(value);
    }
  }

  function run(): void {
    if (closed) return;
    connect()
      .catch(() => undefined)
      .finally(() => {
        // Ended or failed: nothing arrives until the next connection (its hello makes up for it).
        connected = false;
        release(true);
        markReady();
        if (closed) return;
        later(run, retry);
        retry = Math.min(retry * 2, LONGEST_RETRY_MS);
      });
  }
  run();

  return {
    ready,
    subscribe(listener) {
      const entry: TopicsListener = (topics) => listener(topics);
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    reached(seq) {
      if (!connected || (delivered !== null && seq <= delivered)) return Promise.resolve();
      return new Promise((resolve) => {
        const entry = { seq, resolve };
        waiting.add(entry);
        later(() => {
          if (waiting.delete(entry)) resolve();
        }, DELIVERY_TIMEOUT_MS);
      });
    },
    close() {
      closed = true;
      abort?.abort();
      release(true);
    },
  };
}
