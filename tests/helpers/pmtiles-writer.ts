import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';

// A small PMTiles v3 writer for tests (GDAL 3.6 cannot write PMTiles). It follows the spec
// (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): a 127-byte header, then the
// root directory, the JSON metadata, leaf directories and the tile data; directories and
// metadata gzip'd; tile ids along the Hilbert curve; consecutive identical tiles as one run.
// It is checked against the `pmtiles` reader in tests/unit/basemap-files/pmtiles-writer.test.ts.

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

/** Tile id on the Hilbert curve: all tiles of lower zooms first, then the position at zoom z. */
export function tileIdOf(z: number, x: number, y: number): number {
  let id = 0;
  for (let zoom = 0; zoom < z; zoom++) id += 4 ** zoom;
  const n = 2 ** z;
  let d = 0;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = n - 1 - x;
        y = n - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return id + d;
}

function varint(value: number, out: number[]): void {
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export function serializeDirectory(entries: DirectoryEntry[]): Buffer {
  const out: number[] = [];
  varint(entries.length, out);
  let last = 0;
  for (const entry of entries) {
    varint(entry.tileId - last, out);
    last = entry.tileId;
  }
  for (const entry of entries) varint(entry.runLength, out);
  for (const entry of entries) varint(entry.length, out);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    // 0 means "right after the previous entry's bytes"; otherwise offset + 1.
    varint(previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1, out);
  });
  return gzipSync(Buffer.from(out));
}

export interface PmtilesOptions {
  tileType: 1 | 2 | 3 | 4;
  /** Compression of the tiles as given (1 none, 2 gzip). */
  tileCompression: 1 | 2;
  metadata: Record<string, unknown>;
  bounds?: [number, number, number, number];
  /** Puts at most this many entries in each leaf directory (and the leaves in the root); none by default. */
  leafSize?: number;
}

export function writePmtiles(tiles: PmtilesTile[], options: PmtilesOptions): Buffer {
  const sorted = tiles.map((tile) => ({ ...tile, id: tileIdOf(tile.z, tile.x, tile.y) })).sort((a, b) => a.id - b.id);
  const chunks: Buffer[] = [];
  const entries: DirectoryEntry[] = [];
  let offset = 0;
  const contents = new Map<string, { offset: number; length: number }>();
  for (const tile of sorted) {
    const last = entries[entries.length - 1];
    const key = Buffer.from(tile.data).toString('base64');
    const known = contents.get(key);
    // A run: the same bytes as the previous entry, at the next tile id.
    if (last && known && last.offset === known.offset && last.tileId + last.runLength === tile.id) {
      last.runLength++;
      continue;
    }
    if (known) {
      entries.push({ tileId: tile.id, offset: known.offset, length: known.length, runLength: 1 });
      continue;
    }
    contents.set(key, { offset, length: tile.data.length });
    entries.push({ tileId: tile.id, offset, length: tile.data.length, runLength: 1 });
    chunks.push(Buffer.from(tile.data));
    offset += tile.data.length;
  }
  const tileData = Buffer.concat(chunks);

  let root: Buffer;
  let leaves = Buffer.alloc(0);
  if (options.leafSize && entries.length > options.leafSize) {
    const leafEntries: DirectoryEntry[] = [];
    const leafChunks: Buffer[] = [];
    let leafOffset = 0;
    for (let at = 0; at < entries.length; at += options.leafSize) {
      const slice = entries.slice(at, at + options.leafSize);
      const bytes = serializeDirectory(slice);
      leafEntries.push({ tileId: slice[0]!.tileId, offset: leafOffset, length: bytes.length, runLength: 0 });
      leafChunks.push(bytes);
      leafOffset += bytes.length;
    }
    root = serializeDirectory(leafEntries);
    leaves = Buffer.concat(leafChunks);
  } else {
    root = serializeDirectory(entries);
  }
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)));
  return assemblePmtiles({
    root,
    metadata,
    leaves,
    tileData,
    counts: { addressed: sorted.length, entries: entries.length, contents: contents.size },
    zooms: [Math.min(...sorted.map((tile) => tile.z)), Math.max(...sorted.map((tile) => tile.z))],
    tileType: options.tileType,
    tileCompression: options.tileCompression,
    bounds: options.bounds,
  });
}

export interface PmtilesParts {
  /** Gzip'd directories and metadata, as written into the file. */
  root: Buffer;
  metadata: Buffer;
  leaves: Buffer;
  tileData: Buffer;
  counts: { addressed: number; entries: number; contents: number };
  zooms: [number, number];
  tileType: 1 | 2 | 3 | 4;
  tileCompression: 1 | 2;
  bounds?: [number, number, number, number];
}

/** The file from its parts as given: tests also build damaged or hostile archives with it. */
export function assemblePmtiles(parts: PmtilesParts): Buffer {
  const { root, metadata, leaves, tileData, counts, zooms, tileType, tileCompression } = parts;
  const sorted = { minZoom: zooms[0], maxZoom: zooms[1] };
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'latin1');
  header.writeUInt8(3, 7);
  const u64 = (at: number, value: number) => header.writeBigUInt64LE(BigInt(value), at);
  const rootOffset = 127;
  const metadataOffset = rootOffset + root.length;
  const leafOffset = metadataOffset + metadata.length;
  const dataOffset = leafOffset + leaves.length;
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leafOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, tileData.length);
  u64(72, counts.addressed);
  u64(80, counts.entries);
  u64(88, counts.contents);
  header.writeUInt8(1, 96); // clustered: tile data in tile id order
  header.writeUInt8(2, 97); // internal compression gzip
  header.writeUInt8(tileCompression, 98);
  header.writeUInt8(tileType, 99);
  header.writeUInt8(sorted.minZoom, 100);
  header.writeUInt8(sorted.maxZoom, 101);
  const [west, south, east, north] = parts.bounds ?? [-180, -85, 180, 85];
  const e7 = (at: number, value: number) => header.writeInt32LE(Math.round(value * 1e7), at);
  e7(102, west);
  e7(106, south);
  e7(110, east);
  e7(114, north);
  header.writeUInt8(sorted.minZoom, 118);
  e7(119, (west + east) / 2);
  e7(123, (south + north) / 2);
  return Buffer.concat([header, root, metadata, leaves, tileData]);
}

const TILE_TYPES: Record<string, 1 | 2 | 3 | 4> = { pbf: 1, png: 2, jpg: 3, jpeg: 3, webp: 4 };

/** Converts an MBTiles file into PMTiles bytes (rows from TMS to XYZ, metadata kept, `json` merged). */
export function mbtilesToPmtiles(mbtiles: string, options: { leafSize?: number } = {}): Buffer {
  const db = new Database(mbtiles, { readonly: true });
  try {
    const metadata: Record<string, unknown> = {};
    for (const row of db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[])
      metadata[row.name] = row.value;
    if (typeof metadata.json === 'string') Object.assign(metadata, JSON.parse(metadata.json));
    delete metadata.json;
    const rows = db
      .prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles')
      .all() as {
      z: number;
      x: number;
      row: number;
      data: Buffer;
    }[];
    const format = String(metadata.format ?? 'png');
    const bounds = String(metadata.bounds ?? '-180,-85,180,85')
      .split(',')
      .map(Number) as [number, number, number, number];
    return writePmtiles(
      rows.map((row) => ({ z: row.z, x: row.x, y: 2 ** row.z - 1 - row.row, data: row.data })),
      {
        tileType: TILE_TYPES[format] ?? 2,
        tileCompression: format === 'pbf' && rows[0]?.data[0] === 0x1f ? 2 : 1,
        metadata,
        bounds,
        leafSize: options.leafSize,
      },
    );
  } finally {
    db.close();
  }
}
