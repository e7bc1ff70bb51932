import Database from 'better-sqlite3';
import type { DemEncoding } from '../../shared/api/basemaps.js';
import { describeTileFile, TileFileError } from '../../shared/codecs/tiles/describe-tile-file.js';
import { MAX_TILE_BYTES } from '../../shared/codecs/tiles/tile-limits.js';
import { gunzippedSizeWithin, isGzip, TILE_FILE_LIMITS, type TileFileReader } from './tile-file-reader.js';
import { messageRef as ref } from '../../shared/i18n/define-messages.js';
import { tileReasonMessages as reason } from '../../shared/i18n/messages/basemaps-reasons.js';
import { viewNotFollowed } from './sqlite-views.js';

// Reads an MBTiles file (read-only): its metadata table, tile count and zoom range, and every tile
// with its row turned from TMS (counted from the bottom) to XYZ (from the top) as MapLibre asks.
// `tiles` is often a view (mbutil's map + images); a view is followed only when it is a plain
// query of tables, and every count reads at most one tile more than the budget allows.

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
    let range: { count: number; minZoom: number | null; maxZoom: number | null; bytes: number | null };
    let first: { z: unknown; x: unknown; row: unknown; tile_data: unknown } | undefined;
    try {
      if (viewNotFollowed(db, 'tiles')) throw new TileFileError(ref(reason.mbtilesViewNotFollowed));
      range = db
        .prepare(
          `SELECT count(*) AS count, min(zoom_level) AS minZoom, max(zoom_level) AS maxZoom, sum(length(tile_data)) AS bytes
           FROM (SELECT zoom_level, tile_data FROM tiles LIMIT ?)`,
        )
        .get(TILE_FILE_LIMITS.maxTiles + 1) as typeof range;
      first = db
        .prepare(
          'SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data FROM tiles ORDER BY zoom_level LIMIT 1',
        )
        .get() as typeof first;
    } catch (error) {
      if (error instanceof TileFileError) throw error;
      throw new TileFileError(ref(reason.mbtilesNoTilesTable));
    }
    if (range.count > TILE_FILE_LIMITS.maxTiles)
      throw new TileFileError(ref(reason.tooManyTiles, { tiles: range.count, max: TILE_FILE_LIMITS.maxTiles }));
    if ((range.bytes ?? 0) > TILE_FILE_LIMITS.maxCopiedBytes)
      throw new TileFileError(
        ref(reason.tooManyBytes, {
          gigabytes: (range.bytes ?? 0) / 1024 ** 3,
          max: TILE_FILE_LIMITS.maxCopiedBytes / 1024 ** 3,
        }),
      );
    if (range.count === 0 || !first) throw new TileFileError(ref(reason.noTiles));
    if (!(first.tile_data instanceof Uint8Array)) throw new TileFileError(ref(reason.mbtilesTileNotBinary));
    // The first tile is read for its layers: its size is checked before it is decompressed.
    if (isGzip(first.tile_data) && gunzippedSizeWithin(first.tile_data, MAX_TILE_BYTES) === null)
      throw new TileFileError(
        ref(reason.tileTooLarge, {
          tile: `${String(first.z)}/${String(first.x)}/${String(first.row)}`,
          megabytes: MAX_TILE_BYTES / 1024 ** 2,
        }),
      );
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
          .prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles LIMIT ?')
          .iterate(TILE_FILE_LIMITS.maxTiles) as IterableIterator<{ z: number; x: number; row: number; data: unknown }>;
        for (const tile of tiles) {
          const size = 2 ** tile.z;
          const y = size - 1 - tile.row;
          if (!Number.isInteger(tile.x) || tile.x < 0 || tile.x >= size || y < 0 || y >= size)
            throw new TileFileError(ref(reason.mbtilesTileOutside, { tile: `${tile.z}/${tile.x}/${tile.row}` }));
          if (!(tile.data instanceof Uint8Array))
            throw new TileFileError(ref(reason.mbtilesTileNotBinaryAt, { tile: `${tile.z}/${tile.x}/${tile.row}` }));
          if (isGzip(tile.data) && gunzippedSizeWithin(tile.data, MAX_TILE_BYTES) === null)
            throw new TileFileError(
              ref(reason.tileTooLarge, {
                tile: `${tile.z}/${tile.x}/${tile.row}`,
                megabytes: MAX_TILE_BYTES / 1024 ** 2,
              }),
            );
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
