import { z } from 'zod';
import { languagesMessages as m } from '../i18n/messages/languages.js';
import { problem } from '../i18n/validation.js';

// Content in several languages (issue #11): a project has a primary language (the language of
// its features' own names and descriptions) and further languages; names and descriptions of
// places, areas, routes and events carry a translation per further language. A missing
// translation falls back to the primary text. Languages are BCP 47 codes, any language (not
// only the seven the app speaks), kept in canonical form ("pt-br" is stored as "pt-BR").

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

export const LanguageCodeSchema = z
  .string()
  .max(35)
  .superRefine((code, context) => {
    if (canonicalLanguage(code) === null) {
      context.addIssue({ code: 'custom', message: problem(m.notLanguageCode, { code }) });
    }
  })
  .transform((code) => canonicalLanguage(code) as string);

/** A name and description in one further language; an empty text has no translation (the primary shows). */
export const TranslationSchema = z
  .object({
    name: z.string().trim().max(200).default(''),
    description: z.string().max(20_000).default(''),
  })
  .strict();
export type Translation = z.output<typeof TranslationSchema>;

/** Translations by language code. */
export type Translations = Record<string, Translation>;

/** Keys checked as language codes (the issue names the key), then made canonical. */
function languageKeyed<Value extends z.ZodType>(value: Value) {
  return z
    .record(z.string(), value)
    .superRefine((record, context) => {
      const keys = Object.keys(record);
      if (keys.length > MAX_CONTENT_LANGUAGES) {
        context.addIssue({ code: 'too_big', origin: 'array', maximum: MAX_CONTENT_LANGUAGES, input: keys });
      }
      const seen = new Set<string>();
      for (const key of keys) {
        const canonical = canonicalLanguage(key);
        if (canonical === null) {
          context.addIssue({ code: 'custom', path: [key], message: problem(m.notLanguageCode, { code: key }) });
        } else if (seen.has(canonical)) {
          context.addIssue({ code: 'custom', path: [key], message: problem(m.repeatedLanguage, { code: canonical }) });
        }
        seen.add(canonical ?? key);
      }
    })
    .transform(
      (record) =>
        Object.fromEntries(
          Object.entries(record).map(([key, entry]) => [canonicalLanguage(key) as string, entry]),
        ) as Record<string, z.output<Value>>,
    );
}

/** A new feature's translations. */
export const TranslationsSchema = languageKeyed(TranslationSchema);

/**
 * An edit's translations: each language named is set (both texts empty: removed, null: removed);
 * languages not named are left as they are.
 */
export const TranslationChangesSchema = languageKeyed(TranslationSchema.nullable());
export type TranslationChanges = Record<string, Translation | null>;

/** The project's languages: the primary (null: not set, in projects made before issue #11) and the further ones. */
export const ContentLanguagesSchema = z
  .object({
    primary: LanguageCodeSchema.nullable(),
    further: z.array(LanguageCodeSchema).max(MAX_CONTENT_LANGUAGES),
  })
  .strict()
  .superRefine((languages, context) => {
    const seen = new Set<string>();
    languages.further.forEach((code, index) => {
      if (code === languages.primary) {
        context.addIssue({
          code: 'custom',
          path: ['further', index],
          message: problem(m.primaryAmongFurther, { code }),
        });
      } else if (seen.has(code)) {
        context.addIssue({ code: 'custom', path: ['further', index], message: problem(m.repeatedLanguage, { code }) });
      }
      seen.add(code);
    });
  });
export type ContentLanguages = z.output<typeof ContentLanguagesSchema>;

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
