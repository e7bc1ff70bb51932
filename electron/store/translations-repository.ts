import type Database from 'better-sqlite3';
import {
  canonicalLanguage,
  hasText,
  type ContentLanguages,
  type TranslationChanges,
  type Translations,
} from '../../shared/model/language-texts.js';
import type { EditJournal } from './edit-journal.js';
import { TRANSLATION_TABLES } from './migrations/0013-content-languages.js';
import type { SettingsRepository } from './settings-repository.js';

// Names and descriptions in further languages (migration 0013): one row per feature and language
// in `<table>_translations`. Answers carry the translations of the project's further languages
// only; rows in other languages (an OSM import keeps every name:xx it finds) stay stored, unseen,
// until their language is added to the project. Writes go through the journal like every edit.

export type TranslatedTable = (typeof TRANSLATION_TABLES)[number]['owner'];

const PRIMARY_KEY = 'content.language';
const FURTHER_KEY = 'content.languages';

/** The project's languages as stored (codes another tool wrote badly are left out). */
export function readContentLanguages(settings: SettingsRepository): ContentLanguages {
  const primary = canonicalLanguage(settings.get(PRIMARY_KEY) ?? '');
  let stored: unknown = [];
  try {
    stored = JSON.parse(settings.get(FURTHER_KEY) ?? '[]');
  } catch {
    // NOTE: another program may have written plain text here; the project then has no further language.
  }
  const further: string[] = [];
  for (const code of Array.isArray(stored) ? stored : []) {
    const canonical = typeof code === 'string' ? canonicalLanguage(code) : null;
    if (canonical && canonical !== primary && !further.includes(canonical)) further.push(canonical);
  }
  return { primary, further };
}

export function writeContentLanguages(settings: SettingsRepository, languages: ContentLanguages): void {
  // An empty text reads as "not chosen" (as in projects made before languages were).
  settings.set(PRIMARY_KEY, languages.primary ?? '');
  settings.set(FURTHER_KEY, JSON.stringify(languages.further));
}

interface TranslationRow {
  id: number;
  feature: number;
  language: string;
  name: string;
  description: string;
}

export function createTranslationsRepository(
  db: Database.Database,
  owner: TranslatedTable,
  settings: SettingsRepository,
  journal?: EditJournal,
) {
  const { table, key } = TRANSLATION_TABLES.find((entry) => entry.owner === owner)!;
  const columns = `id, ${key} AS feature, language, name, description`;
  const statements = {
    ofFeature: db.prepare<[number], TranslationRow>(
      `SELECT ${columns} FROM ${table} WHERE ${key} = ? ORDER BY language`,
    ),
    inLanguages: db.prepare<[string], TranslationRow>(
      `SELECT ${columns} FROM ${table} WHERE language IN (SELECT value FROM json_each(?)) ORDER BY ${key}, language`,
    ),
    insert: db.prepare<[number, string, string, string]>(
      `INSERT INTO ${table} (${key}, language, name, description, uuid) VALUES (?, ?, ?, ?, itinera_uuid())`,
    ),
    update: db.prepare<[string, string, number]>(`UPDATE ${table} SET name = ?, description = ? WHERE id = ?`),
    remove: db.prepare<[number]>(`DELETE FROM ${table} WHERE id = ?`),
    counts: db.prepare<[], { language: string; count: number }>(
      `SELECT language, count(*) AS count FROM ${table} GROUP BY language`,
    ),
  };

  const shown = () => readContentLanguages(settings).further;

  function collect(rows: Iterable<TranslationRow>, wanted: ReadonlySet<string> | null): Translations | undefined {
    let translations: Translations | undefined;
    for (const row of rows) {
      if (wanted && !wanted.has(row.language)) continue;
      if (row.name === '' && row.description === '') continue;
      (translations ??= {})[row.language] = { name: row.name, description: row.description };
    }
    return translations;
  }

  return {
    table,
    /** A feature's translations in the project's further languages ('all': every stored language). */
    of(id: number, languages: readonly string[] | 'all' = shown()): Translations | undefined {
      if (languages !== 'all' && languages.length === 0) return undefined;
      return collect(statements.ofFeature.iterate(id), languages === 'all' ? null : new Set(languages));
    },
    /** Sets `translations` on each feature that has some in the project's further languages (in place). */
    attach<Feature extends { id: number; translations?: Translations }>(features: Feature[]): Feature[] {
      const languages = shown();
      if (languages.length === 0 || features.length === 0) return features;
      const byId = new Map<number, Translations>();
      for (const row of statements.inLanguages.iterate(JSON.stringify(languages))) {
        if (row.name === '' && row.description === '') continue;
        let translations = byId.get(row.feature);
        if (!translations) byId.set(row.feature, (translations = {}));
        translations[row.language] = { name: row.name, description: row.description };
      }
      if (byId.size === 0) return features;
      for (const feature of features) {
        const translations = byId.get(feature.id);
        if (translations) feature.translations = translations;
      }
      return features;
    },
    /**
     * Sets the languages named (a translation without text, or null, removes that language's row);
     * other languages stay. Each row written is reported to the journal first.
     */
    write(id: number, changes: TranslationChanges | undefined): void {
      if (!changes || Object.keys(changes).length === 0) return;
      const existing = new Map([...statements.ofFeature.iterate(id)].map((row) => [row.language, row]));
      for (const [language, translation] of Object.entries(changes)) {
        const row = existing.get(language);
        if (!hasText(translation)) {
          if (row) {
            journal?.trackDelete(table, row.id);
            statements.remove.run(row.id);
          }
        } else if (row) {
          if (row.name === translation.name && row.description === translation.description) continue;
          journal?.track(table, row.id);
          statements.update.run(translation.name, translation.description, row.id);
        } else {
          const result = statements.insert.run(id, language, translation.name, translation.description);
          journal?.created(table, Number(result.lastInsertRowid));
        }
      }
    },
    /** Bulk path for imports (not journaled: imports are not undo steps): new features' translations. */
    insertMany(entries: Iterable<[number, Translations | undefined]>): void {
      for (const [id, translations] of entries) {
        for (const [language, translation] of Object.entries(translations ?? {})) {
          if (hasText(translation)) statements.insert.run(id, language, translation.name, translation.description);
        }
      }
    },
    /** How many features have a translation, per stored language (shown or not). */
    counts(): Map<string, number> {
      return new Map(statements.counts.all().map((row) => [row.language, row.count]));
    },
  };
}
export type TranslationsRepository = ReturnType<typeof createTranslationsRepository>;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * For the GeoPackage export only: a `name:xx` and `description:xx` column per language on each
 * feature table (`title:xx` on events), filled from the translations (the primary language's
 * from the features' own texts), so QGIS and GDAL show and label by them as in the other export
 * formats. NOTE: a snapshot: Itinera itself reads the `*_translations` tables, so an exported
 * file edited in Itinera later keeps these columns as they were written.
 */
export function addLanguageColumns(db: Database.Database, languages: readonly string[], primary: string | null): void {
  for (const { table, owner, key } of TRANSLATION_TABLES) {
    const nameColumn = owner === 'events' ? 'title' : 'name';
    for (const language of languages) {
      for (const [field, source] of [
        [nameColumn, 'name'],
        ['description', 'description'],
      ] as const) {
        const column = quoted(`${field}:${language}`);
        db.exec(`ALTER TABLE ${owner} ADD COLUMN ${column} TEXT`);
        const value =
          language === primary
            ? field === nameColumn
              ? nameColumn
              : 'description'
            : `(SELECT NULLIF(t.${source}, '') FROM ${table} AS t WHERE t.${key} = ${owner}.id AND t.language = ?)`;
        const statement = db.prepare(`UPDATE ${owner} SET ${column} = ${value}`);
        if (language === primary) statement.run();
        else statement.run(language);
      }
    }
  }
}
