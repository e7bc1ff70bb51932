import { createTranslator } from '../i18n/translator.js';
import { typologyLabel, type TypologyList } from '../i18n/typology-labels.js';

// The typology's labels as files carry them: in English for now (exports' *_label columns and
// GPX types; the spellings an import recognises beside the ids). From the message catalog, so
// they are the words the app shows an English reader. TODO(#11): exports in a chosen language.

const english = createTranslator('en');
const labels = new Map<string, string>();

/** The English label of a typology entry (its id when the typology does not know it). */
export function englishLabel(list: TypologyList, id: string | number): string {
  const key = `${list}:${id}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = typologyLabel(english, list, id);
    labels.set(key, label);
  }
  return label;
}
