import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { itinera } from '../../helpers/cli.js';
import { assemblePmtiles, serializeDirectory, type DirectoryEntry } from '../../helpers/pmtiles-writer.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { encodePng, makeVectorMbtiles } from '../../helpers/tile-files.js';

// Budgets of the tile file readers (#12 point 2): a small hostile MBTiles or PMTiles file is
// refused quickly, with a message that says what, and the project stays byte for byte as it
// was. Each case once made the app grow a project by gigabytes, exhaust memory or hang.

const dir = tempDir('itinera-tile-budgets-');
const project = path.join(dir, 'quarter.gpkg');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const png = encodePng(4, 4, new Uint8Array(4 * 4 * 3).fill(200));
const gzipEntry = (entries: DirectoryEntry[]) => serializeDirectory(entries);

function pmtiles(name: string, parts: Partial<Parameters<typeof assemblePmtiles>[0]>): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    assemblePmtiles({
      root: gzipEntry([{ tileId: 0, offset: 0, length: png.length, runLength: 1 }]),
      metadata: gzipSync(Buffer.from('{"name":"hostile"}')),
      leaves: Buffer.alloc(0),
      tileData: png,
      counts: { addressed: 1, entries: 1, contents: 1 },
      zooms: [0, 0],
      tileType: 2,
      tileCompression: 1,
      ...parts,
    }),
  );
  return file;
}

/** Adds the file with the real command and checks the refusal, its speed and the unchanged project. */
function refused(file: string, message: RegExp): void {
  const before = sha(project);
  const started = performance.now();
  const result = itinera(['add-basemap', project, file]);
  const seconds = (performance.now() - started) / 1000;
  expect(result.stderr).toMatch(message);
  expect(result.stderr.startsWith(`itinera: ${path.basename(file)}: `)).toBe(true);
  expect(result.status).toBe(1);
  // A refusal reads the index, never the whole promise of the file (the CLI's own start included).
  expect(seconds).toBeLessThan(30);
  expect(sha(project)).toBe(before);
}

beforeAll(() => {
  expect(itinera(['new', project]).status).toBe(0);
});

describe('tile files that promise more than a project can hold', () => {
  it('refuses a PMTiles run of 50 million copies of one tile (445 bytes that grew a project by gigabytes)', () => {
    const file = pmtiles('run.pmtiles', {
      root: gzipEntry([{ tileId: 0, offset: 0, length: png.length, runLength: 50_000_000 }]),
      counts: { addressed: 50_000_000, entries: 1, contents: 1 },
      zooms: [0, 12],
    });
    expect(fs.statSync(file).size).toBeLessThan(1000);
    refused(file, /holds 50,000,000 tiles; Itinera copies at most 5,000,000 tiles of one file/);
  });

  it('refuses a file whose runs would copy more than 2 GB', () => {
    const big = Buffer.concat([png, Buffer.alloc(1024 * 1024 - png.length)]);
    const file = pmtiles('heavy.pmtiles', {
      root: gzipEntry([{ tileId: 1, offset: 0, length: big.length, runLength: 3000 }]),
      tileData: big,
      zooms: [1, 8],
    });
    refused(file, /would add 3 GB to the project; Itinera copies at most 2 GB of one file/);
  });

  it('refuses leaf directories that fan out to one leaf (19 KB that aborted V8)', () => {
    const leafEntries = Array.from({ length: 1000 }, (_, index) => ({
      tileId: index * 1000,
      offset: 0,
      length: 0,
      runLength: 0,
    }));
    const leaf = gzipEntry([{ tileId: 0, offset: 0, length: png.length, runLength: 1 }]);
    const root = gzipEntry(leafEntries.map((entry) => ({ ...entry, length: leaf.length })));
    const file = pmtiles('fan.pmtiles', { root, leaves: leaf });
    refused(file, /its index points at the same directory twice/);
  });

  it('refuses metadata and directories that inflate beyond 64 MB (gzip bombs)', () => {
    const spaces = Buffer.alloc(100 * 1024 * 1024, 0x20);
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"name":"'), spaces, Buffer.from('"}')]), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    refused(pmtiles('metadata-bomb.pmtiles', { metadata: bomb }), /its metadata decompress to more than 64 MB/);
    // The root directory fits in the first 16 KB (the spec's rule), so the bomb is a leaf.
    const leafBomb = gzipSync(Buffer.alloc(100 * 1024 * 1024), { level: 9 });
    const root = gzipEntry([{ tileId: 0, offset: 0, length: leafBomb.length, runLength: 0 }]);
    refused(
      pmtiles('directory-bomb.pmtiles', { root, leaves: leafBomb }),
      /a directory decompresses to more than 64 MB/,
    );
  }, 120_000);

  it('refuses a gzip-bomb vector tile when the file is added, in PMTiles and in MBTiles', () => {
    const bombTile = gzipSync(Buffer.alloc(100 * 1024 * 1024), { level: 9 });
    const file = pmtiles('tile-bomb.pmtiles', {
      root: gzipEntry([{ tileId: 0, offset: 0, length: bombTile.length, runLength: 1 }]),
      tileData: bombTile,
      tileType: 1,
      tileCompression: 2,
    });
    refused(file, /tile 0\/0\/0 decompresses to more than 16 MB/);
    const mbtiles = makeVectorMbtiles(dir, 'bomb.mbtiles');
    const db = new Database(mbtiles);
    db.prepare('UPDATE tiles SET tile_data = ? WHERE rowid = (SELECT min(rowid) FROM tiles)').run(bombTile);
    db.close();
    refused(mbtiles, /decompresses to more than 16 MB/);
  }, 120_000);

  it('does not follow an MBTiles "tiles" view that is a recursive query (it hung the CLI)', () => {
    const file = path.join(dir, 'recursive.mbtiles');
    const db = new Database(file);
    db.exec(`CREATE TABLE metadata (name TEXT, value TEXT);
      INSERT INTO metadata VALUES ('name', 'endless'), ('format', 'png');
      CREATE VIEW tiles AS WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r)
        SELECT 0 AS zoom_level, 0 AS tile_column, 0 AS tile_row, x'89504e47' AS tile_data FROM r;`);
    db.close();
    refused(file, /its tiles are a view Itinera does not follow/);
  });

  it('still follows the usual view of map and images (mbutil), and copies its tiles', () => {
    const file = path.join(dir, 'mbutil.mbtiles');
    const db = new Database(file);
    db.exec(`CREATE TABLE metadata (name TEXT, value TEXT);
      INSERT INTO metadata VALUES ('name', 'view of tables'), ('format', 'png');
      CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);
      CREATE TABLE images (tile_data BLOB, tile_id TEXT);
      CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,
        map.tile_row AS tile_row, images.tile_data AS tile_data FROM map JOIN images ON images.tile_id = map.tile_id;`);
    const insert = db.prepare('INSERT INTO map VALUES (?, ?, ?, ?)');
    db.prepare('INSERT INTO images VALUES (?, ?)').run(png, 'grey');
    for (const [z, x, y] of [
      [0, 0, 0],
      [1, 0, 0],
      [1, 1, 1],
    ] as const)
      insert.run(z, x, y, 'grey');
    db.close();
    const added = itinera(['add-basemap', project, file]);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/3 tiles/);
  });
});
