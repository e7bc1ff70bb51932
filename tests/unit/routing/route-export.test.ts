import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { HAVE_GDAL, ogrFeatures } from '../export/gdal.js';

// The sample project's walk (five stops, routed along the Krems network) out of the app as GIS
// users open it: GeoJSON and KML carry the routed line and one line per leg, read back by GDAL
// (what QGIS uses); a GeoJSON export imported again brings the route back once, not its legs too.

const dir = tempDir('itinera-route-export-');
const sample = path.join(dir, 'sample.gpkg');
const prepared = itinera(['sample', sample]).status === 0;

function exported(format: 'geojson' | 'kml'): string {
  const file = path.join(dir, `walk.${format}`);
  const result = itinera(['export', sample, '--format', format, file]);
  expect(result.stderr).toBe('');
  return file;
}

const vertexCount = (wkt: string) => wkt.split(',').length;

describe.runIf(HAVE_GDAL)('routed routes in GeoJSON and KML', () => {
  it('GeoJSON: the route along the streets and its four legs, lengths and minutes adding up', () => {
    expect(prepared).toBe(true);
    const features = ogrFeatures(exported('geojson'));
    const route = features.find((feature) => feature.values.feature_type === 'route')!;
    const legs = features.filter((feature) => feature.values.feature_type === 'route_leg');
    expect(legs.map((leg) => leg.values.leg)).toEqual(['1', '2', '3', '4']);
    expect(legs.every((leg) => leg.values.route_id === route.values.id && leg.values.kind === 'network')).toBe(true);
    // Consecutive legs meet: each starts at the stop the one before arrives at.
    for (let index = 1; index < legs.length; index++) {
      expect(legs[index]!.values.from_place_id).toBe(legs[index - 1]!.values.to_place_id);
    }
    // Along the streets: far more vertices than stops, in the route and in each leg.
    expect(vertexCount(route.geometry)).toBeGreaterThan(5 * 4);
    for (const leg of legs) expect(vertexCount(leg.geometry)).toBeGreaterThan(2);
    const sum = (key: string) => legs.reduce((total, leg) => total + Number(leg.values[key]), 0);
    expect(Math.abs(sum('length_m') - Number(route.values.length_m))).toBeLessThanOrEqual(legs.length);
    expect(sum('duration_min')).toBeCloseTo(Number(route.values.duration_min), 0);
  });

  it('KML: a folder for the route with its line and a placemark per leg', () => {
    const features = ogrFeatures(exported('kml')).filter((feature) => feature.layer === 'Old town heritage walk');
    expect(features.map((feature) => feature.values.leg ?? 'line')).toEqual(['line', '1', '2', '3', '4']);
    expect(features[1]?.values.Name).toMatch(/^.+ → .+$/);
    expect(Number(features[1]?.values.length_m)).toBeGreaterThan(0);
    expect(Number(features[1]?.values.duration_min)).toBeGreaterThan(0);
  });

  it('a GeoJSON export imports back with its route once, the legs left out', async () => {
    const target = createProjectStore(path.join(dir, 'back.gpkg'));
    try {
      const imported = await createImportService(target).importFile(exported('geojson'), 'museum');
      expect(imported.added.routes).toBe(1);
    } finally {
      target.close();
    }
  });
});
