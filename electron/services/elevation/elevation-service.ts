import type { BasemapFile } from '../../../shared/api/basemaps.js';
import { createElevationSampler, type DecodedTile, type ElevationSampler } from '../../../shared/routing/elevation.js';
import type { ProjectStore } from '../../store/project-store.js';
import { loadDemDecoder } from './decode-dem-tile.js';

// Elevation of the open project: from its first elevation file (a raster-dem basemap file,
// terrarium or Mapbox encoded; the visible one first), sampled at the file's deepest zoom. Decoded
// tiles are kept while the files stay the same. No elevation file: no sampler (never 0 metres).

/** Decoded tiles kept at most (a 256-pixel RGBA tile is 256 KB: 64 MB at most). */
const TILE_CACHE = 256;

export function createElevationService(store: ProjectStore) {
  let decode: ((bytes: Uint8Array) => DecodedTile) | null = null;
  let current: { key: string; sampler: ElevationSampler | null } | null = null;

  function demFile(): BasemapFile | null {
    const files = store.basemapFiles.list().filter((file) => file.kind === 'raster-dem' && file.encoding !== null);
    return files.find((file) => file.visible) ?? files[0] ?? null;
  }

  const service = {
    /** Loads the WebP decoder (once); after it, sampling is synchronous. */
    async ready(): Promise<void> {
      decode ??= await loadDemDecoder();
    },
    /** The sampler of the project's elevation file, or null when it has none (call ready() first). */
    sampler(): ElevationSampler | null {
      const file = demFile();
      const key = file ? `${file.id}/${file.maxZoom}/${file.encoding}` : 'none';
      if (current?.key === key) return current.sampler;
      if (!file || !decode) return null;
      const decodeTile = decode;
      const tiles = new Map<string, DecodedTile | null>();
      const sampler = createElevationSampler({
        encoding: file.encoding!,
        zoom: file.maxZoom,
        tile(z, x, y) {
          const tileKey = `${z}/${x}/${y}`;
          if (tiles.has(tileKey)) return tiles.get(tileKey)!;
          const bytes = store.basemapFiles.tile(file.id, z, x, y);
          let decoded: DecodedTile | null;
          try {
            decoded = bytes ? decodeTile(bytes) : null;
          } catch {
            // A broken tile is a hole in the data, not a failure of the route.
            decoded = null;
          }
          if (tiles.size >= TILE_CACHE) tiles.delete(tiles.keys().next().value!);
          tiles.set(tileKey, decoded);
          return decoded;
        },
      });
      current = { key, sampler };
      return sampler;
    },
    /** Heights at positions (for exports), or null when the project has no elevation file. */
    async heights(): Promise<((position: [number, number]) => number | null) | null> {
      await service.ready();
      const sampler = service.sampler();
      return sampler && ((position) => sampler.sample(position[0], position[1]));
    },
  };
  return service;
}
export type ElevationService = ReturnType<typeof createElevationService>;
