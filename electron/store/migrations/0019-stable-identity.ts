// Migration 0019: stable identity and the workspace's bookkeeping (issue #17).
// - Every shared feature gets a `uuid` (text, unique; version 7 from Itinera (uuid.ts), version 4 here): places, areas, routes
//   and their stops, links, groups and memberships, events and participants, custom field
//   definitions, attachments, annotations and their mapping tables, and the translations. Ids
//   stay the file's own (integers, as GeoPackage wants); the uuid is what a copy, an export or a
//   workspace knows a feature by.
// - SQLite cannot add a column whose default is random, so an AFTER INSERT trigger gives a row
//   written without one (by QGIS, GDAL or Itinera) its uuid, in pure SQL so every tool runs it;
//   the bulk import writes its uuids itself (places-bulk.ts) and the trigger does nothing there.
// - itinera_sync_state, itinera_sync_base, itinera_sync_conflicts: which workspace the project
//   syncs with (never a password) and the push on its way (the outbox: a push the workspace may
//   have applied when the laptop was cut off), each shared row as it was at the last sync (the
//   base of the three-way merge), and the fields both sides changed, until the user resolves them.

/** The tables whose rows a workspace shares, parents before children. */
export const IDENTIFIED_TABLES = [
  'places',
  'quarters',
  'routes',
  'route_stops',
  'links',
  'cluster_groups',
  'group_places',
  'group_quarters',
  'group_routes',
  'events',
  'event_participants',
  'custom_field_definitions',
  'places_translations',
  'quarters_translations',
  'routes_translations',
  'events_translations',
  'annotations',
  'places_annotations',
  'quarters_annotations',
  'routes_annotations',
  'events_annotations',
  'cluster_groups_annotations',
  'attachments',
  'places_attachments',
  'quarters_attachments',
  'routes_attachments',
  'events_attachments',
  'cluster_groups_attachments',
] as const;

/**
 * A version 4 UUID in SQLite's own SQL (GDAL and QGIS run the trigger too). NOTE: no subquery: an
 * uncorrelated subquery is evaluated once per statement, and every row of the backfill would get
 * the same uuid; randomblob() and random() in the expression are evaluated per row.
 */
export const SQL_UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

function identity(table: string): string {
  return `
ALTER TABLE ${table} ADD COLUMN uuid TEXT;
UPDATE ${table} SET uuid = ${SQL_UUID};
CREATE UNIQUE INDEX ${table}_uuid ON ${table}(uuid);
CREATE TRIGGER ${table}_uuid_insert AFTER INSERT ON ${table} WHEN NEW.uuid IS NULL
BEGIN
  UPDATE ${table} SET uuid = ${SQL_UUID} WHERE id = NEW.id;
END;`;
}

const attributes = (table: string, description: string) =>
  `INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('${table}', 'attributes', '${table}', '${description}');`;

export const migration0019 = {
  id: 19,
  name: 'stable-identity',
  sql: `
${IDENTIFIED_TABLES.map(identity).join('\n')}

CREATE TABLE itinera_sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  workspace TEXT NOT NULL,
  workspace_id TEXT NOT NULL,
  pulled_through INTEGER NOT NULL DEFAULT 0,
  last_sync TEXT,
  outbox TEXT
);
${attributes('itinera_sync_state', 'The workspace this project syncs with (its address without a password) and how far it has pulled')}

CREATE TABLE itinera_sync_base (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  uuid TEXT NOT NULL,
  version INTEGER NOT NULL,
  image TEXT NOT NULL,
  UNIQUE (table_name, uuid)
);
${attributes('itinera_sync_base', 'Each shared row as the workspace had it at the last sync: the base of the three-way merge')}

CREATE TABLE itinera_sync_conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name TEXT NOT NULL,
  uuid TEXT NOT NULL,
  field TEXT NOT NULL,
  mine TEXT,
  theirs TEXT,
  theirs_by TEXT NOT NULL DEFAULT '',
  detected_at TEXT NOT NULL,
  UNIQUE (table_name, uuid, field)
);
${attributes('itinera_sync_conflicts', 'Fields changed both here and in the workspace since the last sync, with both values, until resolved')}
`,
};
