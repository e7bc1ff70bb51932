import { zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { feature, featureCollection, importInto, ogr2ogr, writeText } from './import-helper.js';

// Heights (Z) and measures (M) are never a reason to skip a feature: areas with altitudes (as
// Google Earth, My Maps and LIBKML write KML) and lines with measures import in 2D, and the
// preview says which were dropped. Every format that can carry them is tried.

const dir = tempDir('itinera-heights-');
const gdal = haveTools('ogrinfo');

const HEIGHTS = /^(\d+) features? (has|have) heights \(Z\); Itinera keeps positions without height/;
const MEASURES = /^(\d+) features? (has|have) measures \(M\), which are not imported$/;

const ring = (z: number) => [
  [15.6, 48.41, z],
  [15.61, 48.41, z + 1],
  [15.61, 48.42, z + 2],
  [15.6, 48.42, z + 3],
  [15.6, 48.41, z],
];
const REFERENCE = featureCollection([
  feature({ name: 'Altstadt', kind: 'zone' }, { type: 'Polygon', coordinates: [ring(200)] }),
  feature(
    { name: 'Uferweg', surface: 'gravel' },
    {
      type: 'LineString',
      coordinates: [
        [15.6, 48.41, 201],
        [15.62, 48.41, 203],
      ],
    },
  ),
  feature({ name: 'Turm', category: 'monument' }, { type: 'Point', coordinates: [15.605, 48.415, 230] }),
]);

describe('heights and measures', () => {
  it('KML as Google Earth writes it (lon,lat,alt): the area with altitudes is imported, heights dropped, said', async () => {
    const kml = writeText(
      dir,
      'google-earth.kml',
      `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document><name>Rundgang</name>
<Placemark><name>Altstadt</name><Polygon><altitudeMode>relativeToGround</altitudeMode><outerBoundaryIs><LinearRing>
<coordinates>15.6,48.41,12 15.61,48.41,12 15.61,48.42,12 15.6,48.42,12 15.6,48.41,12</coordinates>
</LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>Weg</name><LineString><coordinates>15.6,48.41,0 15.62,48.41,0</coordinates></LineString></Placemark>
</Document></kml>`,
    );
    const imported = await importInto(dir, kml);
    expect(imported.skipped).toEqual([]);
    expect(imported.quarters).toHaveLength(1);
    expect(imported.quarters[0]!.geometry.coordinates[0]![0]).toEqual([15.6, 48.41]);
    expect(imported.routes).toHaveLength(1);
    expect(imported.notes).toEqual([expect.stringMatching(HEIGHTS)]);
    expect(imported.notes[0]).toMatch(/^2 features have/);
  });

  it('GeoJSON with Z: areas, lines and points all import in 2D', async () => {
    const imported = await importInto(dir, writeText(dir, 'z.geojson', REFERENCE));
    expect(imported.skipped).toEqual([]);
    expect([imported.places.length, imported.quarters.length, imported.routes.length]).toEqual([1, 1, 1]);
    expect(imported.notes).toEqual([expect.stringMatching(/^3 features have heights/)]);
  });

  it('GPX elevations (ele) are said to be dropped, not silently lost', async () => {
    const gpx = writeText(
      dir,
      'ele.gpx',
      `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="48.41" lon="15.6"><ele>203.5</ele><name>Start</name></wpt>
<trk><name>Weg</name><trkseg><trkpt lat="48.41" lon="15.6"><ele>200</ele></trkpt><trkpt lat="48.42" lon="15.61"><ele>210</ele></trkpt></trkseg></trk>
</gpx>`,
    );
    const imported = await importInto(dir, gpx);
    expect(imported.skipped).toEqual([]);
    expect(imported.notes).toEqual([expect.stringMatching(/^2 features have heights/)]);
  });

  describe.runIf(gdal)('files GDAL writes with Z and M', () => {
    const source = writeText(dir, 'reference-z.geojson', REFERENCE);

    it.each([
      ['GeoPackage (POLYGON Z, LINESTRING Z)', 'zz.gpkg', ['-f', 'GPKG'], HEIGHTS],
      ['GeoPackage with measures (XYM)', 'm.gpkg', ['-f', 'GPKG', '-dim', 'XYM'], MEASURES],
      ['FlatGeobuf with Z', 'z.fgb', ['-f', 'FlatGeobuf', '-dim', 'XYZ'], HEIGHTS],
      ['FlatGeobuf with measures', 'm.fgb', ['-f', 'FlatGeobuf', '-dim', 'XYM'], MEASURES],
      ['KML through LIBKML (KMZ)', 'z.kmz', ['-f', 'LIBKML'], HEIGHTS],
    ])('%s imports every feature and names what it dropped', async (_, name, args, note) => {
      const file = path.join(dir, name);
      ogr2ogr([...args, file, source]);
      const imported = await importInto(dir, file);
      expect(imported.skipped).toEqual([]);
      expect([imported.places.length, imported.quarters.length, imported.routes.length]).toEqual([1, 1, 1]);
      expect(imported.notes.some((text) => note.test(text))).toBe(true);
    });

    it('shapefiles with Z (PolygonZ) and with measures (PolyLineM) import with the same note', async () => {
      for (const [dimension, note] of [
        ['XYZ', HEIGHTS],
        ['XYM', MEASURES],
      ] as const) {
        const folder = path.join(dir, `shp-${dimension}`);
        for (const [layer, name] of [
          ['areas', 'Altstadt'],
          ['paths', 'Uferweg'],
        ] as const)
          ogr2ogr([
            '-f',
            'ESRI Shapefile',
            folder,
            source,
            '-dim',
            dimension,
            '-where',
            `name = '${name}'`,
            '-nln',
            layer,
          ]);
        const zip = path.join(dir, `shapes-${dimension}.zip`);
        fs.writeFileSync(
          zip,
          zipSync(
            Object.fromEntries(fs.readdirSync(folder).map((file) => [file, fs.readFileSync(path.join(folder, file))])),
          ),
        );
        const imported = await importInto(dir, zip);
        expect(imported.skipped).toEqual([]);
        expect(imported.quarters.length + imported.routes.length).toBe(2);
        expect(imported.notes.some((text) => note.test(text))).toBe(true);
      }
    });
  });
});
