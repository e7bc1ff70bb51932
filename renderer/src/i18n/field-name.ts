import { editUiMessages as m } from '../../../shared/i18n/messages/ui/edits.js';
import type { Translator } from '../../../shared/i18n/translator.js';

/**
 * A stored column's name in the reader's language, lower case ("start date"): a history entry's
 * changed fields, a sync conflict's field. A column this version has no name for: its own, readable.
 */
export function fieldName(t: Translator, field: string): string {
  const name = t.t(m.historyField, { field });
  return name === field ? field.replace(/_/g, ' ') : name;
}
