import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../shared/codecs/export/export-data.js';
import { writeExport } from '../../../shared/codecs/export/write-export.js';
import { writeGeoJson } from '../../../shared/codecs/export/write-geojson.js';
import { EXPORT_DATA } from './export-fixture.js';

// The single entry point: every format but GeoPackage is written in shared/.

const EXPECTED = {
  geojson: ['geojson', 'application/geo+json'],
  csv: ['csv', 'text/csv'],
  kml: ['kml', 'application/vnd.google-earth.kml+xml'],
  gpx: ['gpx', 'application/gpx+xml'],
  shp: ['zip', 'application/zip'],
  fgb: ['fgb', 'application/octet-stream'],
  jsonld: ['jsonld', 'application/ld+json'],
} as const;

describe('writeExport', () => {
  it.each(Object.entries(EXPECTED))('writes %s', async (format, [extension, mimeType]) => {
    const file = await writeExport(format as keyof typeof EXPECTED, EXPORT_DATA);
    expect(file).toMatchObject({ extension, mimeType });
    expect(file.bytes.length).toBeGreaterThan(100);
  });

  it('knows every export format', () => {
    expect([...Object.keys(EXPECTED), 'gpkg'].sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it('writes the same bytes as the format writer and passes options on', async () => {
    expect((await writeExport('geojson', EXPORT_DATA)).bytes).toEqual(writeGeoJson(EXPORT_DATA).bytes);
    const csv = await writeExport('csv', EXPORT_DATA, { csvGeometry: 'lonlat' });
    expect(new TextDecoder().decode(csv.bytes).split('\r\n')[0]).toMatch(/,longitude,latitude$/);
  });

  it('leaves GeoPackage to the backend', async () => {
    await expect(writeExport('gpkg', EXPORT_DATA)).rejects.toThrow(/GeoPackage export is written by the backend/);
  });
});
