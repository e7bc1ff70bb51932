// Migration 0013: content in several languages (issue #11). Names and descriptions of places,
// areas (quarters), routes and events get a translation per further language of the project, one
// row per feature and language in an attribute table beside each feature table:
// `<table>_translations (id, <feature>_id, language, name, description)`. An event's title is
// its `name` here. Rows go with their feature (ON DELETE CASCADE, so the edit journal records
// them and undoing a delete brings them back); a QGIS user joins them on the feature id, filtered
// by language. Why rows, not a column per language: the schema stays the same whichever
// languages a project has (no ALTER TABLE on a user's choice, statements prepared once), and an
// OSM import can keep names in languages the project does not show yet. The project's languages
// live in `settings` (content.language: the primary, content.languages: the further ones as a
// JSON list); projects made before this migration have no primary language until one is chosen.

const TABLES = [
  { table: 'places', key: 'place_id', what: 'places' },
  { table: 'quarters', key: 'quarter_id', what: 'areas (quarters)' },
  { table: 'routes', key: 'route_id', what: 'routes' },
  { table: 'events', key: 'event_id', what: 'events (name is the title)' },
] as const;

export const TRANSLATION_TABLES = TABLES.map(({ table, key }) => ({
  table: `${table}_translations`,
  owner: table,
  key,
}));

export const migration0013 = {
  id: 13,
  name: 'content-languages',
  sql: TABLES.map(
    ({ table, key, what }) => `
CREATE TABLE ${table}_translations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ${key} INTEGER NOT NULL REFERENCES ${table}(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  UNIQUE (${key}, language)
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('${table}_translations', 'attributes', '${table}_translations',
    'Names and descriptions of ${what} in further languages: ${key} is the feature, language a BCP 47 code');`,
  ).join('\n'),
};
