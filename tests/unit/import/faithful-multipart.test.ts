import fs from 'node:fs';
import path from 'node:path';
import { length as turfLength, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../shared/api/contract.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { feature, featureCollection, importInto, ogr2ogr, writeText } from './import-helper.js';

// A line of several parts (a river in stretches, a GPX track paused and resumed) stays in parts:
// one route per part, named "<name> (part n)", kept together in a group named after it. Nothing
// joins the parts with invented straight segments (a river of 2,474 km became 4,235 km). The same
// rule for every format. A multipolygon is imported whole or not at all.

const dir = tempDir('itinera-multipart-');
const gdal = haveTools('ogrinfo');

// Three stretches of a river, far apart: joined, the gaps would add about 60 km.
const PARTS: [number, number][][] = [
  [
    [15.6, 48.4],
    [15.7, 48.41],
    [15.8, 48.4],
  ],
  [
    [16.1, 48.3],
    [16.2, 48.25],
  ],
  [
    [16.5, 48.2],
    [16.6, 48.21],
    [16.7, 48.2],
  ],
];
const partLengths = PARTS.map((part) => turfLength(lineString(part), { units: 'meters' }));
const RIVER = featureCollection([
  feature({ name: 'Donau', class: 'river', width_m: 300 }, { type: 'MultiLineString', coordinates: PARTS }),
]);

function expectRiverInParts(imported: Awaited<ReturnType<typeof importInto>>, name = 'Donau') {
  expect(imported.skipped).toEqual([]);
  const routes = [...imported.routes].sort((a, b) => a.name.localeCompare(b.name));
  expect(routes.map((route) => route.name)).toEqual([1, 2, 3].map((part) => `${name} (part ${part})`));
  routes.forEach((route, index) => {
    expect(route.geometry.coordinates).toHaveLength(PARTS[index]!.length);
    // Geodesic (Itinera) against haversine (turf): the same stretch, within half a per cent.
    expect(Math.abs(route.lengthMetres - partLengths[index]!) / partLengths[index]!).toBeLessThan(0.005);
  });
  const group = imported.groups.find((candidate) => candidate.name === name);
  expect(group).toMatchObject({ level: 'cultural-route', placeIds: [], quarterIds: [] });
  expect([...group!.routeIds].sort()).toEqual(routes.map((route) => route.id).sort());
  expect(imported.notes).toContainEqual(expect.stringMatching(/^1 feature has several parts: each part becomes/));
}

describe('multi-part lines stay multi-part', () => {
  it('GeoJSON MultiLineString: one route per stretch, grouped, lengths as the stretches', async () => {
    const imported = await importInto(dir, writeText(dir, 'river.geojson', RIVER));
    expectRiverInParts(imported);
    // The attributes stay with every part.
    expect(imported.routes.map((route) => route.customFields)).toEqual(Array(3).fill({ class: 'river', width_m: 300 }));
    const total = imported.routes.reduce((sum, route) => sum + route.lengthMetres, 0);
    expect(total).toBeLessThan(partLengths.reduce((sum, part) => sum + part, 0) * 1.005);
  });

  it('a GPX track in three segments', async () => {
    const segments = PARTS.map(
      (part) => `<trkseg>${part.map(([lon, lat]) => `<trkpt lat="${lat}" lon="${lon}"/>`).join('')}</trkseg>`,
    );
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Donau</name>${segments.join('')}</trk></gpx>`;
    expectRiverInParts(await importInto(dir, writeText(dir, 'track.gpx', gpx)));
  });

  it('a KML MultiGeometry of three LineStrings', async () => {
    const lines = PARTS.map(
      (part) =>
        `<LineString><coordinates>${part.map((position) => position.join(',')).join(' ')}</coordinates></LineString>`,
    );
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Donau</name><MultiGeometry>${lines.join('')}</MultiGeometry></Placemark></Document></kml>`;
    expectRiverInParts(await importInto(dir, writeText(dir, 'river.kml', kml)));
  });

  it('a CSV whose WKT column holds a MULTILINESTRING', async () => {
    const wkt = `MULTILINESTRING (${PARTS.map((part) => `(${part.map((position) => position.join(' ')).join(', ')})`).join(', ')})`;
    expectRiverInParts(await importInto(dir, writeText(dir, 'river.csv', `name,wkt\nDonau,"${wkt}"\n`)));
  });

  describe.runIf(gdal)('files GDAL writes', () => {
    const source = writeText(dir, 'river-source.geojson', RIVER);
    it.each([
      ['GeoPackage (MULTILINESTRING)', 'river.gpkg', ['-f', 'GPKG']],
      ['FlatGeobuf', 'river.fgb', ['-f', 'FlatGeobuf']],
      ['a zipped shapefile (a polyline of three parts)', 'river.shp.zip', ['-f', 'ESRI Shapefile']],
      ['KMZ through LIBKML', 'river.kmz', ['-f', 'LIBKML']],
      [
        'GPX (a track of three segments)',
        'river.gpx',
        ['-f', 'GPX', '-nlt', 'MULTILINESTRING', '-lco', 'FORCE_GPX_TRACK=YES'],
      ],
    ])('%s', async (_, name, args) => {
      const file = path.join(dir, name);
      ogr2ogr([...args, file, source]);
      expectRiverInParts(await importInto(dir, file));
    });
  });

  it('keeps the groups of parts when the project is exported as a GeoPackage', async () => {
    const { createProjectStore, openProjectStore } = await import('../../../electron/store/project-store.js');
    const { createProjectService } = await import('../../../electron/services/core/project-service.js');
    const { createImportService } = await import('../../../electron/services/transfer/import-service.js');
    const project = path.join(dir, 'export-source.gpkg');
    const store = createProjectStore(project);
    try {
      await createImportService(store).importFile(writeText(dir, 'river-again.geojson', RIVER), null);
      const exported = await createProjectService(store).exportData(parseInput('exportData', { format: 'gpkg' }));
      const copy = path.join(dir, 'exported.gpkg');
      fs.writeFileSync(copy, Buffer.from(exported.contentBase64, 'base64'));
      const reopened = openProjectStore(copy);
      try {
        const [group] = createProjectService(reopened).listGroups({});
        expect(group?.routeIds).toHaveLength(3);
        expect(createProjectService(reopened).listRoutes({})[0]?.customFields).toEqual({
          class: 'river',
          width_m: 300,
        });
      } finally {
        reopened.close();
      }
    } finally {
      store.close();
    }
  });
});

describe('multipolygons are imported whole or not at all', () => {
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ];
  const bowTie = [
    [
      [15.7, 48.4],
      [15.71, 48.41],
      [15.71, 48.4],
      [15.7, 48.41],
      [15.7, 48.4],
    ],
  ];

  it('an invalid part that cannot be repaired skips the whole feature, naming the part', async () => {
    const file = writeText(
      dir,
      'islands.geojson',
      featureCollection([
        feature(
          { name: 'Inseln' },
          { type: 'MultiPolygon', coordinates: [square(15.6, 48.4), bowTie, square(15.8, 48.4)] },
        ),
        feature({ name: 'Wörth' }, { type: 'MultiPolygon', coordinates: [square(15.6, 48.5), square(15.7, 48.5)] }),
      ]),
    );
    const imported = await importInto(dir, file);
    expect(imported.skipped).toEqual([
      expect.stringMatching(
        /^#1: part 2: invalid area: its boundary crosses or overlaps itself near 15\.705, 48\.405 \(longitude, latitude\); a repair would change its surface/,
      ),
    ]);
    expect(imported.quarters.map((quarter) => quarter.name)).toEqual(['Wörth (part 1)', 'Wörth (part 2)']);
    expect(imported.groups).toEqual([
      expect.objectContaining({
        name: 'Wörth',
        level: 'quarter',
        quarterIds: imported.quarters.map((quarter) => quarter.id),
      }),
    ]);
  });
});
