import {
  ApiError,
  contract,
  methodForChannel,
  parseInput,
  type Envelope,
  type MethodName,
} from '../../../shared/api/contract.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/locales.js';
import { apiMessages } from '../../../shared/i18n/messages/api.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
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

/** What a method may know of its call besides the input: the caller's language. */
export interface CallContext {
  locale: Locale;
}

/** The implementation of a method: the app's own (preferences, projects) or the open project's. */
export type MethodImplementation = (name: MethodName) => (input: unknown, call: CallContext) => unknown;

/** Methods from the app's services first, then from the open project (which throws when none is open). */
export function implementationFrom(
  appServices: Partial<Record<MethodName, (input: never, call: never) => unknown>>,
  getService: () => ProjectService,
): MethodImplementation {
  return (name) => {
    const own = appServices[name];
    if (own) return own as (input: unknown, call: CallContext) => unknown;
    return getService()[name as keyof ProjectService] as (input: unknown) => unknown;
  };
}

export interface DispatchOptions {
  /** Runs after every call, answered or refused (the change feed looks for what it wrote). */
  afterCall?: () => void;
  log?: (error: unknown) => void;
}

export function createDispatch(
  implementation: MethodImplementation,
  { afterCall, log = console.error }: DispatchOptions = {},
): Dispatch {
  const call = answer(implementation, log);
  return async (channel, payload, locale) => {
    try {
      return await call(channel, payload, locale);
    } finally {
      try {
        afterCall?.();
      } catch (error) {
        // NOTE: the call's own answer stands; missing one change event is logged, not the call's failure.
        log(error);
      }
    }
  };
}

function answer(implementation: MethodImplementation, log: (error: unknown) => void): Dispatch {
  return async (channel, payload, locale = DEFAULT_LOCALE) => {
    const translator = createTranslator(locale);
    try {
      const name: MethodName | undefined = methodForChannel(channel);
      if (!name) throw new ApiError('unknown-method', messageRef(apiMessages.unknownMethod));
      const input = parseInput(name, payload);
      return { ok: true, value: await implementation(name)(input, { locale }) };
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
