import { strings } from '../i18n/strings.js';

/** The message of anything thrown, for display as text. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return strings.unknownError;
}
