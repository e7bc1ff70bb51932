import { isMessageRef, type MessageRef } from '../i18n/define-messages.js';
import { createTranslator, type Translator } from '../i18n/translator.js';

// The error every API call can fail with, identical over IPC and HTTP. It carries its message as
// an id with values (a MessageRef); the text is made where it is shown, in the reader's language.
// `message` is that text in the caller's language (dispatch makes it from the locale of the call).

export type ApiErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'unknown-method' | 'internal';

export interface ApiErrorData {
  code: ApiErrorCode;
  /** The message in the language of the call. */
  message: string;
  /** The same message as id and values, for a reader that shows it in another language. */
  detail?: MessageRef;
  /** Dotted path of the offending field, when one field is at fault (for forms; never shown as such). */
  field?: string;
}

/** What travels back over either transport: a value, or an error the renderer can show. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

const english = () => createTranslator('en');

export class ApiError extends Error implements ApiErrorData {
  readonly code: ApiErrorCode;
  readonly field?: string;
  readonly detail?: MessageRef;
  /**
   * `message` is a MessageRef (shared/i18n/messages); a plain string is text from elsewhere
   * (another program's error) that stays as it is in every language.
   */
  constructor(code: ApiErrorCode, message: MessageRef | string, field?: string) {
    super(typeof message === 'string' ? message : english().t(message));
    this.name = 'ApiError';
    this.code = code;
    if (typeof message !== 'string') this.detail = message;
    if (field !== undefined) this.field = field;
  }
  /** The error as it travels, its message in the caller's language. */
  toData(translator?: Translator): ApiErrorData {
    const data: ApiErrorData = {
      code: this.code,
      message: this.detail && translator ? translator.t(this.detail) : this.message,
    };
    if (this.detail) data.detail = this.detail;
    if (this.field !== undefined) data.field = this.field;
    return data;
  }
  static fromData(data: ApiErrorData): ApiError {
    const error = new ApiError(data.code, isMessageRef(data.detail) ? data.detail : data.message, data.field);
    // Keep the text as the backend made it (the caller's language), not re-made in English.
    error.message = data.message;
    return error;
  }
}

/** Unwraps an envelope: the value, or the error thrown as an ApiError. */
export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw ApiError.fromData(envelope.error);
}
