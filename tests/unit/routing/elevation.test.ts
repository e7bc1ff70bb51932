import Database from 'better-sqlite3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeDemTile } from '../../../electron/services/elevation/decode-dem-tile.js';
import {
  createElevationSampler,
  elevationProfile,
  toblerFactor,
  type DecodedTile,
} from '../../../shared/routing/elevation.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { makeDemMbtiles, terrainHeight } from '../../helpers/tile-files.js';

// Elevation sampled from DEM tiles as real files hold them: terrarium and Mapbox encodings, PNG
// and WebP, against the generated terrain's known heights.

const require = createRequire(import.meta.url);

/** The tiles of an MBTiles at one zoom, decoded, by XYZ address. */
async function readDem(file: string, zoom: number, transform?: (png: Buffer) => Promise<Uint8Array>) {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare('SELECT tile_column AS x, tile_row AS tmsY, tile_data AS data FROM tiles WHERE zoom_level = ?')
    .all(zoom) as { x: number; tmsY: number; data: Buffer }[];
  db.close();
  const tiles = new Map<string, DecodedTile>();
  for (const row of rows) {
    const bytes = transform ? await transform(row.data) : row.data;
    tiles.set(`${row.x}/${2 ** zoom - 1 - row.tmsY}`, await decodeDemTile(bytes));
  }
  return tiles;
}

/** Points inside the generated terrain (Görlitz), away from its edges. */
const POINTS: [number, number][] = [
  [14.98, 51.15],
  [14.99, 51.155],
  [15.0, 51.16],
  [14.985, 51.145],
];

describe('elevation from DEM tiles', () => {
  it.each(['terrarium', 'mapbox'] as const)(
    'samples %s PNG tiles within a few metres of the terrain',
    async (encoding) => {
      const file = makeDemMbtiles(tempDir('itinera-dem-'), { encoding });
      const tiles = await readDem(file, 12);
      const sampler = createElevationSampler({ encoding, zoom: 12, tile: (z, x, y) => tiles.get(`${x}/${y}`) ?? null });
      for (const [longitude, latitude] of POINTS) {
        expect(Math.abs(sampler.sample(longitude, latitude)! - terrainHeight(longitude, latitude))).toBeLessThan(3);
      }
      // Outside the file's tiles: no data, never 0.
      expect(sampler.sample(2.35, 48.85)).toBeNull();
    },
  );

  it('reads WebP tiles (as real DEM PMTiles hold them) to the same heights', async () => {
    const { default: encode, init } = await import('@jsquash/webp/encode.js');
    const wasm = fs.readFileSync(require.resolve('@jsquash/webp/codec/enc/webp_enc.wasm'));
    await init((await WebAssembly.compile(wasm)) as never);
    const file = makeDemMbtiles(tempDir('itinera-dem-'), { encoding: 'terrarium' });
    const toWebp = async (png: Buffer) => {
      const image = await decodeDemTile(png);
      const data = new Uint8ClampedArray(image.data);
      return new Uint8Array(
        await encode({ data, width: image.width, height: image.height, colorSpace: 'srgb' }, { lossless: 1 }),
      );
    };
    const pngTiles = await readDem(file, 12);
    const webpTiles = await readDem(file, 12, toWebp);
    const sampler = (tiles: Map<string, DecodedTile>) =>
      createElevationSampler({ encoding: 'terrarium', zoom: 12, tile: (z, x, y) => tiles.get(`${x}/${y}`) ?? null });
    for (const [longitude, latitude] of POINTS) {
      expect(sampler(webpTiles).sample(longitude, latitude)).toBe(sampler(pngTiles).sample(longitude, latitude));
    }
  });

  it('profiles a line with ascent and descent, and slows walkers uphill', async () => {
    const file = makeDemMbtiles(tempDir('itinera-dem-'), { encoding: 'terrarium' });
    const tiles = await readDem(file, 12);
    const sampler = createElevationSampler({
      encoding: 'terrarium',
      zoom: 12,
      tile: (z, x, y) => tiles.get(`${x}/${y}`) ?? null,
    });
    const line: [number, number][] = [
      [14.97, 51.155],
      [14.99, 51.155],
    ];
    const profile = elevationProfile(sampler, line, 20);
    expect(profile.complete).toBe(true);
    const heights = profile.points.map((point) => point.elevation!);
    const rise = Math.max(...heights) - heights[0]!;
    expect(profile.ascentMetres).toBeGreaterThanOrEqual(rise - 4);
    expect(profile.points[profile.points.length - 1]!.distanceMetres).toBeCloseTo(1396, -1);
    expect(toblerFactor(0)).toBeCloseTo(1, 6);
    expect(toblerFactor(0.1)).toBeLessThan(0.75);
    expect(toblerFactor(-0.05)).toBeGreaterThan(1);
  });
});
