import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/codecs/export/write-csv.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, FIRM_NAME, LONG_FIELD, PLACES } from './export-fixture.js';
import { HAVE_GDAL, ogrFeatures, ogrSummary, saveFile } from './gdal.js';

// CSV export: places only, one row each, RFC 4180 quoting, geometry as WKT or as
// longitude/latitude, read back by a CSV parser and by GDAL.

const BUILT_IN = [
  'id',
  'uuid',
  'name',
  'category',
  'category_label',
  'sector',
  'description',
  'address',
  'website',
  'tags',
];
const CUSTOM = ['Source', 'citations', 'listed', 'founded', 'rating', 'custom_category', LONG_FIELD, 'sources'];

const wktFile = writeCsv(EXPORT_DATA);
const lonLatFile = writeCsv(EXPORT_DATA, { csvGeometry: 'lonlat' });
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const parse = (bytes: Uint8Array) => Papa.parse<string[]>(text(bytes), { skipEmptyLines: true });

describe('CSV export', () => {
  it('has the documented columns, one row per place, no BOM and CRLF line ends', () => {
    expect(wktFile).toMatchObject({ extension: 'csv', mimeType: 'text/csv' });
    expect([...wktFile.bytes.slice(0, 3)]).toEqual([...new TextEncoder().encode('id,')]);
    expect(text(wktFile.bytes).split('\r\n')[0]).toBe([...BUILT_IN, ...CUSTOM, 'wkt'].join(','));
    const { data, errors } = parse(wktFile.bytes);
    expect(errors).toEqual([]);
    // Header and six places: quarters and routes are not in the CSV.
    expect(data).toHaveLength(1 + PLACES.length);
    expect(parse(lonLatFile.bytes).data[0]).toEqual([...BUILT_IN, ...CUSTOM, 'longitude', 'latitude']);
    expect(text(wktFile.bytes)).toMatch(/[^\n]\r\n$/);
  });

  it('writes just the header when there are no places', () => {
    const empty = writeCsv({ ...EXPORT_DATA, places: [] });
    expect(text(empty.bytes)).toBe(`${[...BUILT_IN, 'wkt'].join(',')}\r\n`);
  });

  it('quotes names, line breaks and commas so that every value reads back', () => {
    const [header = [], ...rows] = parse(wktFile.bytes).data;
    const records = rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index]])));
    expect(records.find((record) => record.id === '3')).toMatchObject({
      name: FIRM_NAME,
      category: 'creative-firm',
      category_label: 'Creative SME or freelancer',
      sector: 'design',
      tags: 'design; signage; Schriften',
      founded: '1998',
      listed: 'true',
      rating: '4.5',
      custom_category: 'Kreativwirtschaft',
      [LONG_FIELD]: 'Frau Öztürk',
      wkt: 'POINT (14.9855 51.1547)',
    });
    expect(records.find((record) => record.id === '1')?.description).toBe(PLACES[0]?.description);
    expect(records.find((record) => record.id === '4')).toMatchObject({
      name: 'Galerie Ost, "Lichthof"',
      listed: 'false',
      sources: 'Katalog 2012\nKatalog 2019',
      rating: '',
    });
  });

  describe.runIf(HAVE_GDAL)('read by GDAL', () => {
    const dir = tempDir();
    const wktPath = saveFile(dir, 'places.csv', wktFile.bytes);
    const lonLatPath = saveFile(dir, 'places-lonlat.csv', lonLatFile.bytes);
    const lonLatOptions = ['-oo', 'X_POSSIBLE_NAMES=longitude', '-oo', 'Y_POSSIBLE_NAMES=latitude'];

    it('takes the wkt column as the geometry', () => {
      expect(ogrSummary(wktPath).get('places')).toMatchObject({ count: 6 });
      const features = ogrFeatures(wktPath);
      expect(features.map((feature) => feature.geometry)).toEqual(
        PLACES.map((place) => `POINT (${place.longitude} ${place.latitude})`),
      );
      expect(features.find((feature) => feature.values.id === '3')?.values).toMatchObject({
        name: FIRM_NAME,
        category: 'creative-firm',
        founded: '1998',
        custom_category: 'Kreativwirtschaft',
        [LONG_FIELD]: 'Frau Öztürk',
      });
      expect(features.find((feature) => feature.values.id === '1')?.values.description).toBe(PLACES[0]?.description);
    });

    it('takes longitude and latitude as point coordinates', () => {
      const options = [...lonLatOptions, '-oo', 'AUTODETECT_TYPE=YES'];
      expect(ogrSummary(lonLatPath, options).get('places-lonlat')).toMatchObject({ geometry: 'Point', count: 6 });
      const firm = ogrFeatures(lonLatPath, options).find((feature) => feature.values.name === FIRM_NAME);
      expect(firm?.geometry).toBe('POINT (14.9855 51.1547)');
      expect(firm?.types.founded).toBe('Integer');
      expect(firm?.values).toMatchObject({ founded: '1998', category: 'creative-firm' });
    });
  });
});
