import type Database from 'better-sqlite3';
import type { BasemapFile, BasemapFileRole, TileFileDescription, VectorLayerInfo } from '../../shared/api/basemaps.js';

// Basemap and overlay files added to the project (migrations 0008, 0009): one row per file in
// basemap_files. Raster tiles go into a GeoPackage tile pyramid of their own (`basemap_raster_<id>`,
// EPSG:3857, rows from the top as MapLibre asks), so QGIS and GDAL draw them; vector and elevation
// tiles into basemap_file_tiles (XYZ).

/** Half the side of the Web Mercator square, in metres. */
const MERCATOR_HALF = 20037508.342789244;

function mercator([longitude, latitude]: [number, number]): [number, number] {
  const clamped = Math.max(-85.0511287798, Math.min(85.0511287798, latitude));
  return [
    (longitude * MERCATOR_HALF) / 180,
    (Math.log(Math.tan(((90 + clamped) * Math.PI) / 360)) * MERCATOR_HALF) / Math.PI,
  ];
}

interface FileRow {
  id: number;
  name: string;
  file_name: string;
  container: BasemapFile['container'];
  kind: BasemapFile['kind'];
  tile_format: BasemapFile['tileFormat'];
  encoding: BasemapFile['encoding'];
  role: BasemapFileRole;
  opacity: number;
  visible: number;
  position: number;
  min_zoom: number;
  max_zoom: number;
  tile_size: number;
  bounds: string | null;
  attribution: string;
  vector_layers: string;
  tile_count: number;
  tiles_table: string | null;
}

function toFile(row: FileRow): BasemapFile {
  return {
    id: row.id,
    name: row.name,
    fileName: row.file_name,
    container: row.container,
    kind: row.kind,
    tileFormat: row.tile_format,
    encoding: row.encoding,
    encodingUnknown: false,
    role: row.role,
    opacity: row.opacity,
    visible: row.visible === 1,
    position: row.position,
    minZoom: row.min_zoom,
    maxZoom: row.max_zoom,
    tileSize: row.tile_size,
    bounds: row.bounds ? (JSON.parse(row.bounds) as [number, number, number, number]) : null,
    attribution: row.attribution,
    vectorLayers: JSON.parse(row.vector_layers) as VectorLayerInfo[],
    tileCount: row.tile_count,
  };
}

const COLUMNS =
  'id, name, file_name, container, kind, tile_format, encoding, role, opacity, visible, position, min_zoom, max_zoom, tile_size, bounds, attribution, vector_layers, tile_count, tiles_table';

/** Marks tables as changed (table-changes.ts): the one way the store records a change. */
type Touch = (...tables: string[]) => void;

export function createBasemapFilesRepository(db: Database.Database, touch: Touch) {
  // Statements on a file's own tiles table, prepared once per table.
  const pyramidStatements = new Map<
    string,
    {
      insert: Database.Statement<[number, number, number, Uint8Array]>;
      tile: Database.Statement<[number, number, number], { tile_data: Buffer }>;
      count: Database.Statement<[], { n: number }>;
    }
  >();
  const tablesOf = new Map<number, string | null>();
  function pyramid(table: string) {
    let prepared = pyramidStatements.get(table);
    if (!prepared) {
      prepared = {
        insert: db.prepare(
          `INSERT OR REPLACE INTO "${table}" (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)`,
        ),
        tile: db.prepare(`SELECT tile_data FROM "${table}" WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`),
        count: db.prepare(`SELECT count(*) AS n FROM "${table}"`),
      };
      pyramidStatements.set(table, prepared);
    }
    return prepared;
  }
  function tilesTableOf(fileId: number): string | null | undefined {
    if (!tablesOf.has(fileId)) {
      const row = statements.get.get(fileId);
      if (!row) return undefined;
      tablesOf.set(fileId, row.tiles_table);
    }
    return tablesOf.get(fileId);
  }
  const statements = {
    list: db.prepare<[], FileRow>(`SELECT ${COLUMNS} FROM basemap_files ORDER BY position, id`),
    get: db.prepare<[number], FileRow>(`SELECT ${COLUMNS} FROM basemap_files WHERE id = ?`),
    nextPosition: db.prepare<[], { next: number }>('SELECT coalesce(max(position), 0) + 1 AS next FROM basemap_files'),
    insert: db.prepare(
      `INSERT INTO basemap_files (name, file_name, container, kind, tile_format, encoding, role, opacity, visible,
         position, min_zoom, max_zoom, tile_size, bounds, attribution, vector_layers, metadata, tile_count)
       VALUES (@name, @file_name, @container, @kind, @tile_format, @encoding, @role, @opacity, 1,
         @position, @min_zoom, @max_zoom, @tile_size, @bounds, @attribution, @vector_layers, @metadata, 0)`,
    ),
    insertTile: db.prepare<[number, number, number, number, Uint8Array]>(
      'INSERT OR REPLACE INTO basemap_file_tiles (file_id, zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?, ?)',
    ),
    setTileCount: db.prepare<[number, number]>(
      'UPDATE basemap_files SET tile_count = (SELECT count(*) FROM basemap_file_tiles WHERE file_id = ?) WHERE id = ?',
    ),
    setTilesTable: db.prepare<[string, number]>('UPDATE basemap_files SET tiles_table = ? WHERE id = ?'),
    setPyramidCount: db.prepare<[number, number]>('UPDATE basemap_files SET tile_count = ? WHERE id = ?'),
    addContents: db.prepare(
      `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
       VALUES (@table, 'tiles', @identifier, @description, @min_x, @min_y, @max_x, @max_y, 3857)`,
    ),
    addMatrixSet: db.prepare<[string, number, number, number, number]>(
      'INSERT INTO gpkg_tile_matrix_set (table_name, srs_id, min_x, min_y, max_x, max_y) VALUES (?, 3857, ?, ?, ?, ?)',
    ),
    addMatrix: db.prepare<[string, number, number, number, number, number, number, number]>(
      'INSERT INTO gpkg_tile_matrix (table_name, zoom_level, matrix_width, matrix_height, tile_width, tile_height, pixel_x_size, pixel_y_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    addWebpExtension: db.prepare<[string]>(
      "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES (?, 'tile_data', 'gpkg_webp', 'http://www.geopackage.org/spec/#extension_tiles_webp', 'read-write')",
    ),
    dropMatrix: db.prepare<[string]>('DELETE FROM gpkg_tile_matrix WHERE table_name = ?'),
    dropMatrixSet: db.prepare<[string]>('DELETE FROM gpkg_tile_matrix_set WHERE table_name = ?'),
    dropExtensions: db.prepare<[string]>('DELETE FROM gpkg_extensions WHERE table_name = ?'),
    dropContents: db.prepare<[string]>('DELETE FROM gpkg_contents WHERE table_name = ?'),
    tile: db.prepare<[number, number, number, number], { tile_data: Buffer }>(
      'SELECT tile_data FROM basemap_file_tiles WHERE file_id = ? AND zoom_level = ? AND tile_column = ? AND tile_row = ?',
    ),
    update: db.prepare<{ id: number; role: string; opacity: number; visible: number }>(
      'UPDATE basemap_files SET role = @role, opacity = @opacity, visible = @visible WHERE id = @id',
    ),
    deleteTiles: db.prepare<[number]>('DELETE FROM basemap_file_tiles WHERE file_id = ?'),
    delete: db.prepare<[number]>('DELETE FROM basemap_files WHERE id = ?'),
  };
  /** A GeoPackage tiles table for a raster file: full Web Mercator grid, one matrix per zoom. */
  function createPyramid(id: number, description: TileFileDescription): void {
    // NOTE: the name is built from the row id alone (never from user text): safe to quote into DDL.
    const table = `basemap_raster_${id}`;
    db.exec(`CREATE TABLE "${table}" (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      zoom_level INTEGER NOT NULL,
      tile_column INTEGER NOT NULL,
      tile_row INTEGER NOT NULL,
      tile_data BLOB NOT NULL,
      UNIQUE (zoom_level, tile_column, tile_row))`);
    const [west, south, east, north] = description.bounds ?? [-180, -85.0511287798, 180, 85.0511287798];
    const [minX, minY] = mercator([west, south]);
    const [maxX, maxY] = mercator([east, north]);
    statements.addContents.run({
      table,
      identifier: `${description.name} [${id}]`,
      description: `Basemap file ${description.fileName}${description.attribution ? ` (${description.attribution})` : ''}`,
      min_x: minX,
      min_y: minY,
      max_x: maxX,
      max_y: maxY,
    });
    statements.addMatrixSet.run(table, -MERCATOR_HALF, -MERCATOR_HALF, MERCATOR_HALF, MERCATOR_HALF);
    for (let zoom = description.minZoom; zoom <= description.maxZoom; zoom++) {
      const side = 2 ** zoom;
      const pixel = (2 * MERCATOR_HALF) / side / description.tileSize;
      statements.addMatrix.run(table, zoom, side, side, description.tileSize, description.tileSize, pixel, pixel);
    }
    if (description.tileFormat === 'webp') statements.addWebpExtension.run(table);
    statements.setTilesTable.run(table, id);
    tablesOf.set(id, table);
  }

  return {
    list: (): BasemapFile[] => statements.list.all().map(toFile),
    get: (id: number): BasemapFile | null => {
      const row = statements.get.get(id);
      return row ? toFile(row) : null;
    },
    /** Inserts the file's row (no tiles yet); its id. Call inside a transaction with `addTile`. */
    insert(
      description: TileFileDescription,
      options: { role: BasemapFileRole; opacity: number; metadata: Record<string, unknown> },
    ): number {
      const result = statements.insert.run({
        name: description.name,
        file_name: description.fileName,
        container: description.container,
        kind: description.kind,
        tile_format: description.tileFormat,
        encoding: description.encoding,
        role: options.role,
        opacity: options.opacity,
        position: statements.nextPosition.get()!.next,
        min_zoom: description.minZoom,
        max_zoom: description.maxZoom,
        tile_size: description.tileSize,
        bounds: description.bounds ? JSON.stringify(description.bounds) : null,
        attribution: description.attribution,
        vector_layers: JSON.stringify(description.vectorLayers),
        metadata: JSON.stringify(options.metadata),
      });
      const id = Number(result.lastInsertRowid);
      // NOTE: a rolled-back add frees its id for the next one; forget what was cached for it.
      tablesOf.set(id, null);
      if (description.kind === 'raster') createPyramid(id, description);
      return id;
    },
    addTile(fileId: number, z: number, x: number, y: number, data: Uint8Array): void {
      const table = tilesTableOf(fileId);
      if (table) pyramid(table).insert.run(z, x, y, data);
      else statements.insertTile.run(fileId, z, x, y, data);
    },
    /** Counts the stored tiles into basemap_files.tile_count; the count. */
    finish(fileId: number): number {
      const table = tilesTableOf(fileId);
      if (table) statements.setPyramidCount.run(pyramid(table).count.get()!.n, fileId);
      else statements.setTileCount.run(fileId, fileId);
      touch('basemap_files', 'basemap_file_tiles');
      return statements.get.get(fileId)!.tile_count;
    },
    /** A tile's stored bytes, or null when there is none. */
    tile(fileId: number, z: number, x: number, y: number): Buffer | null {
      const table = tilesTableOf(fileId);
      if (table === undefined) return null;
      if (table) return pyramid(table).tile.get(z, x, y)?.tile_data ?? null;
      return statements.tile.get(fileId, z, x, y)?.tile_data ?? null;
    },
    update(id: number, changes: { role: BasemapFileRole; opacity: number; visible: boolean }): void {
      statements.update.run({ id, role: changes.role, opacity: changes.opacity, visible: changes.visible ? 1 : 0 });
      touch('basemap_files', 'basemap_file_tiles');
    },
    remove(id: number): void {
      const table = tilesTableOf(id);
      if (table) {
        pyramidStatements.delete(table);
        db.exec(`DROP TABLE IF EXISTS "${table}"`);
        statements.dropMatrix.run(table);
        statements.dropMatrixSet.run(table);
        statements.dropExtensions.run(table);
        statements.dropContents.run(table);
      }
      tablesOf.delete(id);
      statements.deleteTiles.run(id);
      statements.delete.run(id);
      touch('basemap_files', 'basemap_file_tiles');
    },
  };
}
export type BasemapFilesRepository = ReturnType<typeof createBasemapFilesRepository>;
