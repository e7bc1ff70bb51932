// Migration 0007: the street-level basemap made from an OpenStreetMap extract (issue #4), as
// Mapbox Vector Tiles inside the project, so one file stays one file.
// NOTE: GDAL 3.6 neither reads nor validates the GeoPackage vector tiles extension (data_type
// 'vector-tiles' fails validate_gpkg's checks 17 and 39), so the tiles live in attribute tables
// (valid GeoPackage, listed by ogrinfo) with the im_vector_tiles_mapbox extension row naming the
// blob format. The views `tiles` and `metadata` present the same rows the way MBTiles does (rows
// counted from the bottom, TMS), so GDAL's MBTiles driver reads the tile layers straight from the
// project file: `ln -s project.gpkg basemap.mbtiles; ogrinfo basemap.mbtiles`.

export const migration0007 = {
  id: 7,
  name: 'basemap-tiles',
  sql: `
CREATE TABLE basemap_tiles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  zoom_level INTEGER NOT NULL,
  tile_column INTEGER NOT NULL,
  tile_row INTEGER NOT NULL,
  tile_data BLOB NOT NULL,
  UNIQUE (zoom_level, tile_column, tile_row)
);
CREATE TABLE basemap_metadata (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL
);
CREATE VIEW tiles AS
  SELECT zoom_level, tile_column, (1 << zoom_level) - 1 - tile_row AS tile_row, tile_data FROM basemap_tiles;
CREATE VIEW metadata AS SELECT name, value FROM basemap_metadata;
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('basemap_tiles', 'attributes', 'basemap_tiles',
    'Street-level basemap from OpenStreetMap (© OpenStreetMap contributors, ODbL): Mapbox Vector Tiles, zoom_level/tile_column/tile_row counted from the top left (XYZ) in EPSG:3857');
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('basemap_metadata', 'attributes', 'basemap_metadata',
    'About basemap_tiles, as MBTiles metadata: name, format, bounds, minzoom, maxzoom, attribution, json (vector_layers)');
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('basemap_tiles', 'tile_data', 'im_vector_tiles_mapbox', 'https://docs.ogc.org/per/18-074.html', 'write-only');
`,
};
