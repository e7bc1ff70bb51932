// The zod-free half of content languages (content-languages.ts): language codes and the texts of a
// feature in a language. The store reads projects through these without loading zod's schemas
// (a command's start: issue #12).

/** At most this many further languages per project, and translations per feature. */
export const MAX_CONTENT_LANGUAGES = 50;

/** Codes BCP 47 reserves for "no particular language": never a language of content. */
const NOT_LANGUAGES = new Set(['und', 'mul', 'zxx', 'mis']);

/**
 * The canonical form of a language code ("DE" → "de", "pt-br" → "pt-BR", "iw" → "he"), or null
 * when it is none: not BCP 47, a language subtag other than two or three letters (so OSM keys
 * such as name:signed or name:prefix are not languages), extensions or private use (-u-, -x-).
 */
export function canonicalLanguage(code: string): string | null {
  const trimmed = code.trim();
  if (trimmed.length === 0 || trimmed.length > 35) return null;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(trimmed)[0] ?? '';
  } catch {
    return null;
  }
  const subtags = canonical.split('-');
  const language = subtags[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language) || NOT_LANGUAGES.has(language)) return null;
  if (subtags.some((subtag) => subtag.length === 1)) return null;
  return canonical;
}

/** A name and description in one further language; an empty text has no translation (the primary shows). */
export interface Translation {
  name: string;
  description: string;
}

/** Translations by language code. */
export type Translations = Record<string, Translation>;

/** Translations to write: null removes one. */
export type TranslationChanges = Record<string, Translation | null>;

/** A project's languages: its primary one (null when not said) and the further ones. */
export interface ContentLanguages {
  primary: string | null;
  further: string[];
}

/** The project's languages as codes: the primary (when said), then the further ones. */
export function contentLanguageCodes(languages: ContentLanguages): string[] {
  return languages.primary === null ? [...languages.further] : [languages.primary, ...languages.further];
}

/** Whether a translation holds any text. */
export function hasText(translation: Translation | null | undefined): translation is Translation {
  return !!translation && (translation.name !== '' || translation.description !== '');
}

/**
 * A feature's name and description in `language`, each falling back to the primary text when it
 * has no translation (null or the primary language: the primary texts).
 */
export function localizedTexts(
  feature: { name: string; description: string; translations?: Translations | undefined },
  language: string | null,
): { name: string; description: string } {
  const translation = language === null ? undefined : feature.translations?.[language];
  return {
    name: translation?.name || feature.name,
    description: translation?.description || feature.description,
  };
}

/** The feature's name in `language`, the primary name when it has no translation. */
export function localizedName(
  feature: { name: string; translations?: Translations | undefined },
  language: string | null,
): string {
  return (language === null ? undefined : feature.translations?.[language]?.name) || feature.name;
}

/**
 * The same translations with texts made tidy (names trimmed) and the empty ones left out;
 * undefined when none is left (features without translations carry none in answers).
 */
export function compactTranslations(translations: Readonly<Record<string, Translation | null>> | undefined) {
  const kept: Translations = {};
  for (const [language, translation] of Object.entries(translations ?? {})) {
    if (hasText(translation)) kept[language] = translation;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
