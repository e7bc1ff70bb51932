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
