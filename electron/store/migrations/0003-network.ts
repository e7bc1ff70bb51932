import { rtreeSql } from './0001-init.js';

// Migration 0003: the walking and cycling network from OpenStreetMap (issue #4), for routing.
// Two feature tables QGIS shows as layers: network_nodes (POINT; the id is the OSM node id of a
// junction or way end) and network_edges (LINESTRING between two of them, along the way).
// Each OSM import replaces both tables whole: they hold what the last extract said, nothing a
// user edits. No foreign keys: a router loads both tables at once, and other tools editing the
// file (QGIS) need not know an order to delete in.

function featureTable(table: string, geometryType: string, description: string): string {
  return `
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('${table}', 'features', '${table}', '${description}', 4326);
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
  VALUES ('${table}', 'geom', '${geometryType}', 4326, 0, 0);
${rtreeSql(table, 'geom', 'id')}`;
}

export const migration0003 = {
  id: 3,
  name: 'network',
  sql: `
CREATE TABLE network_nodes (
  id INTEGER PRIMARY KEY,
  geom POINT NOT NULL
);
${featureTable('network_nodes', 'POINT', 'Walking and cycling network: junctions and way ends (id = OSM node id)')}

CREATE TABLE network_edges (
  id INTEGER PRIMARY KEY,
  geom LINESTRING NOT NULL,
  from_node INTEGER NOT NULL,
  to_node INTEGER NOT NULL,
  length_metres REAL NOT NULL CHECK (length_metres > 0),
  highway TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  foot INTEGER NOT NULL CHECK (foot IN (0, 1)),
  bicycle INTEGER NOT NULL CHECK (bicycle IN (0, 1)),
  bicycle_oneway INTEGER NOT NULL CHECK (bicycle_oneway IN (0, 1)),
  osm_way_id INTEGER NOT NULL
);
CREATE INDEX network_edges_from_node ON network_edges(from_node);
CREATE INDEX network_edges_to_node ON network_edges(to_node);
${featureTable('network_edges', 'LINESTRING', 'Walking and cycling network: ways between junctions (length in metres on the WGS84 ellipsoid; foot, bicycle: 1 = allowed; bicycle_oneway: 1 = cyclists only from from_node to to_node)')}
`,
};
