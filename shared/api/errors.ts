// The error every API call can fail with, identical over IPC and HTTP. Dependency-free.

export type ApiErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'unknown-method' | 'internal';

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  /** Dotted path of the offending field, when one field is at fault. */
  field?: string;
}

/** What travels back over either transport: a value, or an error the renderer can show. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export class ApiError extends Error implements ApiErrorData {
  readonly code: ApiErrorCode;
  readonly field?: string;
  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
  toData(): ApiErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.field);
  }
}

/** Unwraps an envelope: the value, or the error thrown as an ApiError. */
export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw ApiError.fromData(envelope.error);
}
