import { LOCALES, isAppLocale, type AppLocale } from '../i18n/locales.js';
import { createTranslator } from '../i18n/translator.js';
import { typologyLabel, type TypologyList } from '../i18n/typology-labels.js';

// The typology's labels as files carry them. Exports write their *_label columns and GPX types in
// the project's primary content language (English when Itinera does not speak it); imports
// recognise a label in any of the app's seven languages beside the ids. From the message catalog,
// so they are the words the app shows a reader of that language.

/** The label of a typology entry in one language (its id when the typology does not know it). */
export type FileLabel = (list: TypologyList, id: string | number) => string;

const labellers = new Map<AppLocale, FileLabel>();

/** The language a file's labels are written in: the content language's base, if the app speaks it. */
export function fileLabelLocale(language: string | null | undefined): AppLocale {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return isAppLocale(base) ? base : 'en';
}

/** Labels in a project's primary content language (`de-CH` writes German; `cs` writes English). */
export function fileLabels(language: string | null | undefined): FileLabel {
  const locale = fileLabelLocale(language);
  let labeller = labellers.get(locale);
  if (labeller === undefined) {
    const translator = createTranslator(locale);
    const cache = new Map<string, string>();
    labeller = (list, id) => {
      const key = `${list}:${id}`;
      let label = cache.get(key);
      if (label === undefined) {
        label = typologyLabel(translator, list, id);
        cache.set(key, label);
      }
      return label;
    };
    labellers.set(locale, labeller);
  }
  return labeller;
}

/** Every spelling of an entry a file may carry: its label in each language, English first. */
export function labelSpellings(list: TypologyList, id: string | number): string[] {
  const spellings = LOCALES.map((locale) => fileLabels(locale)(list, id));
  return [...new Set(spellings)];
}
