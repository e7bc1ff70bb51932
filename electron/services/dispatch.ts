import {
  ApiError,
  contract,
  methodForChannel,
  parseInput,
  type Envelope,
  type MethodName,
} from '../../shared/api/contract.js';
import { messageRef } from '../../shared/i18n/define-messages.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales.js';
import { apiMessages } from '../../shared/i18n/messages/api.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import type { ProjectService } from './project-service.js';

// The single entry below both transports: find the method, validate the payload, run it, and wrap
// the answer in an envelope. Nothing reaches the store unvalidated. Errors are written in the
// caller's language (the transport passes it: a header in serve mode, the page's over IPC).

/** SQLite's "database is locked" after busy_timeout: another process holds the write lock. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

export type Dispatch = (channel: string, payload: unknown, locale?: Locale) => Promise<Envelope<unknown>>;

export function createDispatch(
  getService: () => ProjectService,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return async (channel, payload, locale = DEFAULT_LOCALE) => {
    const translator = createTranslator(locale);
    try {
      const name: MethodName | undefined = methodForChannel(channel);
      if (!name) throw new ApiError('unknown-method', messageRef(apiMessages.unknownMethod));
      const input = parseInput(name, payload);
      const method = getService()[name] as (input: unknown) => unknown;
      return { ok: true, value: await method(input) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toData(translator) };
      if (isBusy(error))
        return { ok: false, error: new ApiError('conflict', messageRef(apiMessages.busy)).toData(translator) };
      log(error);
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: new ApiError('internal', messageRef(apiMessages.internal, { detail })).toData(translator),
      };
    }
  };
}

export const ALL_CHANNELS = Object.values(contract).map((method) => method.channel);
