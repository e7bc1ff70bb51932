// Migration 0004: attachments and annotations on features (issue #3), as the GeoPackage Related
// Tables Extension stores them, so GDAL and QGIS see the relationships:
// - `attachments`: a media table (id, data, content_type as the extension requires, plus file
//   name, size, caption, a small thumbnail and the creation time). Metadata columns come before
//   the blobs: SQLite reads a row's columns in order, so listing skips the blobs' overflow pages.
// - `annotations`: an attribute table (text, author, date, source or citation).
// - one mapping table per feature table and related table (`places_attachments`, …), each
//   registered in gpkgext_relations (relation 'media' or 'attributes') and gpkg_extensions.
// Mapping rows go with their feature or their attachment (ON DELETE CASCADE).

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export function mappingTable(base: string, related: string, relationName: string, description: string): string {
  const table = `${base}_${related}`;
  return `
CREATE TABLE ${table} (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL REFERENCES ${base}(id) ON DELETE CASCADE,
  related_id INTEGER NOT NULL REFERENCES ${related}(id) ON DELETE CASCADE,
  UNIQUE (base_id, related_id)
);
CREATE INDEX ${table}_related_id ON ${table}(related_id);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('${table}', 'attributes', '${table}', '${description}');
INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, related_primary_column, relation_name, mapping_table_name)
  VALUES ('${base}', 'id', '${related}', 'id', '${relationName}', '${table}');
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('${table}', NULL, 'related_tables', 'http://www.geopackage.org/18-000.html', 'read-write');`;
}

// NOTE: fixed here (not read from ANNOTATED_FEATURE_TABLES): a migration must write the same
// schema forever; feature tables added later get their mapping tables in a later migration.
const featureTables = ['places', 'quarters', 'routes'];

export const migration0004 = {
  id: 4,
  name: 'attachments-annotations',
  sql: `
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  content_type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL,
  caption TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  thumbnail_content_type TEXT,
  thumbnail BLOB,
  data BLOB NOT NULL
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('attachments', 'attributes', 'attachments',
    'Photos and documents attached to places, quarters and routes (Related Tables media table; content_type read from the bytes)');

CREATE TABLE annotations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  text TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  updated_at DATETIME NOT NULL DEFAULT (${NOW})
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('annotations', 'attributes', 'annotations',
    'Notes on places, quarters and routes: text, author, date, source or citation');
${featureTables
  .map((table) =>
    mappingTable(
      table,
      'attachments',
      'media',
      `Attachments of ${table}: base_id is the feature, related_id the attachment`,
    ),
  )
  .join('\n')}
${featureTables
  .map((table) =>
    mappingTable(
      table,
      'annotations',
      'attributes',
      `Annotations of ${table}: base_id is the feature, related_id the annotation`,
    ),
  )
  .join('\n')}
`,
};
