import { canWrite, type ChangesBridge } from '../../../shared/api/changes.js';
import type { Api } from '../../../shared/api/contract.js';
import { CHANNELS, METHOD_NAMES, type MethodName } from '../../../shared/api/channels.js';
import { ApiError, type ApiErrorCode } from '../../../shared/api/errors.js';
import { isMessageRef } from '../../../shared/i18n/define-messages.js';
import { bridgeChangeSource } from './change-source.js';
import { openChangeStream, type ChangeSource } from './change-stream.js';
import { createHttpApi } from './http-api.js';
import { createLiveStore, type LiveStore } from './live-store.js';
import { readSessionToken } from './session-token.js';

// The renderer does not know which transport carries the API: Electron's preload exposes
// `window.itinera` and `window.itineraChanges`; in a browser (serve mode) the same methods go over
// HTTP to 127.0.0.1 and the change events stream from there. Either way a call resolves once
// the change events published before its answer reached the page, and a write once the lists
// they invalidated were read again: after `await api.createPlace(…)` the lists show the place.

declare global {
  interface Window {
    itinera?: Api;
    itineraChanges?: ChangesBridge;
  }
}

const ERROR_CODES: readonly ApiErrorCode[] = ['invalid-input', 'not-found', 'conflict', 'unknown-method', 'internal'];

/** Errors that crossed IPC lose their class; give every failure the same shape. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (typeof error === 'object' && error !== null) {
    const { code, message, field, detail } = error as {
      code?: unknown;
      message?: unknown;
      field?: unknown;
      detail?: unknown;
    };
    if (typeof message === 'string') {
      const knownCode = ERROR_CODES.includes(code as ApiErrorCode) ? (code as ApiErrorCode) : 'internal';
      // NOTE: Electron prefixes errors thrown in a handler with "Error invoking remote method ...".
      const cleaned = message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
      // The message as id and values too, so the page can show it again in another language.
      return ApiError.fromData({
        code: knownCode,
        message: cleaned,
        ...(isMessageRef(detail) ? { detail } : {}),
        ...(typeof field === 'string' ? { field } : {}),
      });
    }
  }
  return new ApiError('internal', String(error));
}

function withApiErrors(api: Api): Api {
  const wrapped: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const method = api[name] as (input: unknown) => Promise<unknown>;
    wrapped[name] = async (input) => {
      try {
        return await method(input);
      } catch (error) {
        throw toApiError(error);
      }
    };
  }
  return wrapped as Api;
}

/** Writes (every method but `…:get` and `…:query`) resolve once the live lists are read again. */
export function waitingForLiveLists(api: Api, live: Pick<LiveStore, 'settled'>): Api {
  const wrapped: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const method = api[name] as (input: unknown) => Promise<unknown>;
    wrapped[name] = canWrite(CHANNELS[name])
      ? async (input) => {
          try {
            return await method(input);
          } finally {
            // NOTE: a refused write may have changed something too (a stale undo leaves its stack).
            await live.settled();
          }
        }
      : method;
  }
  return wrapped as Api;
}

const NO_CHANGES: ChangeSource = { ready: Promise.resolve(), subscribe: () => () => {} };

/** The API for components (writes wait for the lists) and the live lists' store. */
export function connectBackend(): { api: Api; live: LiveStore } {
  let transport: Api;
  let changes: ChangeSource;
  if (window.itinera) {
    transport = window.itinera;
    changes = window.itineraChanges ? bridgeChangeSource(window.itineraChanges) : NO_CHANGES;
  } else {
    const token = readSessionToken();
    const stream = openChangeStream({ baseUrl: window.location.origin, token });
    transport = createHttpApi({ baseUrl: window.location.origin, token, changes: stream });
    changes = stream;
  }
  const api = withApiErrors(transport);
  // The store reads with the plain API: a list's own read never waits for other lists.
  const live = createLiveStore(api, changes);
  return { api: waitingForLiveLists(api, live), live };
}
