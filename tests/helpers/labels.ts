import type { MessageRef } from '../../shared/i18n/define-messages.js';
import { createTranslator } from '../../shared/i18n/translator.js';

/** An edit's name as an English reader sees it ("Move Gozzoburg"). */
export function english(message: MessageRef | null | undefined): string | null {
  return message ? createTranslator('en').t(message) : null;
}

/** Undo state or result with its labels as English text, for comparing with what a user reads. */
export function inEnglish<
  T extends { undoLabel?: MessageRef | null; redoLabel?: MessageRef | null; label?: MessageRef },
>(value: T) {
  return {
    ...value,
    ...('undoLabel' in value ? { undoLabel: english(value.undoLabel) } : {}),
    ...('redoLabel' in value ? { redoLabel: english(value.redoLabel) } : {}),
    ...('label' in value ? { label: english(value.label) } : {}),
  };
}
