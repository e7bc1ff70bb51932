import { isMessageRef, type MessageRef } from './define-messages.js';
import { createTranslator, type Translator } from './translator.js';

// An error whose text is a message: `message` is the English text (for logs and for callers that
// only read text), `detail` the message itself, for a reader in any language (the CLI, a dialog).

export class MessageError extends Error {
  readonly detail: MessageRef;
  constructor(detail: MessageRef) {
    super(createTranslator('en').t(detail));
    this.name = 'MessageError';
    this.detail = detail;
  }
}

/** The text of any error for this reader: its message in their language when it carries one. */
export function errorText(error: unknown, translator: Translator): string {
  const detail = (error as { detail?: unknown } | null)?.detail;
  if (isMessageRef(detail)) return translator.t(detail);
  return error instanceof Error ? error.message : String(error);
}
