import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';

// Real tile files for tests: raster and vector MBTiles written by GDAL, and elevation (raster-dem)
// MBTiles whose PNG tiles encode a generated hill in the Terrarium or Mapbox encoding.

/** Where the test files lie: a few kilometres of Görlitz (Saxony), [west, south, east, north]. */
export const TILE_AREA: [number, number, number, number] = [14.95, 51.13, 15.05, 51.18];
/** The raster's two halves (west, east), each one flat colour. */
export const RASTER_COLOURS = { west: [0xd9, 0x48, 0x2b], east: [0x2b, 0x7b, 0xd9] } as const;

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
}

/** A raster MBTiles (PNG tiles, zooms from GDAL's choice down with overviews): west half one colour, east half another. */
export function makeRasterMbtiles(dir: string, name = 'raster.mbtiles'): string {
  const width = 400;
  const height = 200;
  const pixels = Buffer.alloc(width * height * 3);
  for (let row = 0; row < height; row++)
    for (let column = 0; column < width; column++) {
      const colour = column < width / 2 ? RASTER_COLOURS.west : RASTER_COLOURS.east;
      pixels.set(colour, (row * width + column) * 3);
    }
  const ppm = path.join(dir, `${name}.ppm`);
  fs.writeFileSync(ppm, Buffer.concat([Buffer.from(`P6\n${width} ${height}\n255\n`, 'latin1'), pixels]));
  const tiff = path.join(dir, `${name}.tif`);
  const [west, south, east, north] = TILE_AREA;
  run('gdal_translate', [
    '-q',
    '-of',
    'GTiff',
    '-a_srs',
    'EPSG:4326',
    '-a_ullr',
    `${west}`,
    `${north}`,
    `${east}`,
    `${south}`,
    ppm,
    tiff,
  ]);
  const file = path.join(dir, name);
  run('gdal_translate', [
    '-q',
    '-of',
    'MBTiles',
    '-co',
    'TILE_FORMAT=PNG',
    '-co',
    'RESAMPLING=NEAREST',
    '-co',
    'NAME=Görlitz colours',
    '-co',
    'DESCRIPTION=Two flat colours',
    tiff,
    file,
  ]);
  run('gdaladdo', ['-q', '-r', 'nearest', file, '2', '4']);
  // GDAL writes no attribution; a real file's often holds a link.
  const db = new Database(file);
  db.prepare("INSERT INTO metadata (name, value) VALUES ('attribution', ?)").run(
    '<a href="https://example.invalid/">© Colour Survey &amp; Partners</a>',
  );
  db.close();
  return file;
}

/** A vector MBTiles from GDAL (one layer `features`: a park polygon, a street line, a named point), zoom 10–14. */
export function makeVectorMbtiles(dir: string, name = 'vector.mbtiles'): string {
  const [west, south, east, north] = TILE_AREA;
  const midX = (west + east) / 2;
  const midY = (south + north) / 2;
  const geojson = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Stadtpark', kind: 'park' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west + 0.01, south + 0.01],
              [midX, south + 0.01],
              [midX, midY],
              [west + 0.01, midY],
              [west + 0.01, south + 0.01],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'Berliner Straße', kind: 'street' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [west, midY],
            [east, midY + 0.01],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'Rathaus', kind: 'townhall' },
        geometry: { type: 'Point', coordinates: [midX + 0.01, midY + 0.01] },
      },
    ],
  };
  const source = path.join(dir, `${name}.geojson`);
  fs.writeFileSync(source, JSON.stringify(geojson));
  const file = path.join(dir, name);
  run('ogr2ogr', [
    '-f',
    'MBTiles',
    file,
    source,
    '-nln',
    'features',
    '-dsco',
    'MINZOOM=10',
    '-dsco',
    'MAXZOOM=14',
    '-dsco',
    'NAME=Görlitz streets',
  ]);
  return file;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGB PNG (no filter), enough for elevation tiles. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let row = 0; row < height; row++)
    Buffer.from(rgb.buffer, rgb.byteOffset + row * width * 3, width * 3).copy(raw, row * (width * 3 + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Height in metres of the generated terrain: a round hill of 400 m over a 200 m plain, with ridges. */
export function terrainHeight(
  longitude: number,
  latitude: number,
  area: readonly [number, number, number, number] = TILE_AREA,
): number {
  const [west, south, east, north] = area;
  const dx = (longitude - (west + east) / 2) / (east - west);
  const dy = (latitude - (south + north) / 2) / (north - south);
  return 200 + 400 * Math.exp(-(dx * dx + dy * dy) * 8) + 30 * Math.sin(longitude * 900);
}

function encodeHeight(height: number, encoding: 'terrarium' | 'mapbox'): [number, number, number] {
  if (encoding === 'terrarium') {
    const value = height + 32768;
    return [Math.floor(value / 256), Math.floor(value % 256), Math.floor((value % 1) * 256)];
  }
  const value = Math.round((height + 10000) * 10);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function tileRange(
  z: number,
  area: readonly [number, number, number, number] = TILE_AREA,
): { x: [number, number]; y: [number, number] } {
  const [west, south, east, north] = area;
  const n = 2 ** z;
  const tx = (longitude: number) => Math.floor(((longitude + 180) / 360) * n);
  const ty = (latitude: number) => {
    const radians = (latitude * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n);
  };
  return { x: [tx(west), tx(east)], y: [ty(north), ty(south)] };
}

/**
 * An elevation MBTiles of the generated terrain (256-pixel PNG tiles, zoom 10–12). `encoding`
 * goes into the metadata unless `declare` is false (then only the user can say).
 */
export function makeDemMbtiles(
  dir: string,
  options: {
    encoding?: 'terrarium' | 'mapbox';
    declare?: boolean;
    name?: string;
    /** [west, south, east, north] the tiles cover (Görlitz by default). */
    area?: readonly [number, number, number, number];
  } = {},
): string {
  const encoding = options.encoding ?? 'terrarium';
  const area = options.area ?? TILE_AREA;
  const file = path.join(dir, options.name ?? `dem-${encoding}.mbtiles`);
  const db = new Database(file);
  db.exec(`CREATE TABLE metadata (name TEXT, value TEXT);
    CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
    CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);`);
  const metadata: Record<string, string> = {
    name: 'Görlitz terrain',
    format: 'png',
    type: 'baselayer',
    bounds: area.join(','),
    minzoom: '10',
    maxzoom: '12',
    attribution: 'Elevation: generated for tests',
  };
  if (options.declare !== false) metadata.encoding = encoding;
  const insertMetadata = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
  for (const [name, value] of Object.entries(metadata)) insertMetadata.run(name, value);
  const insertTile = db.prepare('INSERT INTO tiles VALUES (?, ?, ?, ?)');
  const size = 256;
  for (let z = 10; z <= 12; z++) {
    const range = tileRange(z, area);
    const n = 2 ** z;
    for (let x = range.x[0]; x <= range.x[1]; x++)
      for (let y = range.y[0]; y <= range.y[1]; y++) {
        const rgb = new Uint8Array(size * size * 3);
        for (let row = 0; row < size; row++)
          for (let column = 0; column < size; column++) {
            const longitude = ((x + (column + 0.5) / size) / n) * 360 - 180;
            const mercator = Math.PI * (1 - (2 * (y + (row + 0.5) / size)) / n);
            const latitude = (Math.atan(Math.sinh(mercator)) * 180) / Math.PI;
            rgb.set(encodeHeight(terrainHeight(longitude, latitude, area), encoding), (row * size + column) * 3);
          }
        insertTile.run(z, x, n - 1 - y, encodePng(size, size, rgb));
      }
  }
  db.close();
  return file;
}
