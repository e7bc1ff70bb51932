import de from './locales/de.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import it from './locales/it.json';
import nl from './locales/nl.json';
import pt from './locales/pt.json';
import type { AppLocale } from './locales.js';

// The translations, one JSON file per language (id → ICU message), as translators' tools read
// and write them. English is the `defaultMessage` of each descriptor in messages/ (and
// locales/en.json, extracted from them for translators: npm run i18n:extract).

export type Catalog = Readonly<Record<string, string>>;

export const CATALOGS: Record<Exclude<AppLocale, 'en'>, Catalog> = { de, fr, it, es, pt, nl };

/**
 * A language's catalog (the translator asks when it is first made for that language).
 * NOTE: the command line's bundle and the import worker's replace this module with
 * electron/services/core/catalog-files.ts (scripts/build.mjs), which reads only the catalog asked
 * for, from dist/i18n/: a command starts without building the six of them (issue #12).
 */
export function catalogOf(locale: Exclude<AppLocale, 'en'>): Catalog {
  return CATALOGS[locale];
}
