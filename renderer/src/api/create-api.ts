import type { Api } from '../../../shared/api/contract.js';
import { METHOD_NAMES, type MethodName } from '../../../shared/api/channels.js';
import { ApiError, type ApiErrorCode } from '../../../shared/api/errors.js';
import { isMessageRef } from '../../../shared/i18n/define-messages.js';
import { createHttpApi } from './http-api.js';
import { readSessionToken } from './session-token.js';

// The renderer does not know which transport carries the API: Electron's preload exposes
// `window.itinera`; in a browser (serve mode) the same methods go over HTTP to 127.0.0.1.

declare global {
  interface Window {
    itinera?: Api;
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

export function createApi(): Api {
  const bridge = window.itinera;
  if (bridge) return withApiErrors(bridge);
  return withApiErrors(createHttpApi({ baseUrl: window.location.origin, token: readSessionToken() }));
}
