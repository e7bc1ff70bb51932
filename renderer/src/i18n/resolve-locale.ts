import {
  isAppLocale,
  isLocale,
  matchLocale,
  PSEUDO_LOCALES,
  type AppLocale,
  type Locale,
} from '../../../shared/i18n/locales.js';

// Which language the page speaks: `?lang=xx` in the page address (tests; the only way to a
// pseudo-locale), else the language chosen in the language menu (kept by the backend), else the
// browser's languages. Numbers and dates follow the browser's first language when it is the same
// language (an en-GB browser keeps its day/month order in English).

export interface LocaleWishes {
  /** `?lang=` of the page address, if any. */
  urlLanguage: string | null;
  /** The language chosen in the language menu; null follows the browser (system) language. */
  preference: AppLocale | null;
  /** The browser's languages, best first (`navigator.languages`). */
  browserLanguages: readonly string[];
}

export interface ResolvedLocale {
  locale: Locale;
  /** The tag numbers and dates are formatted with (the translator keeps it only for the same language). */
  formattingLocale: string | undefined;
}

/** The locale a wish names, or null when Itinera does not speak it (`de-AT` → `de`; `xx` → null). */
export function spokenLocale(wish: string | null | undefined): Locale | null {
  if (!wish) return null;
  if (isLocale(wish)) return wish;
  const matched = matchLocale([wish]);
  // matchLocale falls back to English: only an English wish really means English.
  if (matched !== 'en') return matched;
  try {
    return new Intl.Locale(wish.replace(/_/g, '-')).language === 'en' ? 'en' : null;
  } catch {
    return null;
  }
}

export function resolveLocale(wishes: LocaleWishes): ResolvedLocale {
  const locale =
    spokenLocale(wishes.urlLanguage) ??
    (isAppLocale(wishes.preference) ? wishes.preference : null) ??
    // A browser started with a pseudo-locale (Chromium's --lang=en-XA) still gets a real language.
    matchLocale(wishes.browserLanguages.filter((wish) => !(PSEUDO_LOCALES as readonly string[]).includes(wish)));
  return { locale, formattingLocale: wishes.browserLanguages[0] };
}

/** `?lang=` of a page address, or null. */
export function urlLanguageOf(search: string): string | null {
  return new URLSearchParams(search).get('lang');
}
