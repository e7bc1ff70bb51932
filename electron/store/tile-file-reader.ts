import { gunzipSync } from 'node:zlib';
import type { TileFileDescription } from '../../shared/api/basemaps.js';

/** An opened MBTiles or PMTiles file: what it holds and a walk over its tiles (XYZ, bytes as stored). */
export interface TileFileReader {
  description: TileFileDescription;
  /** The file's own metadata, kept in the project (basemap_files.metadata). */
  metadata: Record<string, unknown>;
  /** Visits every tile synchronously (inside the write transaction); throws TileFileError on a bad one. */
  forEachTile(visit: (z: number, x: number, y: number, data: Uint8Array) => void): void;
  close(): void;
}

/**
 * Budgets of a tile file copied into a project (issue #12): a small file must not be able to
 * grow a project without end (PMTiles runs repeat one tile's bytes for many tiles) nor make the
 * reader allocate without end (index directories, metadata and tiles are compressed).
 */
export const TILE_FILE_LIMITS = {
  /** Tiles copied, runs expanded: a city at zoom 18 holds ~100,000; a country's raster a few million. */
  maxTiles: 5_000_000,
  /** Bytes copied into the project, runs expanded. */
  maxCopiedBytes: 2 * 1024 ** 3,
  /** One PMTiles directory, or the metadata, decompressed. */
  maxDirectoryBytes: 64 * 1024 ** 2,
} as const;

/** Whether bytes start as a gzip stream does. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompressed size of a gzip'd tile within `limit`, or null when it is larger: a gzip bomb is
 * refused when the file is added, not only when a tile is served.
 */
export function gunzippedSizeWithin(bytes: Uint8Array, limit: number): number | null {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit }).length;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
}
