import { DEFAULT_OSM_CATEGORY_RULES } from '../../../shared/codecs/osm/osm-category-defaults.js';

// Migration 0002: places from OpenStreetMap (issue #4).
// - places.osm_type / osm_id: where an imported place came from; one place per OSM object, so
//   importing a newer extract updates places instead of duplicating them.
// - places.edited_fields: the fields a user changed (JSON array of names, e.g. ["name",
//   "customFields.phone"]); a re-import never overwrites them.
// - osm_category_mapping: which OSM tags become which category, an attribute table users edit
//   (in Itinera or QGIS), filled with the defaults.
// NOTE: the defaults are written as they are when a file is created or upgraded; changing
// DEFAULT_OSM_CATEGORY_RULES later changes new files only. Existing files need a new migration
// (0014 brought them to the ESSnet-Culture classification; it keeps the rows of 0002 it replaced).

const quote = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);

const defaults = DEFAULT_OSM_CATEGORY_RULES.map(
  (rule) =>
    `(${quote(rule.key)}, ${quote(rule.value)}, ${quote(rule.requires)}, ${quote(rule.category)}, ${quote(rule.sector)}, ${rule.priority})`,
).join(',\n  ');

export const migration0002 = {
  id: 2,
  name: 'openstreetmap',
  sql: `
ALTER TABLE places ADD COLUMN osm_type TEXT CHECK (osm_type IN ('node', 'way', 'relation'));
ALTER TABLE places ADD COLUMN osm_id INTEGER;
ALTER TABLE places ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '[]';
CREATE UNIQUE INDEX places_osm_identity ON places(osm_type, osm_id) WHERE osm_id IS NOT NULL;

CREATE TABLE osm_category_mapping (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '*',
  requires TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL,
  sector TEXT,
  priority INTEGER NOT NULL DEFAULT 50,
  UNIQUE (key, value, requires)
);
INSERT INTO osm_category_mapping (key, value, requires, category, sector, priority) VALUES
  ${defaults};
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('osm_category_mapping', 'attributes', 'osm_category_mapping',
    'Which OpenStreetMap tags become which place category (value * = any; requires: key or key=value; category none = leave out; highest priority wins)');
`,
};
