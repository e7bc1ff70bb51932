import { describe, expect, it } from 'vitest';
import { writeKml } from '../../../shared/codecs/export/write-kml.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, FIRM_NAME, PLACES, ROUTED_DATA } from './export-fixture.js';
import { HAVE_GDAL, ogrFeatures, ogrSummary, saveFile, wktType } from './gdal.js';

// KML export: a folder (GDAL layer) each for places and quarters, and per route its line and
// legs; names and descriptions as KML elements, the other attributes as ExtendedData.

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

    it('has a layer for places, quarters and each route, with their geometry types', () => {
      const layers = ogrSummary(path);
      // The Routes folder holds only the routes' folders: GDAL lists it as an empty layer.
      expect([...layers].map(([name, summary]) => [name, summary.count])).toEqual([
        ['Places', 6],
        ['Quarters', 1],
        ['Routes', 0],
        ['Tuchmacher-Weg', 1],
        ['Museumsrunde', 1],
      ]);
      expect(layer('Places').map((feature) => wktType(feature.geometry))).toEqual(Array(6).fill('POINT'));
      expect(layer('Quarters').map((feature) => feature.geometry)).toEqual([
        'POLYGON ((14.982 51.152,14.994 51.152,14.994 51.158,14.982 51.158,14.982 51.152))',
      ]);
      expect(
        [...layer('Tuchmacher-Weg'), ...layer('Museumsrunde')].map((feature) => wktType(feature.geometry)),
      ).toEqual(['LINESTRING', 'LINESTRING']);
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
      expect(layer('Tuchmacher-Weg')[0]?.values).toMatchObject({
        Name: 'Tuchmacher-Weg',
        description: 'Vom Theater zur Tuchfabrik & weiter',
        stops: '6,1,3',
        mode_label: 'On foot',
      });
    });
  });

  describe.runIf(HAVE_GDAL)('a routed route, read by GDAL', () => {
    const path = saveFile(tempDir(), 'routed.kml', writeKml(ROUTED_DATA).bytes);
    const walk = ogrFeatures(path).filter((feature) => feature.layer === 'Tuchmacher-Weg');

    it('is a folder with the routed line and a placemark per leg, length and minutes in ExtendedData', () => {
      expect(walk.map((feature) => feature.values.Name)).toEqual([
        'Tuchmacher-Weg',
        'Theater Görlitz → Alte Tuchfabrik',
        `Alte Tuchfabrik → ${FIRM_NAME}`,
      ]);
      expect(walk[0]?.geometry).toBe(
        'LINESTRING (14.9837 51.1534,14.984 51.154,14.9845 51.1546,14.986 51.1549,14.9871 51.1552,14.9855 51.1547)',
      );
      expect(walk[0]?.values).toMatchObject({ length_m: '464', duration_min: '5.6', stops: '6,1,3' });
      expect(walk[1]?.values).toMatchObject({
        route_id: '1',
        leg: '1',
        from_place_id: '6',
        to_place_id: '1',
        kind: 'network',
        length_m: '341',
        duration_min: '4.1',
      });
      expect(walk[1]?.geometry).toBe(
        'LINESTRING (14.9837 51.1534,14.984 51.154,14.9845 51.1546,14.986 51.1549,14.9871 51.1552)',
      );
      expect(walk[2]?.values).toMatchObject({ leg: '2', kind: 'straight', length_m: '124', duration_min: '1.5' });
    });
  });
});
