import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, METHOD_NAMES, type MethodName } from '../../shared/api/channels.js';
import {
  CHANGES_IPC_CHANNEL,
  parseChangeEvent,
  type AnswerWithChanges,
  type ChangeEvent,
  type ChangesBridge,
} from '../../shared/api/changes.js';
import type { Api, MethodInput, MethodResult } from '../../shared/api/contract.js';
import { ApiError, unwrapEnvelope, type ApiErrorData } from '../../shared/api/errors.js';

// The sandboxed preload: exposes `window.itinera`, one function per API method, and
// `window.itineraChanges`, the backend's change events (live lists), and nothing else.
// Each call goes to the main process over the method's channel and resolves with the value, or
// rejects with the error the backend gave (code, message and the field at fault). A call
// resolves only once the change events published before its answer (its own writes among them)
// have reached the listeners, so the page can wait for the lists they invalidate.

/** How long a call waits for change events its answer names (a lost message must not hang it). */
const DELIVERY_TIMEOUT_MS = 2000;

/**
 * What a failed call rejects with: the ApiError's data as a plain object.
 * NOTE: contextBridge copies an Error into the page with its message only ("any custom properties
 * on the Error object will be lost"), so rejecting with the ApiError itself would drop `code` and
 * `field`. A plain object crosses intact; the renderer turns it back into its own ApiError
 * (renderer/src/api/create-api.ts, toApiError), as it must anyway: the page's ApiError class is
 * not the preload's.
 */
function bridgeError(error: unknown): ApiErrorData & { name: 'ApiError' } {
  if (error instanceof ApiError) return { name: 'ApiError', ...error.toData() };
  // IPC itself failed (no handler, main process gone): not the backend's answer.
  const message = error instanceof Error ? error.message : String(error);
  return { name: 'ApiError', code: 'internal', message };
}

// The change events, handed to the page's listeners in order.
const listeners = new Set<(event: ChangeEvent) => void>();
/** The latest event number handed on; null until this page's stream has a starting point. */
let delivered: number | null = null;
const waiting = new Set<{ seq: number; resolve: () => void }>();

function release(): void {
  for (const entry of waiting) {
    if (delivered !== null && entry.seq <= delivered) {
      waiting.delete(entry);
      entry.resolve();
    }
  }
}

function onChange(_event: unknown, value: unknown): void {
  const change = parseChangeEvent(value);
  if (!change) return;
  delivered = Math.max(delivered ?? 0, change.seq);
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      console.error('A change listener failed:', error);
    }
  }
  release();
}

/** Resolves once the events up to `seq` have reached the listeners (at once when none listens). */
function reached(seq: number | undefined): Promise<void> | undefined {
  if (seq === undefined || listeners.size === 0) return undefined;
  // The first answer after subscribing comes before this page wrote anything: events up to it
  // describe what the page reads next anyway. NOTE: events sent before the page subscribed
  // never arrive, so this is where its stream starts.
  if (delivered === null) delivered = seq;
  if (seq <= delivered) return undefined;
  return new Promise((resolve) => {
    const entry = { seq, resolve };
    waiting.add(entry);
    setTimeout(() => {
      if (waiting.delete(entry)) resolve();
    }, DELIVERY_TIMEOUT_MS);
  });
}

function invoke<M extends MethodName>(name: M) {
  return async (input: MethodInput<M>): Promise<MethodResult<M>> => {
    try {
      // The page's language (the renderer keeps <html lang> current): errors come back in it.
      const locale = (globalThis as { document?: { documentElement?: { lang?: string } } }).document?.documentElement
        ?.lang;
      const answer = (await ipcRenderer.invoke(CHANNELS[name], input, locale)) as AnswerWithChanges<MethodResult<M>>;
      await reached(answer.changes);
      return unwrapEnvelope(answer);
    } catch (error) {
      throw bridgeError(error);
    }
  };
}

// One function per method of the contract (built from its own list, so none can be missing).
const api = Object.fromEntries(METHOD_NAMES.map((name) => [name, invoke(name)])) as Api;

const changes = {
  subscribe(listener: (event: ChangeEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('subscribe() takes a function.');
    // NOTE: the IPC listener is added with the first subscriber, so nothing is kept for a page
    // that never listens.
    if (listeners.size === 0) {
      delivered = null;
      ipcRenderer.on(CHANGES_IPC_CHANNEL, onChange);
    }
    const entry = (event: ChangeEvent) => listener(event);
    listeners.add(entry);
    return () => {
      if (!listeners.delete(entry) || listeners.size > 0) return;
      ipcRenderer.removeListener(CHANGES_IPC_CHANNEL, onChange);
      // Nobody to deliver to: calls waiting for events need not wait.
      for (const { resolve } of waiting) resolve();
      waiting.clear();
    };
  },
} satisfies ChangesBridge;

contextBridge.exposeInMainWorld('itinera', api);
contextBridge.exposeInMainWorld('itineraChanges', changes);
