import { describe, expect, it } from 'vitest';
import { writeKml } from '../../../shared/codecs/export/write-kml.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, FIRM_NAME, PLACES } from './export-fixture.js';
import { HAVE_GDAL, ogrFeatures, ogrSummary, saveFile, wktType } from './gdal.js';

// KML export: a folder (GDAL layer) each for places, quarters and routes, names and
// descriptions as KML elements, the other attributes as ExtendedData.

const file = writeKml(EXPORT_DATA);
const text = new TextDecoder().decode(file.bytes);

describe('KML export', () => {
  it('is escaped XML named after the project', () => {
    expect(file).toMatchObject({ extension: 'kml', mimeType: 'application/vnd.google-earth.kml+xml' });
    expect(
      text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'),
    ).toBe(true);
    expect(text).toContain('<name>Görlitz – Altstadt &amp; Nikolaivorstadt</name>');
    expect(text).not.toContain('<script>');
    // The bell character is not allowed in XML 1.0.
    expect(text).not.toContain('\u0007');
  });

  it('keeps a custom field named "visibility" from hiding the place', () => {
    const hidden = { ...PLACES[1]!, customFields: { visibility: false } };
    const kml = new TextDecoder().decode(writeKml({ ...EXPORT_DATA, places: [hidden] }).bytes);
    expect(kml).not.toContain('<visibility>');
    expect(kml).toContain('<Data name="custom_visibility"><value>false</value></Data>');
  });

  describe.runIf(HAVE_GDAL)('read by GDAL', () => {
    const path = saveFile(tempDir(), 'export.kml', file.bytes);
    const features = ogrFeatures(path);
    const layer = (name: string) => features.filter((feature) => feature.layer === name);

    it('has one layer per kind of feature, with its geometry type', () => {
      const layers = ogrSummary(path);
      expect([...layers].map(([name, summary]) => [name, summary.count])).toEqual([
        ['Places', 6],
        ['Quarters', 1],
        ['Routes', 2],
      ]);
      expect(layer('Places').map((feature) => wktType(feature.geometry))).toEqual(Array(6).fill('POINT'));
      expect(layer('Quarters').map((feature) => feature.geometry)).toEqual([
        'POLYGON ((14.982 51.152,14.994 51.152,14.994 51.158,14.982 51.158,14.982 51.152))',
      ]);
      expect(layer('Routes').map((feature) => wktType(feature.geometry))).toEqual(['LINESTRING', 'LINESTRING']);
    });

    it('shows names, descriptions and attributes intact', () => {
      const firm = layer('Places').find((feature) => feature.values.id === '3');
      expect(firm?.geometry).toBe('POINT (14.9855 51.1547)');
      expect(firm?.values).toMatchObject({
        Name: FIRM_NAME,
        description: 'Studio for type & signage, ring the bell twice',
        category: 'creative-firm',
        category_label: 'Creative SME or freelancer',
        sector: 'design',
        founded: '1998',
        listed: 'true',
        rating: '4.5',
        custom_category: 'Kreativwirtschaft',
      });
      // NOTE: GDAL's LIBKML driver turns non-ASCII field names into underscores (its choice;
      // the KML holds the name as written), so only the value is checked here.
      expect(Object.values(firm?.values ?? {})).toContain('Frau Öztürk');
      const heritage = layer('Places').find((feature) => feature.values.id === '1');
      expect(heritage?.values.description).toBe(PLACES[0]?.description);
      expect(layer('Quarters')[0]?.values).toMatchObject({ Name: 'Nikolaivorstadt <Kern>', kind: 'cultural-quarter' });
      expect(layer('Routes')[0]?.values).toMatchObject({
        Name: 'Tuchmacher-Weg',
        description: 'Vom Theater zur Tuchfabrik & weiter',
        stops: '6,1,3',
        mode_label: 'On foot',
      });
    });
  });
});
