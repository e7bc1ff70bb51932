import { zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../shared/api/contract.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { feature, featureCollection, importInto, ogr2ogr, writeText } from './import-helper.js';

// Every feature of a file is accounted for: imported (with its attributes, whatever its
// geometry), imported with a change that is listed, or skipped with why. Nothing vanishes: not a
// GPX waypoint with a broken position, not a KML whose elements carry a namespace prefix.

const dir = tempDir('itinera-rows-');
const gdal = haveTools('ogrinfo');

describe('every feature is listed', () => {
  it('GPX: waypoints, routes and tracks without usable positions are skipped in file order, points left out of a line are listed', async () => {
    const gpx = writeText(
      dir,
      'broken.gpx',
      `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="48.41" lon="15.6"><name>Good</name></wpt>
<wpt lat="abc" lon="15.6"><name>Text</name></wpt>
<wpt lon="15.6"><name>No latitude</name></wpt>
<rte><name>Short</name><rtept lat="48.4" lon="15.6"/><rtept lat="x" lon="15.61"/></rte>
<trk><name>Walk</name><trkseg>
  <trkpt lat="48.40" lon="15.60"/>
  <trkpt lat="" lon="15.61"/>
  <trkpt lat="48.41" lon="15.62"/>
</trkseg></trk>
<wpt lat="48.42" lon="15.63"><name>Last</name></wpt>
</gpx>`,
    );
    const imported = await importInto(dir, gpx);
    expect(imported.places.map((place) => place.name)).toEqual(['Good', 'Last']);
    expect(imported.routes.map((route) => route.name)).toEqual(['Walk']);
    expect(imported.routes[0]!.geometry.coordinates).toHaveLength(2);
    expect(imported.skipped).toEqual([
      '#2: invalid coordinates lat="abc" lon="15.6" (line 4)',
      '#3: invalid coordinates lat="" lon="15.6" (line 5)',
      '#4: a line needs at least two positions',
    ]);
    expect(imported.repaired).toEqual([
      '#5: 1 point with invalid coordinates left out of the line (the first on line 9)',
    ]);
  });

  it('KML: a placemark without geometry is listed; a kml:-prefixed file reads like an unprefixed one', async () => {
    const body = (prefix: string) => {
      const tag = (name: string) => (prefix ? `${prefix}:${name}` : name);
      const element = (name: string, content: string) => `<${tag(name)}>${content}</${tag(name)}>`;
      return `<?xml version="1.0" encoding="UTF-8"?>
<${tag('kml')} ${prefix ? `xmlns:${prefix}` : 'xmlns'}="http://www.opengis.net/kml/2.2">${element(
        'Document',
        [
          element('Placemark', element('name', 'Dom') + element('Point', element('coordinates', '15.6,48.41'))),
          element('Placemark', element('name', 'Nowhere')),
          element(
            'Placemark',
            element('name', 'Weg') + element('LineString', element('coordinates', '15.6,48.41 15.61,48.42')),
          ),
        ].join('\n'),
      )}</${tag('kml')}>`;
    };
    const plain = await importInto(dir, writeText(dir, 'plain.kml', body('')));
    const prefixed = await importInto(dir, writeText(dir, 'prefixed.kml', body('kml')));
    for (const imported of [plain, prefixed]) {
      expect(imported.places.map((place) => place.name)).toEqual(['Dom']);
      expect(imported.routes.map((route) => route.name)).toEqual(['Weg']);
      expect(imported.skipped).toEqual(['#2: the feature has no geometry']);
    }
    // A KML with nothing in it says so rather than importing nothing without a word.
    const empty = await importInto(
      dir,
      writeText(dir, 'empty.kml', '<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>'),
    );
    expect(empty.notes).toEqual(['the file holds no placemarks']);
  });

  it.runIf(gdal)('shapefile: a null shape and .dbf records beyond the shapes are listed', async () => {
    const folder = path.join(dir, 'nulls');
    ogr2ogr([
      '-f',
      'ESRI Shapefile',
      folder,
      writeText(
        dir,
        'nulls.geojson',
        featureCollection([
          feature({ name: 'Dom' }, { type: 'Point', coordinates: [15.6, 48.41] }),
          feature({ name: 'Lost' }, null),
          feature({ name: 'Turm' }, { type: 'Point', coordinates: [15.61, 48.41] }),
        ]),
      ),
      '-nln',
      'nulls',
    ]);
    // A .shp cut after its second record leaves the .dbf with one record too many.
    const shp = fs.readFileSync(path.join(folder, 'nulls.shp'));
    const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
    let end = 100;
    for (let record = 0; record < 2; record++) end += 8 + view.getInt32(end + 4) * 2;
    const files = Object.fromEntries(
      ['shp', 'shx', 'dbf', 'prj'].map((extension) => [
        `nulls.${extension}`,
        extension === 'shp' ? shp.subarray(0, end) : fs.readFileSync(path.join(folder, `nulls.${extension}`)),
      ]),
    );
    const zip = path.join(dir, 'nulls.zip');
    fs.writeFileSync(zip, zipSync(files));
    const imported = await importInto(dir, zip);
    expect(imported.places.map((place) => place.name)).toEqual(['Dom']);
    expect(imported.skipped).toEqual([
      '#2: the feature has no geometry',
      '#3: the .dbf record has no shape in the .shp file',
    ]);
  });
});

describe('attributes and descriptions are kept as they are', () => {
  const attributes = { denkmal: true, baujahr: 1720, träger: 'Stadt', quellen: ['a', 'b'] };

  it('areas and routes keep their attributes as places do, and exports carry them', async () => {
    const file = writeText(
      dir,
      'attributes.geojson',
      featureCollection([
        feature({ name: 'Platz', ...attributes }, { type: 'Point', coordinates: [15.6, 48.41] }),
        feature(
          { name: 'Viertel', category: 'altstadt', ...attributes },
          {
            type: 'Polygon',
            coordinates: [
              [
                [15.6, 48.4],
                [15.61, 48.4],
                [15.61, 48.41],
                [15.6, 48.4],
              ],
            ],
          },
        ),
        feature(
          { name: 'Gasse', ...attributes },
          {
            type: 'LineString',
            coordinates: [
              [15.6, 48.4],
              [15.61, 48.41],
            ],
          },
        ),
      ]),
    );
    const imported = await importInto(dir, file);
    const expected = { denkmal: true, baujahr: 1720, träger: 'Stadt', quellen: '["a","b"]' };
    expect(imported.places[0]!.customFields).toEqual(expected);
    // An area has no category: the column stays one of its attributes.
    expect(imported.quarters[0]!.customFields).toEqual({ category: 'altstadt', ...expected });
    expect(imported.routes[0]!.customFields).toEqual(expected);

    const store = createProjectStore(path.join(dir, 'attributes-export.gpkg'));
    try {
      await createImportService(store).importFile(file, 'museum');
      const exported = await createProjectService(store).exportData(parseInput('exportData', { format: 'geojson' }));
      const collection = JSON.parse(Buffer.from(exported.contentBase64, 'base64').toString('utf8')) as {
        features: { properties: Record<string, unknown> }[];
      };
      const byType = (type: string) => collection.features.find((entry) => entry.properties.feature_type === type)!;
      expect(byType('quarter').properties).toMatchObject({ custom_category: 'altstadt', denkmal: true, baujahr: 1720 });
      expect(byType('route').properties).toMatchObject({ träger: 'Stadt', quellen: '["a","b"]' });
    } finally {
      store.close();
    }
  });

  it('a KML description in HTML (CDATA) is kept as its text, never as a JSON object, and exported so', async () => {
    const kml = writeText(
      dir,
      'balloon.kml',
      `<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Dom</name>
<description><![CDATA[<h3>Dom St. Veit</h3><p>Barock, 1616&ndash;1630.<br/>Mehr: <a href="https://example.org/dom">Website</a></p><script>alert('x')</script><img src="x.jpg" onerror="alert(1)">]]></description>
<Point><coordinates>15.6,48.41</coordinates></Point></Placemark></Document></kml>`,
    );
    const imported = await importInto(dir, kml);
    expect(imported.places[0]!.description).toBe(
      'Dom St. Veit\n\nBarock, 1616–1630.\nMehr: Website (https://example.org/dom)',
    );
    expect(imported.notes).toEqual(['1 HTML description kept as plain text (markup removed)']);

    const store = createProjectStore(path.join(dir, 'balloon-export.gpkg'));
    try {
      await createImportService(store).importFile(kml, 'museum');
      const exported = await createProjectService(store).exportData(parseInput('exportData', { format: 'kml' }));
      const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
      expect(text).toContain('Barock, 1616–1630.');
      expect(text).not.toMatch(/@type|<script|alert/);
    } finally {
      store.close();
    }
  });
});
