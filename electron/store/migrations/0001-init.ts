// Migration 0001: a GeoPackage 1.3 with Itinera's first slice of the model.
// Feature tables (places, quarters, routes) with RTree indexes; links and route stops as
// Related Tables Extension mapping tables (QGIS/GDAL see the relationships); settings as an
// attribute table; an FTS5 index over places kept current by triggers.

export const GEOPACKAGE_APPLICATION_ID = 0x47504b47; // "GPKG"
export const GEOPACKAGE_USER_VERSION = 10300; // GeoPackage 1.3.0

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],' +
  'AUTHORITY["EPSG","4326"]]';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

/** The RTree spatial index extension for one geometry column, with the GeoPackage 1.3 triggers. */
export function rtreeSql(table: string, column: string, id: string): string {
  const rtree = `rtree_${table}_${column}`;
  const values = `NEW.${id}, ST_MinX(NEW.${column}), ST_MaxX(NEW.${column}), ST_MinY(NEW.${column}), ST_MaxY(NEW.${column})`;
  return `
CREATE VIRTUAL TABLE ${rtree} USING rtree(id, minx, maxx, miny, maxy);
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('${table}', '${column}', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE TRIGGER ${rtree}_insert AFTER INSERT ON ${table}
  WHEN (new.${column} NOT NULL AND NOT ST_IsEmpty(NEW.${column}))
BEGIN
  INSERT OR REPLACE INTO ${rtree} VALUES (${values});
END;
CREATE TRIGGER ${rtree}_update1 AFTER UPDATE OF ${column} ON ${table}
  WHEN OLD.${id} = NEW.${id} AND (NEW.${column} NOTNULL AND NOT ST_IsEmpty(NEW.${column}))
BEGIN
  INSERT OR REPLACE INTO ${rtree} VALUES (${values});
END;
CREATE TRIGGER ${rtree}_update2 AFTER UPDATE OF ${column} ON ${table}
  WHEN OLD.${id} = NEW.${id} AND (NEW.${column} ISNULL OR ST_IsEmpty(NEW.${column}))
BEGIN
  DELETE FROM ${rtree} WHERE id = OLD.${id};
END;
CREATE TRIGGER ${rtree}_update3 AFTER UPDATE ON ${table}
  WHEN OLD.${id} != NEW.${id} AND (NEW.${column} NOTNULL AND NOT ST_IsEmpty(NEW.${column}))
BEGIN
  DELETE FROM ${rtree} WHERE id = OLD.${id};
  INSERT OR REPLACE INTO ${rtree} VALUES (${values});
END;
CREATE TRIGGER ${rtree}_update4 AFTER UPDATE ON ${table}
  WHEN OLD.${id} != NEW.${id} AND (NEW.${column} ISNULL OR ST_IsEmpty(NEW.${column}))
BEGIN
  DELETE FROM ${rtree} WHERE id IN (OLD.${id}, NEW.${id});
END;
CREATE TRIGGER ${rtree}_delete AFTER DELETE ON ${table}
  WHEN old.${column} NOT NULL
BEGIN
  DELETE FROM ${rtree} WHERE id = OLD.${id};
END;
`;
}

function featureTable(table: string, geometryType: string, description: string, columns: string): string {
  return `
CREATE TABLE ${table} (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  geom ${geometryType} NOT NULL,
  ${columns}
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('${table}', 'features', '${table}', '${description}', 4326);
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
  VALUES ('${table}', 'geom', '${geometryType}', 4326, 0, 0);
${rtreeSql(table, 'geom', 'id')}`;
}

function attributeTable(table: string, description: string): string {
  return `INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('${table}', 'attributes', '${table}', '${description}');`;
}

function relation(base: string, related: string, mappingTable: string): string {
  return `
INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, related_primary_column, relation_name, mapping_table_name)
  VALUES ('${base}', 'id', '${related}', 'id', 'features', '${mappingTable}');
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('${mappingTable}', NULL, 'related_tables', 'http://www.geopackage.org/18-000.html', 'read-write');`;
}

export const migration0001 = {
  id: 1,
  name: 'init',
  sql: `
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, '${WGS84_WKT}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (${NOW}),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);

CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);

CREATE TABLE gpkgext_relations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_table_name TEXT NOT NULL,
  base_primary_column TEXT NOT NULL DEFAULT 'id',
  related_table_name TEXT NOT NULL,
  related_primary_column TEXT NOT NULL DEFAULT 'id',
  relation_name TEXT NOT NULL,
  mapping_table_name TEXT NOT NULL UNIQUE
);
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('gpkgext_relations', NULL, 'related_tables', 'http://www.geopackage.org/18-000.html', 'read-write');

${featureTable(
  'places',
  'POINT',
  'Sites and actors of the cultural quarter',
  `name TEXT NOT NULL,
  category TEXT NOT NULL,
  sector TEXT,
  description TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',
  custom_fields TEXT NOT NULL DEFAULT '{}',
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  updated_at DATETIME NOT NULL DEFAULT (${NOW})`,
)}
${featureTable(
  'quarters',
  'POLYGON',
  'Cultural quarters, shared creative spaces and other areas',
  `name TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  updated_at DATETIME NOT NULL DEFAULT (${NOW})`,
)}
${featureTable(
  'routes',
  'LINESTRING',
  'Cultural routes (straight segments between stops)',
  `name TEXT NOT NULL,
  mode TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT (${NOW}),
  updated_at DATETIME NOT NULL DEFAULT (${NOW})`,
)}

CREATE TABLE links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  related_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT (${NOW})
);
CREATE INDEX links_base_id ON links(base_id);
CREATE INDEX links_related_id ON links(related_id);
${attributeTable('links', 'Links between places: base_id is the place the link starts from, related_id the other')}
${relation('places', 'places', 'links')}

CREATE TABLE route_stops (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL REFERENCES routes(id) ON DELETE CASCADE,
  related_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX route_stops_route ON route_stops(base_id, position);
CREATE INDEX route_stops_place ON route_stops(related_id);
${attributeTable('route_stops', 'Ordered stops of each route: base_id is the route, related_id the place')}
${relation('routes', 'places', 'route_stops')}

CREATE TABLE settings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL
);
${attributeTable('settings', 'Project settings (name, preferences)')}

CREATE VIRTUAL TABLE places_search USING fts5(
  name, description, address, tags,
  content='places', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER places_search_insert AFTER INSERT ON places BEGIN
  INSERT INTO places_search(rowid, name, description, address, tags)
    VALUES (new.id, new.name, new.description, new.address, new.tags);
END;
CREATE TRIGGER places_search_delete AFTER DELETE ON places BEGIN
  INSERT INTO places_search(places_search, rowid, name, description, address, tags)
    VALUES ('delete', old.id, old.name, old.description, old.address, old.tags);
END;
CREATE TRIGGER places_search_update AFTER UPDATE OF name, description, address, tags ON places BEGIN
  INSERT INTO places_search(places_search, rowid, name, description, address, tags)
    VALUES ('delete', old.id, old.name, old.description, old.address, old.tags);
  INSERT INTO places_search(rowid, name, description, address, tags)
    VALUES (new.id, new.name, new.description, new.address, new.tags);
END;
`,
};
