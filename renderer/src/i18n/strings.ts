import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { en, type Strings } from './en.js';

// The strings the UI shows. One language for now; a second one is a module shaped like en.ts and a
// choice made here.
export const strings: Strings = en;

/** A message from the backend (an edit's name) as text. */
export function messageText(message: MessageRef | null): string | null {
  return message && createTranslator('en').t(message);
}
