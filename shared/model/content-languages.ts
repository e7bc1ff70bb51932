import { z } from 'zod';
import { languagesMessages as m } from '../i18n/messages/languages.js';
import { problem } from '../i18n/validation.js';
import { canonicalLanguage, MAX_CONTENT_LANGUAGES, type ContentLanguages } from './language-texts.js';

export * from './language-texts.js';

// Content in several languages (issue #11): a project has a primary language (the language of
// its features' own names and descriptions) and further languages; names and descriptions of
// places, areas, routes and events carry a translation per further language. A missing
// translation falls back to the primary text. Languages are BCP 47 codes, any language (not
// only the seven the app speaks), kept in canonical form ("pt-br" is stored as "pt-BR").

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
  }) satisfies z.ZodType<ContentLanguages, unknown>;
