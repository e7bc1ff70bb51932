import type Database from 'better-sqlite3';

// The basemap's vector tiles and their metadata (migration 0007). Rows are addressed as MapLibre
// asks for them: z/x/y counted from the top left (XYZ, as GeoPackage tiles are).

export interface BasemapSummary {
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
}

/** Marks tables as changed (table-changes.ts): the one way the store records a change. */
type Touch = (...tables: string[]) => void;

export function createBasemapRepository(db: Database.Database, touch: Touch) {
  const statements = {
    tile: db.prepare<[number, number, number], { tile_data: Buffer }>(
      'SELECT tile_data FROM basemap_tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
    ),
    upsert: db.prepare<[number, number, number, Uint8Array]>(
      'INSERT INTO basemap_tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (zoom_level, tile_column, tile_row) DO UPDATE SET tile_data = excluded.tile_data',
    ),
    keys: db.prepare<[], { z: number; x: number; y: number }>(
      'SELECT zoom_level AS z, tile_column AS x, tile_row AS y FROM basemap_tiles',
    ),
    delete: db.prepare<[number, number, number]>(
      'DELETE FROM basemap_tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
    ),
    clearMetadata: db.prepare('DELETE FROM basemap_metadata'),
    setMetadata: db.prepare<[string, string]>('INSERT INTO basemap_metadata (name, value) VALUES (?, ?)'),
    metadata: db.prepare<[], { name: string; value: string }>('SELECT name, value FROM basemap_metadata'),
  };
  return {
    /** One tile's bytes (Mapbox Vector Tile), or null when there is none. */
    tile(z: number, x: number, y: number): Buffer | null {
      return statements.tile.get(z, x, y)?.tile_data ?? null;
    },
    /** Stores a tile unless the same bytes are already there; true when it wrote. */
    putTile(z: number, x: number, y: number, data: Uint8Array): boolean {
      const current = statements.tile.get(z, x, y)?.tile_data;
      if (current && Buffer.compare(current, data) === 0) return false;
      statements.upsert.run(z, x, y, data);
      return true;
    },
    /** Removes every tile `keep` says no to; the number removed. */
    removeTilesExcept(keep: (z: number, x: number, y: number) => boolean): number {
      const doomed = statements.keys.all().filter((key) => !keep(key.z, key.x, key.y));
      for (const key of doomed) statements.delete.run(key.z, key.x, key.y);
      return doomed.length;
    },
    metadata(): Record<string, string> {
      return Object.fromEntries(statements.metadata.all().map((row) => [row.name, row.value]));
    },
    /** Replaces the metadata; true when it differed. */
    setMetadata(entries: Record<string, string>): boolean {
      const current = this.metadata();
      const same =
        Object.keys(current).length === Object.keys(entries).length &&
        Object.entries(entries).every(([name, value]) => current[name] === value);
      if (same) return false;
      statements.clearMetadata.run();
      for (const [name, value] of Object.entries(entries)) statements.setMetadata.run(name, value);
      return true;
    },
    /** Records that the basemap changed (gpkg_contents.last_change). */
    touch(): void {
      touch('basemap_tiles', 'basemap_metadata');
    },
    /** Where the tiles are and for which zooms; null when the project has none. */
    summary(): BasemapSummary | null {
      const entries = new Map(statements.metadata.all().map((row) => [row.name, row.value]));
      const bounds = (entries.get('bounds') ?? '').split(',').map(Number);
      const minZoom = Number(entries.get('minzoom'));
      const maxZoom = Number(entries.get('maxzoom'));
      if (
        bounds.length !== 4 ||
        !bounds.every(Number.isFinite) ||
        !Number.isInteger(minZoom) ||
        !Number.isInteger(maxZoom)
      )
        return null;
      return { bounds: bounds as [number, number, number, number], minZoom, maxZoom };
    },
  };
}
export type BasemapRepository = ReturnType<typeof createBasemapRepository>;
