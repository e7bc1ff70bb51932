import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type BasemapFile, type StagedBasemapFile } from '../../../shared/api/contract.js';
import type { ProjectHost } from '../../../electron/services/core/project-host.js';
import { answerTileRequest } from '../../../electron/services/basemaps/basemap-tile-route.js';
import { mbtilesToPmtiles, writePmtiles } from '../../helpers/pmtiles-writer.js';
import { newProject } from '../../helpers/project.js';
import { tempDir } from '../../helpers/temp-dir.js';
import {
  makeDemMbtiles,
  makeRasterMbtiles,
  makeVectorMbtiles,
  RASTER_COLOURS,
  TILE_AREA,
} from '../../helpers/tile-files.js';
import { haveTools } from '../../helpers/tools.js';

// Basemap and overlay files through the real API (dispatch, zod, the service, SQLite): real
// MBTiles written by GDAL, elevation tiles encoded here, PMTiles from the test writer. Each kind
// is described from its metadata, its tiles come back from the tile route as in the source, and
// a file Itinera cannot use is refused by name and reason with the project file unchanged.

const tools = haveTools('ogrinfo', 'validateGpkg');

interface SourceTile {
  z: number;
  x: number;
  y: number;
  data: Buffer;
}

/** Every tile of an MBTiles file, rows turned to XYZ. */
function mbtilesTiles(file: string): SourceTile[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles')
    .all() as { z: number; x: number; row: number; data: Buffer }[];
  db.close();
  return rows.map((row) => ({ z: row.z, x: row.x, y: 2 ** row.z - 1 - row.row, data: row.data }));
}

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe.runIf(tools)('basemap files (MBTiles, PMTiles) added to a project', () => {
  let dir: string;
  let host: ProjectHost;
  let project: string;
  const files: Record<string, string> = {};

  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const envelope = await host.dispatch(channel, payload);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  }
  async function refusal(channel: string, payload: unknown): Promise<string> {
    const envelope = await host.dispatch(channel, payload);
    expect(envelope.ok, `${channel} should have been refused`).toBe(false);
    return envelope.ok ? '' : envelope.error.message;
  }
  function stage(file: string, fileName = path.basename(file)) {
    return call<StagedBasemapFile>(CHANNELS.stageBasemapFile, {
      fileName,
      contentBase64: fs.readFileSync(file).toString('base64'),
    });
  }
  async function add(file: string, options: Record<string, unknown> = {}, fileName?: string) {
    const staged = await stage(file, fileName);
    return call<BasemapFile>(CHANNELS.addBasemapFile, { stagedId: staged.stagedId, ...options });
  }
  /** The tile as the tile route answers it (the same function both transports call). */
  function served(fileId: number, tile: { z: number; x: number; y: number }) {
    return answerTileRequest(
      host.basemapTile,
      `/tiles/files/${fileId}/${tile.z}/${tile.x}/${tile.y}`,
      host.basemapFileTile,
    );
  }

  beforeAll(() => {
    dir = tempDir('itinera-basemap-files-');
    files.raster = makeRasterMbtiles(dir);
    files.vector = makeVectorMbtiles(dir);
    files.terrarium = makeDemMbtiles(dir, { encoding: 'terrarium' });
    files.undeclaredDem = makeDemMbtiles(dir, { encoding: 'mapbox', declare: false, name: 'heights.mbtiles' });
    files.rasterPmtiles = path.join(dir, 'raster.pmtiles');
    fs.writeFileSync(files.rasterPmtiles, mbtilesToPmtiles(files.raster, { leafSize: 3 }));
    files.vectorPmtiles = path.join(dir, 'vector.pmtiles');
    fs.writeFileSync(files.vectorPmtiles, mbtilesToPmtiles(files.vector));
    ({ host, file: project } = newProject('Görlitz'));
  }, 60_000);

  it('adds a raster MBTiles as a basemap: described from its metadata, every tile served byte for byte', async () => {
    const added = await add(files.raster!);
    expect(added).toMatchObject({
      name: 'Görlitz colours',
      fileName: 'raster.mbtiles',
      container: 'mbtiles',
      kind: 'raster',
      tileFormat: 'png',
      encoding: null,
      role: 'basemap',
      opacity: 1,
      visible: true,
      tileSize: 256,
      // The link's markup is gone; the text stays.
      attribution: '© Colour Survey & Partners',
    });
    const source = mbtilesTiles(files.raster!);
    expect(added.tileCount).toBe(source.length);
    expect(added.minZoom).toBe(Math.min(...source.map((tile) => tile.z)));
    expect(added.maxZoom).toBe(Math.max(...source.map((tile) => tile.z)));
    const [west, south, east, north] = added.bounds!;
    expect(west).toBeCloseTo(TILE_AREA[0], 2);
    expect(south).toBeCloseTo(TILE_AREA[1], 2);
    expect(east).toBeCloseTo(TILE_AREA[2], 2);
    expect(north).toBeCloseTo(TILE_AREA[3], 2);
    for (const tile of source) {
      const answer = served(added.id, tile);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(answer.body!, tile.data), `${tile.z}/${tile.x}/${tile.y}`).toBe(0);
    }
    // A valid address outside the file: no tile (MapLibre draws nothing there).
    expect(served(added.id, { z: 3, x: 0, y: 0 }).status).toBe(204);
  });

  it('adds a vector MBTiles: its vector_layers read, tiles served as plain Mapbox Vector Tiles', async () => {
    const added = await add(files.vector!, { role: 'overlay', opacity: 0.6 });
    expect(added).toMatchObject({ kind: 'vector', tileFormat: 'pbf', role: 'overlay', opacity: 0.6, tileSize: 512 });
    expect(added.vectorLayers).toEqual([
      { id: 'features', fields: { name: 'String', kind: 'String' }, minZoom: 10, maxZoom: 14 },
    ]);
    const source = mbtilesTiles(files.vector!);
    expect(added.tileCount).toBe(source.length);
    for (const tile of source) {
      const answer = served(added.id, tile);
      expect(answer.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
      // GDAL gzips vector tiles; the route serves them decompressed (MapLibre reads raw MVT).
      expect(Buffer.compare(answer.body!, zlib.gunzipSync(tile.data))).toBe(0);
    }
    // Stored as in the source: byte for byte.
    const db = new Database(project, { readonly: true });
    const stored = db
      .prepare(
        'SELECT tile_data FROM basemap_file_tiles WHERE file_id = ? AND zoom_level = ? AND tile_column = ? AND tile_row = ?',
      )
      .get(added.id, source[0]!.z, source[0]!.x, source[0]!.y) as { tile_data: Buffer };
    db.close();
    expect(Buffer.compare(stored.tile_data, source[0]!.data)).toBe(0);
  });

  it('a Terrarium DEM (encoding in its metadata) becomes raster-dem with that encoding', async () => {
    const added = await add(files.terrarium!);
    expect(added).toMatchObject({ kind: 'raster-dem', tileFormat: 'png', encoding: 'terrarium', tileSize: 256 });
    const tile = mbtilesTiles(files.terrarium!)[0]!;
    expect(Buffer.compare(served(added.id, tile).body!, tile.data)).toBe(0);
  });

  it('a raster file silent about elevation stays raster unless the user names the encoding', async () => {
    const staged = await stage(files.undeclaredDem!);
    expect(staged.description).toMatchObject({ kind: 'raster', encoding: null, encodingUnknown: true });
    const added = await call<BasemapFile>(CHANNELS.addBasemapFile, { stagedId: staged.stagedId, encoding: 'mapbox' });
    expect(added).toMatchObject({ kind: 'raster-dem', encoding: 'mapbox' });
    expect(await refusal(CHANNELS.addBasemapFile, { stagedId: staged.stagedId })).toMatch(/no longer staged/);
  });

  it('adds PMTiles (raster with leaf directories, gzip vector): the same tiles as the MBTiles they came from', async () => {
    const raster = await add(files.rasterPmtiles!);
    expect(raster).toMatchObject({ container: 'pmtiles', kind: 'raster', tileFormat: 'png', name: 'Görlitz colours' });
    const rasterSource = mbtilesTiles(files.raster!);
    expect(raster.tileCount).toBe(rasterSource.length);
    for (const tile of rasterSource) expect(Buffer.compare(served(raster.id, tile).body!, tile.data)).toBe(0);

    const vector = await add(files.vectorPmtiles!, { role: 'overlay' });
    expect(vector).toMatchObject({ container: 'pmtiles', kind: 'vector', role: 'overlay' });
    expect(vector.vectorLayers.map((layer) => layer.id)).toEqual(['features']);
    for (const tile of mbtilesTiles(files.vector!))
      expect(Buffer.compare(served(vector.id, tile).body!, zlib.gunzipSync(tile.data))).toBe(0);
  });

  it('a DEM in PMTiles: tile type PNG, encoding from its JSON metadata', async () => {
    const file = path.join(dir, 'terrain.pmtiles');
    fs.writeFileSync(file, mbtilesToPmtiles(files.terrarium!));
    const staged = await stage(file);
    expect(staged.description).toMatchObject({ container: 'pmtiles', kind: 'raster-dem', encoding: 'terrarium' });
  });

  it('lists the files, changes role, opacity and visibility, removes one with its tiles', async () => {
    const list = await call<BasemapFile[]>(CHANNELS.listBasemapFiles, {});
    expect(list.map((file) => file.fileName)).toEqual([
      'raster.mbtiles',
      'vector.mbtiles',
      'dem-terrarium.mbtiles',
      'heights.mbtiles',
      'raster.pmtiles',
      'vector.pmtiles',
    ]);
    const raster = list[0]!;
    const changed = await call<BasemapFile>(CHANNELS.updateBasemapFile, {
      id: raster.id,
      changes: { role: 'overlay', opacity: 0.25, visible: false },
    });
    expect(changed).toMatchObject({ role: 'overlay', opacity: 0.25, visible: false });
    expect(await refusal(CHANNELS.updateBasemapFile, { id: raster.id, changes: { opacity: 2 } })).toBe(
      'Opacity: must be between 0 and 1',
    );
    expect(await refusal(CHANNELS.updateBasemapFile, { id: raster.id, changes: { role: 'underlay' } })).toMatch(
      /Drawn as: must be one of: basemap, overlay/,
    );
    const pmtiles = list[4]!;
    await call(CHANNELS.removeBasemapFile, { id: pmtiles.id });
    expect((await call<BasemapFile[]>(CHANNELS.listBasemapFiles, {})).map((file) => file.id)).not.toContain(pmtiles.id);
    const tile = mbtilesTiles(files.raster!)[0]!;
    expect(served(pmtiles.id, tile).status).toBe(204);
    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM basemap_file_tiles WHERE file_id = ?').get(pmtiles.id)).toEqual({
      n: 0,
    });
    db.close();
    expect(await refusal(CHANNELS.removeBasemapFile, { id: pmtiles.id })).toMatch(/no basemap file with id/);
  });

  it('refuses files it cannot use, naming the file and the problem, and leaves the project byte for byte', async () => {
    const before = sha(project);
    const bad = (name: string, bytes: Buffer | string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const tiff = path.join(dir, 'tiff-format.mbtiles');
    fs.copyFileSync(files.raster!, tiff);
    const tiffDb = new Database(tiff);
    tiffDb.prepare("UPDATE metadata SET value = 'tiff' WHERE name = 'format'").run();
    tiffDb.close();
    const noTiles = path.join(dir, 'no-tiles.mbtiles');
    const noTilesDb = new Database(noTiles);
    noTilesDb.exec("CREATE TABLE metadata (name TEXT, value TEXT); INSERT INTO metadata VALUES ('format', 'png');");
    noTilesDb.close();
    const plainSqlite = path.join(dir, 'plain.mbtiles');
    const plainDb = new Database(plainSqlite);
    plainDb.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    plainDb.close();
    const oddEncoding = path.join(dir, 'odd-encoding.mbtiles');
    fs.copyFileSync(files.terrarium!, oddEncoding);
    const oddDb = new Database(oddEncoding);
    oddDb.prepare("UPDATE metadata SET value = 'lerc' WHERE name = 'encoding'").run();
    oddDb.close();
    const pmtiles = fs.readFileSync(files.rasterPmtiles!);
    const avif = Buffer.from(pmtiles);
    avif.writeUInt8(5, 99);
    const cases: [string, RegExp][] = [
      [bad('notes.mbtiles', 'just some text, not tiles'), /^notes\.mbtiles: not an MBTiles or PMTiles file/],
      [bad('empty.pmtiles', ''), /^empty\.pmtiles: the file is empty/],
      [tiff, /^tiff-format\.mbtiles: unknown tile format "tiff"/],
      [noTiles, /^no-tiles\.mbtiles: not an MBTiles file: it has no tiles table/],
      // An Itinera project reads as MBTiles (its metadata and tiles views); without an OSM basemap it has no tiles.
      [project, /^project-\d+\.mbtiles: the file holds no tiles/],
      [plainSqlite, /^plain\.mbtiles: not an MBTiles file: it has no metadata table/],
      [oddEncoding, /^odd-encoding\.mbtiles: unknown elevation encoding "lerc"/],
      [bad('cut.pmtiles', pmtiles.subarray(0, 200)), /^cut\.pmtiles: not a valid PMTiles file/],
      [bad('avif.pmtiles', avif), /^avif\.pmtiles: unknown tile format \(PMTiles tile type 5/],
      [
        bad('old.pmtiles', Buffer.concat([Buffer.from('PMTiles'), Buffer.from([2]), Buffer.alloc(200)])),
        /^old\.pmtiles: PMTiles version 2/,
      ],
    ];
    for (const [file, message] of cases) {
      const fileName = file === project ? path.basename(project).replace('.gpkg', '.mbtiles') : path.basename(file);
      const answer = await host.dispatch(CHANNELS.stageBasemapFile, {
        fileName,
        contentBase64: fs.readFileSync(file).toString('base64'),
      });
      expect(answer.ok, fileName).toBe(false);
      if (!answer.ok) expect(answer.error.message, fileName).toMatch(message);
    }
    expect(await refusal(CHANNELS.stageBasemapFile, { fileName: 'map.tif', contentBase64: 'AAAA' })).toBe(
      'File name: must be an MBTiles or PMTiles file (.mbtiles or .pmtiles)',
    );
    expect(sha(project)).toBe(before);
  });

  it('the project stays a valid GeoPackage with the files in it (validate_gpkg, ogrinfo)', () => {
    const output = execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', project], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output.trim()).toBe('');
    const info = execFileSync('ogrinfo', ['-so', project, 'basemap_files'], { encoding: 'utf8' });
    expect(info).toMatch(/Feature Count: 5/);
  });

  it('raster files are GeoPackage tile pyramids GDAL reads: the pixel west of centre has the west colour', () => {
    const db = new Database(project, { readonly: true });
    const tables = db
      .prepare("SELECT tiles_table FROM basemap_files WHERE kind = 'raster' AND tiles_table IS NOT NULL ORDER BY id")
      .all() as { tiles_table: string }[];
    db.close();
    // The raster MBTiles (the PMTiles one was removed above).
    expect(tables.map((row) => row.tiles_table)).toEqual([expect.stringMatching(/^basemap_raster_\d+$/)]);
    const table = tables[0]!.tiles_table;
    const probe = (longitude: number) =>
      execFileSync(
        'gdallocationinfo',
        ['-valonly', '-wgs84', '-oo', `TABLE=${table}`, project, `${longitude}`, '51.155'],
        { encoding: 'utf8' },
      )
        .trim()
        .split('\n')
        .slice(0, 3)
        .map(Number);
    expect(probe(14.97)).toEqual([...RASTER_COLOURS.west]);
    expect(probe(15.03)).toEqual([...RASTER_COLOURS.east]);
  });
});

describe('the test PMTiles writer', () => {
  it('writes archives the pmtiles library reads back: header, metadata, runs, leaf directories', async () => {
    const { PMTiles, zxyToTileId } = await import('pmtiles');
    const { tileIdOf } = await import('../../helpers/pmtiles-writer.js');
    for (let z = 0; z <= 6; z++)
      for (let x = 0; x < 2 ** z; x += 3)
        for (let y = 0; y < 2 ** z; y += 5) expect(tileIdOf(z, x, y)).toBe(zxyToTileId(z, x, y));
    const same = Buffer.from('same bytes');
    const tiles = [
      { z: 2, x: 0, y: 0, data: same },
      { z: 2, x: 1, y: 0, data: same },
      { z: 2, x: 1, y: 1, data: same },
      { z: 2, x: 3, y: 3, data: Buffer.from('other') },
      { z: 3, x: 5, y: 2, data: Buffer.from('deeper') },
    ];
    const bytes = writePmtiles(tiles, { tileType: 2, tileCompression: 1, metadata: { name: 'Test' }, leafSize: 2 });
    const source = {
      getKey: () => 'memory',
      getBytes: (offset: number, length: number) =>
        Promise.resolve({ data: new Uint8Array(bytes.subarray(offset, offset + length)).buffer }),
    };
    const archive = new PMTiles(source);
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, tileType: 2, minZoom: 2, maxZoom: 3, numAddressedTiles: 5 });
    expect(header.numTileContents).toBe(3);
    await expect(archive.getMetadata()).resolves.toEqual({ name: 'Test' });
    for (const tile of tiles) {
      const found = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(Buffer.from(found!.data).toString(), `${tile.z}/${tile.x}/${tile.y}`).toBe(tile.data.toString());
    }
    expect(await archive.getZxy(2, 2, 2)).toBeUndefined();
  });
});

describe.runIf(tools)('itinera add-basemap', () => {
  it('copies a file into the project as basemap or overlay, and refuses a bad one leaving the project as it was', async () => {
    const { itinera } = await import('../../helpers/cli.js');
    const dir = tempDir('itinera-add-basemap-');
    const project = path.join(dir, 'quarter.gpkg');
    expect(itinera(['new', project]).status).toBe(0);
    const raster = makeRasterMbtiles(dir);
    const added = itinera(['add-basemap', project, raster]);
    expect(added.stderr).toBe('');
    expect(added.stdout.trim()).toMatch(
      /^Added raster\.mbtiles as a basemap: "Görlitz colours", raster, png, zoom \d+–\d+, \d+ tiles\.$/,
    );
    const dem = makeDemMbtiles(dir, { encoding: 'terrarium', declare: false, name: 'heights.mbtiles' });
    const overlay = itinera(['add-basemap', project, dem, '--overlay', '--encoding', 'terrarium']);
    expect(overlay.stdout).toMatch(/as an overlay: "Görlitz terrain", elevation \(terrarium, hillshade\)/);

    const before = sha(project);
    const notTiles = path.join(dir, 'notes.pmtiles');
    fs.writeFileSync(notTiles, 'not tiles at all');
    const refused = itinera(['add-basemap', project, notTiles]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      'itinera: notes.pmtiles: not an MBTiles or PMTiles file (it starts with neither an SQLite nor a PMTiles header)',
    );
    expect(itinera(['add-basemap', project, raster, '--encoding', 'lerc']).stderr).toMatch(
      /--encoding must be terrarium or mapbox, not "lerc"/,
    );
    expect(sha(project)).toBe(before);
    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT kind, role, encoding FROM basemap_files ORDER BY id').all()).toEqual([
      { kind: 'raster', role: 'basemap', encoding: null },
      { kind: 'raster-dem', role: 'overlay', encoding: 'terrarium' },
    ]);
    db.close();
  }, 60_000);
});
