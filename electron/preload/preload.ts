import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, METHOD_NAMES, type MethodName } from '../../shared/api/channels.js';
import type { Api, MethodInput, MethodResult } from '../../shared/api/contract.js';
import { ApiError, unwrapEnvelope, type ApiErrorData, type Envelope } from '../../shared/api/errors.js';

// The sandboxed preload: exposes `window.itinera`, one function per API method, and nothing else.
// Each call goes to the main process over the method's channel and resolves with the value, or
// rejects with the error the backend gave (code, message and the field at fault).

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

function invoke<M extends MethodName>(name: M) {
  return async (input: MethodInput<M>): Promise<MethodResult<M>> => {
    try {
      // The page's language (the renderer keeps <html lang> current): errors come back in it.
      const locale = (globalThis as { document?: { documentElement?: { lang?: string } } }).document?.documentElement
        ?.lang;
      const envelope = (await ipcRenderer.invoke(CHANNELS[name], input, locale)) as Envelope<MethodResult<M>>;
      return unwrapEnvelope(envelope);
    } catch (error) {
      throw bridgeError(error);
    }
  };
}

// One function per method of the contract (built from its own list, so none can be missing).
const api = Object.fromEntries(METHOD_NAMES.map((name) => [name, invoke(name)])) as Api;

contextBridge.exposeInMainWorld('itinera', api);
