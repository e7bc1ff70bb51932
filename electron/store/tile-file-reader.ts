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
