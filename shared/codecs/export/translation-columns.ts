import { contentLanguageCodes, type ContentLanguages, type Translations } from '../../model/content-languages.js';

// Names and descriptions per language as columns, the way OpenStreetMap writes them:
// `name:de`, `name:fr`, `description:de`, ... (GeoJSON properties, CSV and GeoPackage columns).
// The primary language's columns hold the features' own texts, so each language's column is
// complete; a further language's column is empty (null) where there is no translation, and the
// reader falls back to `name` as the app does. Without a primary language (projects from before
// languages were chosen) only the further languages get columns.

/**
 * The languages an export writes columns for: the primary (when known), then the further ones;
 * none for a project without further languages (its `name` is all there is: no copy as name:xx).
 */
export function exportLanguages(languages: ContentLanguages | undefined): string[] {
  if (!languages || languages.further.length === 0) return [];
  return contentLanguageCodes(languages);
}

/** `name:xx` for every language, then `description:xx` (`title:xx` for events: `field` names it). */
export function translationColumns(languages: readonly string[], field = 'name'): string[] {
  return [
    ...languages.map((language) => `${field}:${language}`),
    ...languages.map((language) => `description:${language}`),
  ];
}

/** A feature's texts per language, as the columns of translationColumns. */
export function translationAttributes(
  feature: { name: string; description: string; translations?: Translations | undefined },
  languages: readonly string[],
  primary: string | null,
  field = 'name',
): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const language of languages) {
    attributes[`${field}:${language}`] =
      language === primary ? feature.name : feature.translations?.[language]?.name || null;
  }
  for (const language of languages) {
    attributes[`description:${language}`] =
      language === primary ? feature.description : feature.translations?.[language]?.description || null;
  }
  return attributes;
}
