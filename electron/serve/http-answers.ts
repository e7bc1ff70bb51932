import crypto from 'node:crypto';
import type http from 'node:http';
import { ApiError, type ApiErrorCode } from '../../shared/api/errors.js';
import { messageRef, type MessageDescriptor, type MessageValues } from '../../shared/i18n/define-messages.js';
import { matchLocale, type Locale } from '../../shared/i18n/locales.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.js';

// How serve mode answers: the headers every answer carries, errors in the API's envelope and the
// caller's language, and the token check every route but the app's own files makes.

export const TOKEN_HEADER = 'x-itinera-token';
/** The app's language, sent with every call; without it, the browser's Accept-Language decides. */
export const LOCALE_HEADER = 'x-itinera-locale';

export const STATUS_BY_CODE: Record<string, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'unknown-method': 404,
  conflict: 409,
  internal: 500,
};

export const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};

export function send(
  response: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...COMMON_HEADERS,
    ...headers,
  });
  response.end(body);
}

/** An error answer in the envelope the API uses, its message in the caller's language. */
export function sendError(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: MessageDescriptor,
  values?: MessageValues,
): void {
  const error = new ApiError(code, messageRef(message, values)).toData(createTranslator(callerLocale(request)));
  send(response, status, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8');
}

export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** An ApiError a handler threw, answered in the envelope, its message in the caller's language. */
export function sendApiError(request: http.IncomingMessage, response: http.ServerResponse, error: ApiError): void {
  const body = JSON.stringify({ ok: false, error: error.toData(createTranslator(callerLocale(request))) });
  send(response, STATUS_BY_CODE[error.code] ?? 500, body, 'application/json; charset=utf-8');
}

/** The language errors are written in: the app's own choice, else the browser's. */
export function callerLocale(request: http.IncomingMessage): Locale {
  const chosen = request.headers[LOCALE_HEADER];
  const accepted = request.headers['accept-language'];
  return matchLocale([typeof chosen === 'string' ? chosen : undefined, ...(accepted ?? '').split(',')]);
}
