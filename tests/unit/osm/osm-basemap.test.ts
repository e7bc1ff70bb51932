import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterEach, describe, expect, it } from 'vitest';
import { importOsmFile } from '../../../electron/services/osm/osm-import.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import {
  basemapKindOfNode,
  basemapKindOfRelation,
  basemapKindOfWay,
} from '../../../shared/codecs/osm/osm-basemap-features.js';
import { assembleRings } from '../../../shared/codecs/osm/osm-rings.js';
import { ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools, IN_CI } from '../../helpers/tools.js';

// The street-level basemap cut from real OSM extracts (../shared/data/osm/, © OpenStreetMap
// contributors), stored as vector tiles inside the project: what the tiles hold, that GDAL reads
// them and the file stays a valid GeoPackage, that a re-import replaces them and --bbox clips them.

const EXTRACTS = path.resolve(ROOT, '..', 'shared', 'data', 'osm');
function extract(name: string): string | null {
  const file = path.join(EXTRACTS, name);
  if (fs.existsSync(file)) return file;
  if (IN_CI) throw new Error(`CI=true and the OSM extract ${file} is missing`);
  console.warn(`Skipping: the OSM extract ${file} is missing`);
  return null;
}

const dir = tempDir('itinera-basemap-');
let counter = 0;
const stores: ProjectStore[] = [];
function newStore(): ProjectStore {
  const store = createProjectStore(path.join(dir, `${++counter}-project.gpkg`), 'Basemap test');
  stores.push(store);
  return store;
}
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function tileRows(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare<[], { z: number; x: number; y: number; data: Buffer }>(
        'SELECT zoom_level AS z, tile_column AS x, tile_row AS y, tile_data AS data FROM basemap_tiles ORDER BY z, x, y',
      )
      .all();
  } finally {
    db.close();
  }
}

/** Layer name → features (properties) over every tile of one zoom. */
function layersAt(file: string, zoom: number): Map<string, Record<string, unknown>[]> {
  const layers = new Map<string, Record<string, unknown>[]>();
  for (const row of tileRows(file).filter((tile) => tile.z === zoom)) {
    const tile = new VectorTile(new PbfReader(row.data));
    for (const [name, layer] of Object.entries(tile.layers)) {
      const list = layers.get(name) ?? [];
      for (let index = 0; index < layer.length; index++) list.push(layer.feature(index).properties);
      layers.set(name, list);
    }
  }
  return layers;
}

const tools = haveTools('ogrinfo', 'validateGpkg');

describe('the street-level basemap from an OSM extract', () => {
  it('sorts OSM features into layers and classes', () => {
    expect(basemapKindOfWay({ highway: 'residential', name: 'Am Markt' }, false)).toMatchObject({
      layer: 'roads',
      kind: 'minor',
      minZoom: 13,
    });
    expect(basemapKindOfWay({ highway: 'footway' }, false)).toMatchObject({ layer: 'paths', kind: 'footway' });
    expect(basemapKindOfWay({ building: 'yes' }, true)).toMatchObject({ layer: 'buildings', shape: 'area' });
    // An unclosed "building" is broken data, not a line to draw.
    expect(basemapKindOfWay({ building: 'yes' }, false)).toBeNull();
    expect(basemapKindOfWay({ leisure: 'park' }, true)).toMatchObject({ layer: 'landuse', kind: 'park' });
    expect(basemapKindOfWay({ natural: 'water' }, true)).toMatchObject({ layer: 'water' });
    expect(basemapKindOfWay({ waterway: 'river' }, false)).toMatchObject({ layer: 'waterways', kind: 'river' });
    expect(basemapKindOfWay({ railway: 'rail' }, false)).toMatchObject({ layer: 'rail' });
    // A roundabout is a closed road, still a line.
    expect(basemapKindOfWay({ highway: 'primary', junction: 'roundabout' }, true)).toMatchObject({
      layer: 'roads',
      shape: 'line',
    });
    expect(basemapKindOfWay({ amenity: 'bench' }, false)).toBeNull();
    expect(basemapKindOfRelation({ type: 'multipolygon', landuse: 'forest' })).toMatchObject({ kind: 'forest' });
    expect(basemapKindOfRelation({ type: 'route', route: 'hiking' })).toBeNull();
    expect(basemapKindOfNode({ place: 'town', name: 'Krems' })).toMatchObject({ layer: 'places', minZoom: 10 });
    expect(basemapKindOfNode({ place: 'town' })).toBeNull();
  });

  it('joins multipolygon member ways into closed rings, whatever their order and direction', () => {
    expect(
      assembleRings([
        [1, 2, 3],
        [5, 4, 3],
        [5, 6, 1],
      ]),
    ).toEqual([[5, 6, 1, 2, 3, 4, 5]]);
    expect(assembleRings([[1, 2, 3, 1]])).toEqual([[1, 2, 3, 1]]);
    // A ring the extract cut open is left out.
    expect(
      assembleRings([
        [1, 2, 3],
        [3, 4],
      ]),
    ).toEqual([]);
  });

  it('bautzen.osm: roads with their names, buildings and areas at zoom 16, only the big roads at zoom 10', async () => {
    const file = extract('bautzen.osm');
    if (!file) return;
    const store = newStore();
    const result = await importOsmFile(store, file);
    expect(result.basemap.tiles).toBeGreaterThan(10);
    const rows = tileRows(store.file);
    expect(new Set(rows.map((row) => row.z))).toEqual(new Set([10, 11, 12, 13, 14, 15, 16]));
    const z16 = layersAt(store.file, 16);
    expect([...z16.keys()].sort()).toEqual(['buildings', 'landuse', 'paths', 'roads', 'water']);
    const names = new Set(z16.get('roads')!.map((properties) => properties.name));
    expect(names).toContain('Hoyerswerdaer Straße');
    expect(names).toContain('An der Hummel');
    expect(new Set(z16.get('roads')!.map((properties) => properties.kind))).toEqual(
      new Set(['motorway', 'primary', 'minor', 'service', 'track']),
    );
    expect(z16.get('buildings')!.length).toBeGreaterThanOrEqual(17);
    // The internal first-zoom property stays out of the tiles.
    expect(z16.get('roads')!.every((properties) => !('min_zoom' in properties))).toBe(true);
    const z10 = layersAt(store.file, 10);
    expect(z10.has('buildings')).toBe(false);
    expect(new Set(z10.get('roads')!.map((properties) => properties.kind))).toEqual(new Set(['motorway', 'primary']));
    // The project info tells the renderer where the tiles are.
    const info = createProjectService(store).getProject({});
    expect(info.basemap).toMatchObject({ minZoom: 10, maxZoom: 16, attribution: '© OpenStreetMap contributors' });
    expect(info.basemap!.bounds[0]).toBeCloseTo(14.396, 2);
  });

  it('every extract: tiles for each, a clean GeoPackage, and GDAL reads the tile layers', async () => {
    for (const name of ['bautzen.osm', 'krems.osm.gz', 'north-bayreuth.osm.gz', 'andorra.osm.pbf']) {
      const file = extract(name);
      if (!file || !tools) continue;
      const store = newStore();
      const result = await importOsmFile(store, file);
      expect(result.basemap.tiles, name).toBeGreaterThan(10);
      store.close();
      expect(
        execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', store.file], {
          encoding: 'utf8',
        }).trim(),
        name,
      ).toBe('');
      const listed = execFileSync('ogrinfo', ['-ro', '-q', store.file], { encoding: 'utf8' });
      expect(listed, name).toMatch(/basemap_tiles \(None\)/);
      // The same file read by GDAL's MBTiles driver (through the views `tiles` and `metadata`).
      const alias = `${store.file}.mbtiles`;
      fs.symlinkSync(store.file, alias);
      const layers = execFileSync('ogrinfo', ['-ro', '-q', alias], { encoding: 'utf8' });
      expect(layers, name).toMatch(/roads/);
      expect(layers, name).toMatch(/buildings/);
      if (name === 'bautzen.osm') {
        const features = execFileSync('ogrinfo', ['-ro', '-al', '-q', alias, 'roads'], { encoding: 'utf8' });
        expect(features).toContain('Hoyerswerdaer Straße');
      }
    }
  }, 120_000);

  it('a re-import replaces the tiles; --bbox keeps the tiles inside the box', async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const store = newStore();
    await importOsmFile(store, file);
    const first = tileRows(store.file);
    await importOsmFile(store, file);
    const second = tileRows(store.file);
    expect(second.length).toBe(first.length);
    expect(second.map((row) => row.data.toString('hex'))).toEqual(first.map((row) => row.data.toString('hex')));

    const box = [15.615, 48.405, 15.625, 48.412] as const;
    const clipped = await importOsmFile(store, file, { box });
    const rows = tileRows(store.file);
    expect(rows.length).toBe(clipped.basemap.tiles);
    expect(rows.length).toBeLessThan(first.length);
    const [west, south, east, north] = clipped.basemap.bounds!;
    expect(west).toBeGreaterThanOrEqual(box[0]);
    expect(south).toBeGreaterThanOrEqual(box[1]);
    expect(east).toBeLessThanOrEqual(box[2]);
    expect(north).toBeLessThanOrEqual(box[3]);
    // Zoom 16 tiles lie within the box (tile columns/rows of its corners).
    const column = (longitude: number) => Math.floor(((longitude + 180) / 360) * 2 ** 16);
    for (const row of rows.filter((tile) => tile.z === 16)) {
      expect(row.x).toBeGreaterThanOrEqual(column(box[0]));
      expect(row.x).toBeLessThanOrEqual(column(box[2]));
    }
  }, 60_000);
});
