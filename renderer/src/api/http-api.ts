import type { Api } from '../../../shared/api/contract.js';
import { CHANGES_HEADER } from '../../../shared/api/changes.js';
import { CHANNELS, METHOD_NAMES, type MethodName } from '../../../shared/api/channels.js';
import { ApiError, unwrapEnvelope, type Envelope } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { apiMessages } from '../../../shared/i18n/messages/api.js';

// Serve mode: every API method is `POST /api/<channel>` with the input as JSON and the session
// token in a header; the answer is always an envelope. Its header names the latest change event
// (live lists): the call resolves once the change stream has handed that event on.

export interface HttpApiOptions {
  /** Where the API lives, e.g. the page's origin. */
  baseUrl: string;
  token: string | null;
  fetch?: typeof fetch;
  /** The change stream whose events the answers name (change-stream.ts). */
  changes?: { reached(seq: number): Promise<void> };
}

function isEnvelope(body: unknown): body is Envelope<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const ok = (body as { ok: unknown }).ok;
  if (ok === true) return 'value' in body;
  if (ok !== false || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

export function createHttpApi(options: HttpApiOptions): Api {
  const send = options.fetch ?? window.fetch.bind(window);

  async function call(name: MethodName, input: unknown): Promise<unknown> {
    const url = new URL(`/api/${CHANNELS[name]}`, options.baseUrl);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.token) headers['X-Itinera-Token'] = options.token;
    // The app's language (the renderer keeps <html lang> current): errors come back in it.
    if (typeof document !== 'undefined' && document.documentElement.lang) {
      headers['X-Itinera-Locale'] = document.documentElement.lang;
    }
    let response: Response;
    try {
      response = await send(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ApiError('internal', messageRef(apiMessages.unreachable, { detail }));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError(
        'internal',
        messageRef(apiMessages.noData, { status: String(response.status), statusText: response.statusText }),
      );
    }
    if (!isEnvelope(body)) {
      throw new ApiError('internal', messageRef(apiMessages.badAnswer, { status: String(response.status) }));
    }
    const seq = Number(response.headers.get(CHANGES_HEADER) ?? NaN);
    if (options.changes && Number.isSafeInteger(seq)) await options.changes.reached(seq);
    return unwrapEnvelope(body);
  }

  const api: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) api[name] = (input) => call(name, input);
  return api as Api;
}
