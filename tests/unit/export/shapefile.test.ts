import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportData } from '../../../shared/codecs/export/export-data.js';
import { writeShapefile } from '../../../shared/codecs/export/write-shapefile.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, FIRM_NAME, PLACES } from './export-fixture.js';
import { HAVE_GDAL, ogrFeatures, ogrSummary, saveFile } from './gdal.js';

// Shapefile export: a zip with one shapefile per geometry type (.shp, .shx, .dbf, .prj, .cpg),
// read by GDAL through /vsizip/ with UTF-8 text, short unique field names and one feature per
// place, quarter and route.

const file = writeShapefile(EXPORT_DATA);
const PLACE_FIELDS = [
  ['id', 'Integer'],
  ['uuid', 'String'],
  ['name', 'String'],
  ['category', 'String'],
  ['cat_label', 'String'],
  ['sector', 'String'],
  ['descriptn', 'String'],
  ['address', 'String'],
  ['website', 'String'],
  ['tags', 'String'],
  ['source', 'String'],
  ['citations', 'String'],
  ['listed', 'String'],
  ['founded', 'Integer'],
  ['rating', 'Real'],
  ['c_category', 'String'],
  ['ansprechpe', 'String'],
  ['sources', 'String'],
];

describe('Shapefile export', () => {
  it('zips one shapefile per geometry type, each with .prj (WGS84) and .cpg (UTF-8)', () => {
    expect(file).toMatchObject({ extension: 'zip', mimeType: 'application/zip' });
    const entries = unzipSync(file.bytes);
    const names = ['places', 'quarters', 'routes'].flatMap((layer) =>
      ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((extension) => `${layer}.${extension}`),
    );
    expect(Object.keys(entries).sort()).toEqual(names.sort());
    expect(new TextDecoder().decode(entries['places.cpg'])).toBe('UTF-8');
    expect(new TextDecoder().decode(entries['routes.prj'])).toMatch(/^GEOGCS\["GCS_WGS_1984"/);
  });

  describe.runIf(HAVE_GDAL)('read by GDAL', () => {
    const dir = tempDir();
    const source = `/vsizip/${saveFile(dir, 'export.zip', file.bytes)}`;
    const features = ogrFeatures(source);
    const layer = (name: string) => features.filter((feature) => feature.layer === name);

    it('has places, quarters and routes with their geometry types, in WGS84', () => {
      const layers = ogrSummary(source);
      expect([...layers].map(([name, summary]) => [name, summary.geometry, summary.count]).sort()).toEqual([
        ['places', 'Point', 6],
        ['quarters', 'Polygon', 1],
        ['routes', 'Line String', 2],
      ]);
      for (const summary of layers.values()) expect(summary.srs).toContain('WGS 84');
      expect([...(layers.get('places')?.fields ?? [])]).toEqual(PLACE_FIELDS);
      expect([...(layers.get('quarters')?.fields.keys() ?? [])]).toEqual([
        'id',
        'uuid',
        'name',
        'kind',
        'kind_label',
        'descriptn',
      ]);
    });

    it('reads UTF-8 text, numbers and custom fields back', () => {
      const firm = layer('places').find((feature) => feature.values.id === '3');
      expect(firm?.geometry).toBe('POINT (14.9855 51.1547)');
      expect(firm?.values).toMatchObject({
        name: FIRM_NAME,
        category: 'creative-firm',
        cat_label: 'Creative SME or freelancer',
        sector: 'design',
        tags: 'design; signage; Schriften',
        founded: '1998',
        rating: '4.5',
        listed: 'T',
        c_category: 'Kreativwirtschaft',
        ansprechpe: 'Frau Öztürk',
      });
      expect(layer('places').find((feature) => feature.values.id === '1')?.values.descriptn).toBe(
        PLACES[0]?.description,
      );
      expect(layer('places').find((feature) => feature.values.id === '4')?.values.listed).toBe('F');
    });

    it('writes each route as its own line and the quarter as the same polygon', () => {
      expect(layer('routes').map((feature) => [feature.values.name, feature.values.stops, feature.geometry])).toEqual([
        ['Tuchmacher-Weg', '6,1,3', 'LINESTRING (14.9837 51.1534,14.9871 51.1552,14.9855 51.1547)'],
        ['Museumsrunde', '2,4', 'LINESTRING (14.9899 51.1561,14.9923 51.1539)'],
      ]);
      // Shapefile outer rings run clockwise: the same ring, reversed.
      expect(layer('quarters')[0]?.geometry).toBe(
        'POLYGON ((14.982 51.152,14.982 51.158,14.994 51.158,14.994 51.152,14.982 51.152))',
      );
      expect(layer('quarters')[0]?.values).toMatchObject({ name: 'Nikolaivorstadt <Kern>', kind: 'cultural-quarter' });
    });

    it('cuts text longer than 254 bytes at a character boundary', () => {
      const long: ExportData = {
        ...EXPORT_DATA,
        places: [{ ...PLACES[0]!, description: `a${'ä'.repeat(300)}` }],
        quarters: [],
        routes: [],
      };
      const longSource = `/vsizip/${saveFile(dir, 'long.zip', writeShapefile(long).bytes)}`;
      const layers = ogrSummary(longSource);
      expect([...layers.keys()]).toEqual(['places']);
      // 1 + 2 × 126 = 253 bytes: one more byte would split an "ä".
      expect(ogrFeatures(longSource)[0]?.values.descriptn).toBe(`a${'ä'.repeat(126)}`);
    });

    it('writes an empty places layer when there is nothing to export', () => {
      const empty: ExportData = { projectName: 'Empty', places: [], quarters: [], routes: [], links: [] };
      const emptySource = `/vsizip/${saveFile(dir, 'empty.zip', writeShapefile(empty).bytes)}`;
      expect(ogrSummary(emptySource).get('places')).toMatchObject({ geometry: 'Point', count: 0 });
    });
  });
});
