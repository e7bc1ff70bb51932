// Migration 0005: the cultural quarter workspace (issue #3).
// - links get a start date and a strength (1-5, see LINK_STRENGTHS in typology.ts).
// - cluster_groups: the cluster levels (quarter, regional cluster, cultural route, international
//   network) as nestable groups; members are places (group_places) and areas (group_quarters),
//   both Related Tables mapping tables, so QGIS/GDAL see the relationships.
// - events: soft infrastructure in time (title, kind, dates, venue place); participating actors in
//   event_participants (a mapping table events -> places).
// - custom_field_definitions: the fields a user defined per category; values stay in
//   places.custom_fields (JSON, keyed by the field's name, as the free fields always were).
// - itinera_operations / itinera_history: the edit journal behind undo, redo and the per-feature
//   history (electron/services/edit-service.ts). Written by Itinera, not by triggers: another tool
//   editing the file simply leaves no history.
// Every attribute table has an INTEGER PRIMARY KEY and is registered in gpkg_contents; each
// relation is registered per mapping table (validate_gpkg, GDAL's GetRelationshipNames).

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

function attributeTable(table: string, description: string): string {
  return `INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('${table}', 'attributes', '${table}', '${description}');`;
}

function mappingTable(table: string, base: string, related: string, description: string): string {
  return `
CREATE TABLE ${table} (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL REFERENCES ${base}(id) ON DELETE CASCADE,
  related_id INTEGER NOT NULL REFERENCES ${related}(id) ON DELETE CASCADE,
  UNIQUE (base_id, related_id)
);
CREATE INDEX ${table}_related_id ON ${table}(related_id);
${attributeTable(table, description)}
INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, related_primary_column, relation_name, mapping_table_name)
  VALUES ('${base}', 'id', '${related}', 'id', 'features', '${table}');
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('${table}', NULL, 'related_tables', 'http://www.geopackage.org/18-000.html', 'read-write');`;
}

export const migration0005 = {
  id: 5,
  name: 'workspace',
  sql: `
ALTER TABLE links ADD COLUMN start_date TEXT;
ALTER TABLE links ADD COLUMN strength INTEGER CHECK (strength BETWEEN 1 AND 5);
ALTER TABLE links ADD COLUMN updated_at DATETIME;

CREATE TABLE cluster_groups (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_id INTEGER REFERENCES cluster_groups(id) ON DELETE SET NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  updated_at DATETIME NOT NULL DEFAULT (${NOW})
);
CREATE INDEX cluster_groups_parent ON cluster_groups(parent_id);
${attributeTable('cluster_groups', 'Cluster groups: quarter, regional cluster, cultural route or international network; parent_id nests them')}
${mappingTable('group_places', 'cluster_groups', 'places', 'Places that belong to a cluster group: base_id is the group, related_id the place')}
${mappingTable('group_quarters', 'cluster_groups', 'quarters', 'Areas that belong to a cluster group: base_id is the group, related_id the area')}

CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  venue_place_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  updated_at DATETIME NOT NULL DEFAULT (${NOW})
);
CREATE INDEX events_venue ON events(venue_place_id);
${attributeTable('events', 'Events (soft infrastructure): workshops, festivals, open studios, exchanges; dates as YYYY-MM-DD')}
${mappingTable('event_participants', 'events', 'places', 'Actors taking part in an event: base_id is the event, related_id the place')}

CREATE TABLE custom_field_definitions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  category TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice', 'boolean', 'url')),
  options TEXT NOT NULL DEFAULT '[]',
  position INTEGER NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  updated_at DATETIME NOT NULL DEFAULT (${NOW}),
  UNIQUE (category, name)
);
${attributeTable('custom_field_definitions', 'Custom fields per place category: name, type (text, number, date, choice, boolean, url), options of a choice (JSON)')}

CREATE TABLE itinera_operations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
  state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded')),
  target_id INTEGER REFERENCES itinera_operations(id),
  created_at DATETIME NOT NULL DEFAULT (${NOW})
);
CREATE INDEX itinera_operations_stack ON itinera_operations(kind, state, id);
${attributeTable('itinera_operations', 'Edits made in Itinera (one per user action), undos and redos of them')}

CREATE TABLE itinera_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  operation_id INTEGER NOT NULL REFERENCES itinera_operations(id),
  table_name TEXT NOT NULL,
  row_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  changed_fields TEXT NOT NULL DEFAULT '[]',
  before TEXT,
  after TEXT,
  created_at DATETIME NOT NULL DEFAULT (${NOW})
);
CREATE INDEX itinera_history_row ON itinera_history(table_name, row_id);
CREATE INDEX itinera_history_operation ON itinera_history(operation_id);
${attributeTable('itinera_history', 'What changed, when: one row per changed row of an operation, with the row before and after (JSON; blobs as base64)')}
`,
};
