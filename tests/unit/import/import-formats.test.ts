import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import { ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';

// Every import format, produced by GDAL's ogr2ogr from one reference GeoJSON, imports with the
// same count and the same values as the reference itself.

const REFERENCE = path.join(ROOT, 'tests', 'fixtures', 'import', 'reference.geojson');
const tools = haveTools('ogrinfo');
const dir = tempDir('itinera-import-');

function ogr2ogr(args: string[]) {
  execFileSync('ogr2ogr', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

const sources: [string, () => string][] = [
  ['GeoJSON (the reference)', () => REFERENCE],
  [
    'CSV with X/Y columns',
    () => (
      ogr2ogr(['-f', 'CSV', path.join(dir, 'xy.csv'), REFERENCE, '-lco', 'GEOMETRY=AS_XY']),
      path.join(dir, 'xy.csv')
    ),
  ],
  [
    'CSV with a WKT column',
    () => (
      ogr2ogr(['-f', 'CSV', path.join(dir, 'wkt.csv'), REFERENCE, '-lco', 'GEOMETRY=AS_WKT']),
      path.join(dir, 'wkt.csv')
    ),
  ],
  [
    'TSV',
    () => {
      ogr2ogr(['-f', 'CSV', path.join(dir, 'tab.csv'), REFERENCE, '-lco', 'GEOMETRY=AS_XY', '-lco', 'SEPARATOR=TAB']);
      fs.renameSync(path.join(dir, 'tab.csv'), path.join(dir, 'tab.tsv'));
      return path.join(dir, 'tab.tsv');
    },
  ],
  ['KML', () => (ogr2ogr(['-f', 'KML', path.join(dir, 'out.kml'), REFERENCE]), path.join(dir, 'out.kml'))],
  ['KMZ', () => (ogr2ogr(['-f', 'LIBKML', path.join(dir, 'out.kmz'), REFERENCE]), path.join(dir, 'out.kmz'))],
  [
    'GPX waypoints',
    () => (
      ogr2ogr(['-f', 'GPX', path.join(dir, 'out.gpx'), REFERENCE, '-dsco', 'GPX_USE_EXTENSIONS=YES']),
      path.join(dir, 'out.gpx')
    ),
  ],
  [
    'zipped shapefile in a projected CRS (EPSG:31256)',
    () => {
      ogr2ogr([
        '-f',
        'ESRI Shapefile',
        path.join(dir, 'shp'),
        REFERENCE,
        '-t_srs',
        'EPSG:31256',
        '-lco',
        'ENCODING=UTF-8',
      ]);
      ogr2ogr(['-f', 'ESRI Shapefile', path.join(dir, 'shape.shp.zip'), path.join(dir, 'shp', 'reference.shp')]);
      return path.join(dir, 'shape.shp.zip');
    },
  ],
  [
    'GeoPackage in Web Mercator',
    () => (
      ogr2ogr(['-f', 'GPKG', path.join(dir, 'out.gpkg'), REFERENCE, '-t_srs', 'EPSG:3857']),
      path.join(dir, 'out.gpkg')
    ),
  ],
  [
    'FlatGeobuf',
    () => (ogr2ogr(['-f', 'FlatGeobuf', path.join(dir, 'out.fgb'), REFERENCE]), path.join(dir, 'out.fgb')),
  ],
];

describe.runIf(tools)('import of files written by ogr2ogr', () => {
  it.each(sources)('%s imports with the reference count and values', async (_, make) => {
    const source = make();
    const store = createProjectStore(path.join(dir, `target-${Math.random().toString(36).slice(2)}.gpkg`));
    try {
      const result = await createImportService(store).importFile(source, null);
      expect(result.skipped).toEqual([]);
      expect(result.added).toEqual({ places: 4, quarters: 0, routes: 0 });
      const places = createProjectService(store).listPlaces({});
      const reference = JSON.parse(fs.readFileSync(REFERENCE, 'utf8')) as {
        features: { properties: Record<string, string | number>; geometry: { coordinates: [number, number] } }[];
      };
      // Same set of places (FlatGeobuf's spatial index reorders features), same values each.
      expect(places.map((place) => place.name).sort()).toEqual(
        reference.features.map((feature) => feature.properties.name).sort(),
      );
      places.forEach((place) => {
        const expected = reference.features.find((feature) => feature.properties.name === place.name)!;
        expect(place.category).toBe(expected.properties.category);
        expect(place.description).toBe(expected.properties.description);
        expect(place.customFields.founded).toBe(expected.properties.founded);
        expect(place.customFields.curator ?? '').toBe(expected.properties.curator);
        expect(place.longitude).toBeCloseTo(expected.geometry.coordinates[0], 6);
        expect(place.latitude).toBeCloseTo(expected.geometry.coordinates[1], 6);
      });
    } finally {
      store.close();
    }
  });
});
