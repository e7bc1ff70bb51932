import { ApiError } from '../../../shared/api/errors.js';
import { isMessageRef, messageRef, type MessageRef } from '../../../shared/i18n/define-messages.js';
import { commonMessages } from '../../../shared/i18n/messages/ui/common.js';
import type { Translator } from '../../../shared/i18n/translator.js';

// A status or error kept in state until it is shown: a message with its values (made into text
// where it is shown, so a later language switch shows it in the new language), or plain text
// from elsewhere (another program's error, a browser's reason), shown as it is.

export type Notice = MessageRef | string;

export function noticeText(t: Translator, notice: Notice): string {
  return typeof notice === 'string' ? notice : t.t(notice);
}

/** Why something failed: an API error's message as id and values when it has them. */
export function errorNotice(error: unknown): Notice {
  if (error instanceof ApiError && error.detail) return error.detail;
  if (isMessageRef(error)) return error;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return messageRef(commonMessages.unknownError);
}

/** The same as text in the translator's language. */
export function errorText(t: Translator, error: unknown): string {
  return noticeText(t, errorNotice(error));
}
