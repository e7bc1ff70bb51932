// Migration 0008: basemap and overlay files a user adds (MBTiles or PMTiles; raster, vector or
// raster-dem). Their tiles are copied into the project, so one file stays one file. Attribute
// tables for the same reason as basemap_tiles (0007): one table holds raster, vector and
// elevation tiles alike, and GDAL 3.6 validates it.

export const migration0008 = {
  id: 8,
  name: 'basemap-files',
  sql: `
CREATE TABLE basemap_files (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  file_name TEXT NOT NULL,
  container TEXT NOT NULL CHECK (container IN ('mbtiles', 'pmtiles')),
  kind TEXT NOT NULL CHECK (kind IN ('raster', 'vector', 'raster-dem')),
  tile_format TEXT NOT NULL CHECK (tile_format IN ('png', 'jpg', 'webp', 'pbf')),
  encoding TEXT CHECK (encoding IN ('terrarium', 'mapbox')),
  role TEXT NOT NULL DEFAULT 'basemap' CHECK (role IN ('basemap', 'overlay')),
  opacity REAL NOT NULL DEFAULT 1 CHECK (opacity >= 0 AND opacity <= 1),
  visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
  position INTEGER NOT NULL,
  min_zoom INTEGER NOT NULL,
  max_zoom INTEGER NOT NULL,
  tile_size INTEGER NOT NULL,
  bounds TEXT,
  attribution TEXT NOT NULL DEFAULT '',
  vector_layers TEXT NOT NULL DEFAULT '[]',
  metadata TEXT NOT NULL DEFAULT '{}',
  tile_count INTEGER NOT NULL,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TABLE basemap_file_tiles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  file_id INTEGER NOT NULL REFERENCES basemap_files (id) ON DELETE CASCADE,
  zoom_level INTEGER NOT NULL,
  tile_column INTEGER NOT NULL,
  tile_row INTEGER NOT NULL,
  tile_data BLOB NOT NULL,
  UNIQUE (file_id, zoom_level, tile_column, tile_row)
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('basemap_files', 'attributes', 'basemap_files',
    'Basemap and overlay files added to the project (MBTiles or PMTiles): kind raster, vector or raster-dem, tile format, elevation encoding, role, opacity, visibility, attribution, the source metadata (JSON)');
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('basemap_file_tiles', 'attributes', 'basemap_file_tiles',
    'Tiles of basemap_files, byte for byte as in the source file (vector tiles may be gzip-compressed): zoom_level/tile_column/tile_row counted from the top left (XYZ) in EPSG:3857');
`,
};
