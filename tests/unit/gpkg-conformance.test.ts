import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { newProject } from '../helpers/project.js';
import { haveTools } from '../helpers/tools.js';
import { DEFAULT_OSM_CATEGORY_RULES } from '../../shared/codecs/osm/osm-category-mapping.js';

// The project file must open in GDAL (and so QGIS) as it is: GDAL's own GeoPackage validator
// and ogrinfo read a project that was made and edited through the API.

const tools = haveTools('ogrinfo', 'validateGpkg');

function ok<T>(result: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

describe.runIf(tools)('GeoPackage conformance (GDAL)', () => {
  const { host, file } = newProject('Conformance quarter');
  const call = async <T>(channel: string, payload: unknown) => ok<T>(await host.dispatch(channel, payload));

  const ids: number[] = [];
  // Made and edited through the API, as the app does.
  beforeAll(async () => {
    for (let index = 0; index < 12; index++) {
      const place = await call<{ id: number }>(CHANNELS.createPlace, {
        name: `Place ${index} «ü»`,
        category: index % 2 ? 'creative-firm' : 'heritage-site',
        sector: index % 2 ? 'design' : null,
        longitude: 14.42 + index * 0.001,
        latitude: 51.18 + index * 0.0005,
        tags: ['a', 'b'],
        customFields: { founded: 1990 + index, listed: index % 3 === 0 },
      });
      ids.push(place.id);
    }
    await call(CHANNELS.updatePlace, { id: ids[0], changes: { longitude: 14.5, latitude: 51.2, name: 'Moved' } });
    await call(CHANNELS.deletePlace, { id: ids[11] });
    await call(CHANNELS.createQuarter, {
      name: 'Altstadt',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [14.41, 51.17],
            [14.44, 51.17],
            [14.44, 51.19],
            [14.41, 51.19],
            [14.41, 51.17],
          ],
        ],
      },
    });
    await call(CHANNELS.createRoute, { name: 'Walk', stopPlaceIds: [ids[0], ids[2], ids[4]] });
    await call(CHANNELS.createLink, { fromPlaceId: ids[1], toPlaceId: ids[0], type: 'uses-heritage-site' });
    await call(CHANNELS.createLink, { fromPlaceId: ids[3], toPlaceId: ids[1], type: 'project-partner' });
    const doomed = await call<{ id: number }>(CHANNELS.createLink, {
      fromPlaceId: ids[5],
      toPlaceId: ids[1],
      type: 'supplier-client',
    });
    await call(CHANNELS.deleteLink, { id: doomed.id });
  });

  it('passes validate_gpkg with no error or warning', () => {
    const output = execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output.trim()).toBe('');
  });

  it('ogrinfo lists every layer with the right feature count and geometry type', () => {
    const output = execFileSync('ogrinfo', ['-so', '-al', file], { encoding: 'utf8' });
    const layers = output
      .split('Layer name: ')
      .slice(1)
      .map((block) => ({
        name: block.split('\n')[0],
        geometry: /^Geometry: (.+)$/m.exec(block)?.[1],
        count: Number(/^Feature Count: (\d+)$/m.exec(block)?.[1]),
      }));
    expect(layers).toEqual([
      { name: 'places', geometry: 'Point', count: 11 },
      { name: 'quarters', geometry: 'Polygon', count: 1 },
      { name: 'routes', geometry: 'Line String', count: 1 },
      { name: 'network_nodes', geometry: 'Point', count: 0 },
      { name: 'network_edges', geometry: 'Line String', count: 0 },
      { name: 'links', geometry: 'None', count: 2 },
      { name: 'route_stops', geometry: 'None', count: 3 },
      { name: 'settings', geometry: 'None', count: 1 },
      { name: 'osm_category_mapping', geometry: 'None', count: DEFAULT_OSM_CATEGORY_RULES.length },
    ]);
    expect(output).toMatch(/GEOGCRS\["WGS 84"/);
  });

  it('GDAL reads the geometries and attributes Itinera wrote', () => {
    const output = execFileSync(
      'ogrinfo',
      [
        '-q',
        file,
        '-sql',
        `SELECT name, category, ST_AsText(geom) AS wkt FROM places WHERE id = ${ids[0]}`,
        '-dialect',
        'SQLite',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(output).toContain('name (String) = Moved');
    expect(output).toContain('wkt (String) = POINT(14.5 51.2)');
    const spatial = execFileSync('ogrinfo', ['-q', '-spat', '14.419', '51.179', '14.4215', '51.1812', file, 'places'], {
      encoding: 'utf8',
    });
    expect([...spatial.matchAll(/OGRFeature\(places\):(\d+)/g)].map((match) => Number(match[1]))).toEqual([ids[1]]);
  });

  it('GDAL understands the links and route stops as related tables', () => {
    const output = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys; from osgeo import gdal; gdal.UseExceptions(); ds = gdal.OpenEx(sys.argv[1]); print(sorted(ds.GetRelationshipNames()))',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(output.trim()).toBe("['places_places_features', 'routes_places_features']");
  });
});
