// The languages Itinera speaks, and how a wish (a browser's languages, LANG, --lang) becomes one.

/** The seven languages of the app, in the order the language menu lists them. */
export const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'pt', 'nl'] as const;
export type AppLocale = (typeof LOCALES)[number];

/**
 * Pseudo-locales for tests only (never in the language menu): `en-XA` makes every text about 40%
 * longer and accented, so cut or overflowing text shows; `ar-XB` is the same text right-to-left.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];
export type Locale = AppLocale | PseudoLocale;

/** Each language's name in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
  nl: 'Nederlands',
};

export const DEFAULT_LOCALE: AppLocale = 'en';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isLocale(value: unknown): value is Locale {
  return isAppLocale(value) || (typeof value === 'string' && (PSEUDO_LOCALES as readonly string[]).includes(value));
}

export function isRightToLeft(locale: Locale): boolean {
  return locale === 'ar-XB';
}

/** `de_AT.UTF-8` (POSIX LANG), `de-AT` or `DE` as a BCP 47 tag, or null when it is none. */
function canonicalTag(wish: string): string | null {
  const tag = wish
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  if (tag === '' || tag === 'C' || tag === 'POSIX') return null;
  try {
    return new Intl.Locale(tag).toString();
  } catch {
    return null;
  }
}

/**
 * The first of the wishes Itinera speaks, by language (`de-AT` → `de`, `pt-BR` → `pt`); a
 * pseudo-locale only when asked for by its exact name; English when none matches.
 */
export function matchLocale(wishes: readonly (string | null | undefined)[] | string | null | undefined): Locale {
  const list = typeof wishes === 'string' ? wishes.split(/[,:]/) : (wishes ?? []);
  for (const wish of list) {
    if (!wish) continue;
    const bare = wish.split(';')[0]!.trim();
    if (isLocale(bare)) return bare;
    const tag = canonicalTag(bare);
    if (!tag) continue;
    if (isLocale(tag)) return tag;
    const language = new Intl.Locale(tag).language;
    if (isAppLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

/** The language wished for by a POSIX environment (LC_ALL, LC_MESSAGES, LANGUAGE, LANG, as gettext reads them). */
export function localeFromEnvironment(environment: Record<string, string | undefined>): Locale {
  const wishes = [
    environment.LC_ALL,
    environment.LC_MESSAGES,
    ...(environment.LANGUAGE ?? '').split(':'),
    environment.LANG,
  ];
  return matchLocale(wishes.filter((wish) => wish && wish !== 'C' && wish !== 'POSIX'));
}
