import type Database from 'better-sqlite3';
import type {
  BasemapFile,
  BasemapFileRole,
  TileFileDescription,
  VectorLayerInfo,
} from '../../shared/api/basemap-files.js';

// Basemap and overlay files added to the project (migration 0008): one row per file in
// basemap_files, its tiles in basemap_file_tiles addressed as MapLibre asks (XYZ, from the top left).

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
  'id, name, file_name, container, kind, tile_format, encoding, role, opacity, visible, position, min_zoom, max_zoom, tile_size, bounds, attribution, vector_layers, tile_count';

export function createBasemapFilesRepository(db: Database.Database) {
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
    tile: db.prepare<[number, number, number, number], { tile_data: Buffer }>(
      'SELECT tile_data FROM basemap_file_tiles WHERE file_id = ? AND zoom_level = ? AND tile_column = ? AND tile_row = ?',
    ),
    update: db.prepare<{ id: number; role: string; opacity: number; visible: number }>(
      'UPDATE basemap_files SET role = @role, opacity = @opacity, visible = @visible WHERE id = @id',
    ),
    deleteTiles: db.prepare<[number]>('DELETE FROM basemap_file_tiles WHERE file_id = ?'),
    delete: db.prepare<[number]>('DELETE FROM basemap_files WHERE id = ?'),
    touch: db.prepare(
      "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name IN ('basemap_files', 'basemap_file_tiles')",
    ),
  };
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
      return Number(result.lastInsertRowid);
    },
    addTile(fileId: number, z: number, x: number, y: number, data: Uint8Array): void {
      statements.insertTile.run(fileId, z, x, y, data);
    },
    /** Counts the stored tiles into basemap_files.tile_count; the count. */
    finish(fileId: number): number {
      statements.setTileCount.run(fileId, fileId);
      statements.touch.run();
      return statements.get.get(fileId)!.tile_count;
    },
    /** A tile's stored bytes, or null when there is none. */
    tile(fileId: number, z: number, x: number, y: number): Buffer | null {
      return statements.tile.get(fileId, z, x, y)?.tile_data ?? null;
    },
    update(id: number, changes: { role: BasemapFileRole; opacity: number; visible: boolean }): void {
      statements.update.run({ id, role: changes.role, opacity: changes.opacity, visible: changes.visible ? 1 : 0 });
      statements.touch.run();
    },
    remove(id: number): void {
      statements.deleteTiles.run(id);
      statements.delete.run(id);
      statements.touch.run();
    },
  };
}
export type BasemapFilesRepository = ReturnType<typeof createBasemapFilesRepository>;
