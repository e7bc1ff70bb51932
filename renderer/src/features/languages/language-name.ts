import { languagesUiMessages as m } from '../../../../shared/i18n/messages/ui/languages.js';
import type { Translator } from '../../../../shared/i18n/translator.js';

// A content language as a person reads it: its name in the app's language (by Intl, which knows
// every language, not only the seven the app speaks) and its code, e.g. "Französisch (fr)".

const namers = new Map<string, Intl.DisplayNames | null>();

function namer(locale: string): Intl.DisplayNames | null {
  if (!namers.has(locale)) {
    let made: Intl.DisplayNames | null;
    try {
      // NOTE: the pseudo-locales (en-XA, ar-XB) name languages as English does.
      made = new Intl.DisplayNames([new Intl.Locale(locale).language], { type: 'language', fallback: 'none' });
    } catch {
      made = null;
    }
    namers.set(locale, made);
  }
  return namers.get(locale) ?? null;
}

/** The language's own name in the app's language, or its code when Intl knows no name for it. */
export function languageOnlyName(t: Translator, code: string): string {
  try {
    return namer(t.locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "French (fr)": the name and the code (several codes can share a name, e.g. regional variants). */
export function languageName(t: Translator, code: string): string {
  const name = languageOnlyName(t, code);
  return name === code ? code : t.t(m.languageWithCode, { name, code });
}
