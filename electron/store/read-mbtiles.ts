import Database from 'better-sqlite3';
import type { DemEncoding } from '../../shared/api/basemaps.js';
import { describeTileFile, TileFileError } from '../../shared/codecs/tiles/describe-tile-file.js';
import type { TileFileReader } from './tile-file-reader.js';
import { messageRef as ref } from '../../shared/i18n/define-messages.js';
import { tileReasonMessages as reason } from '../../shared/i18n/messages/basemaps-reasons.js';

// Reads an MBTiles file (read-only): its metadata table, tile count and zoom range, and every tile
// with its row turned from TMS (counted from the bottom) to XYZ (from the top) as MapLibre asks.

export function openMbtiles(file: string, fileName: string, encoding?: DemEncoding): TileFileReader {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new TileFileError(ref(reason.mbtilesCannotOpen, { detail: (error as Error).message }));
  }
  try {
    let rows: { name: unknown; value: unknown }[];
    try {
      rows = db.prepare('SELECT name, value FROM metadata').all() as { name: unknown; value: unknown }[];
    } catch (error) {
      const message = (error as Error).message;
      if (/not a database|file is encrypted/i.test(message)) throw new TileFileError(ref(reason.mbtilesNotSqlite));
      throw new TileFileError(ref(reason.mbtilesNoMetadata));
    }
    const metadata: Record<string, unknown> = {};
    for (const row of rows) if (typeof row.name === 'string') metadata[row.name] = row.value;
    // GDAL and tippecanoe keep vector_layers in the `json` entry.
    if (typeof metadata.json === 'string') {
      try {
        const extra = JSON.parse(metadata.json) as unknown;
        if (extra && typeof extra === 'object') Object.assign(metadata, extra);
      } catch {
        throw new TileFileError(ref(reason.mbtilesBadJson));
      }
    }
    let range: { count: number; minZoom: number | null; maxZoom: number | null };
    let first: { tile_data: unknown } | undefined;
    try {
      range = db
        .prepare('SELECT count(*) AS count, min(zoom_level) AS minZoom, max(zoom_level) AS maxZoom FROM tiles')
        .get() as typeof range;
      first = db.prepare('SELECT tile_data FROM tiles ORDER BY zoom_level LIMIT 1').get() as typeof first;
    } catch {
      throw new TileFileError(ref(reason.mbtilesNoTilesTable));
    }
    if (range.count === 0 || !first) throw new TileFileError(ref(reason.noTiles));
    if (!(first.tile_data instanceof Uint8Array)) throw new TileFileError(ref(reason.mbtilesTileNotBinary));
    if (range.minZoom === null || range.maxZoom === null || range.minZoom < 0 || range.maxZoom > 24)
      throw new TileFileError(ref(reason.mbtilesZoomRange));
    const description = describeTileFile(
      {
        fileName,
        container: 'mbtiles',
        metadata,
        firstTile: first.tile_data,
        minZoom: range.minZoom,
        maxZoom: range.maxZoom,
        tileCount: range.count,
      },
      encoding,
    );
    return {
      description,
      metadata,
      forEachTile(visit) {
        const tiles = db
          .prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles')
          .iterate() as IterableIterator<{ z: number; x: number; row: number; data: unknown }>;
        for (const tile of tiles) {
          const size = 2 ** tile.z;
          const y = size - 1 - tile.row;
          if (!Number.isInteger(tile.x) || tile.x < 0 || tile.x >= size || y < 0 || y >= size)
            throw new TileFileError(ref(reason.mbtilesTileOutside, { tile: `${tile.z}/${tile.x}/${tile.row}` }));
          if (!(tile.data instanceof Uint8Array))
            throw new TileFileError(ref(reason.mbtilesTileNotBinaryAt, { tile: `${tile.z}/${tile.x}/${tile.row}` }));
          visit(tile.z, tile.x, y, tile.data);
        }
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
