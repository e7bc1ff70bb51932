// Migration 0014: faithful imports. Areas and routes keep the attributes a file gave them, as
// places always did (custom_fields, JSON keyed by the file's column names). Groups may hold
// routes (group_routes, a Related Tables mapping table like group_places and group_quarters):
// a line of several parts (a MultiLineString, a GPX track in segments) is imported as one
// route per part, kept together in a group, rather than joined by invented straight segments.
// Why not a MULTILINESTRING route: the routes table's geometry is a LINESTRING that routing,
// legs, exports and the map all build on; one route per part changes none of them.

export const migration0014 = {
  id: 14,
  name: 'imported-attributes',
  sql: `
ALTER TABLE quarters ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}';
ALTER TABLE routes ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}';

CREATE TABLE group_routes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL REFERENCES cluster_groups(id) ON DELETE CASCADE,
  related_id INTEGER NOT NULL REFERENCES routes(id) ON DELETE CASCADE,
  UNIQUE (base_id, related_id)
);
CREATE INDEX group_routes_related_id ON group_routes(related_id);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('group_routes', 'attributes', 'group_routes', 'Routes that belong to a cluster group: base_id is the group, related_id the route');
INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, related_primary_column, relation_name, mapping_table_name)
  VALUES ('cluster_groups', 'id', 'routes', 'id', 'features', 'group_routes');
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('group_routes', NULL, 'related_tables', 'http://www.geopackage.org/18-000.html', 'read-write');
`,
};
