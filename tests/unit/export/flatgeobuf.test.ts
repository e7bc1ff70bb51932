import { describe, expect, it } from 'vitest';
import { writeFlatGeobuf } from '../../../shared/codecs/export/write-flatgeobuf.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, FIRM_NAME, LONG_FIELD } from './export-fixture.js';
import { HAVE_GDAL, ogrFeatures, ogrSummary, saveFile, wktType } from './gdal.js';

// FlatGeobuf export: places, quarters and routes in one mixed-geometry layer in EPSG:4326,
// with columns typed over all features (not just the first).

const file = writeFlatGeobuf(EXPORT_DATA);

describe('FlatGeobuf export', () => {
  it('starts with the FlatGeobuf magic bytes', () => {
    expect(file).toMatchObject({ extension: 'fgb', mimeType: 'application/octet-stream' });
    expect([...file.bytes.slice(0, 3)]).toEqual([0x66, 0x67, 0x62]);
  });

  describe.runIf(HAVE_GDAL)('read by GDAL', () => {
    const path = saveFile(tempDir(), 'export.fgb', file.bytes);
    const features = ogrFeatures(path);

    it('is one layer of every feature in EPSG:4326, with typed columns', () => {
      const layers = ogrSummary(path);
      expect(layers.size).toBe(1);
      const [layer] = layers.values();
      expect(layer).toMatchObject({ geometry: 'Unknown (any)', count: 9 });
      expect(layer?.srs).toContain('ID["EPSG",4326]');
      // The first place has no `founded` or `rating`: their types come from the other places.
      expect(Object.fromEntries(layer?.fields ?? [])).toMatchObject({
        feature_type: 'String',
        id: 'Integer64',
        name: 'String',
        founded: 'Integer64',
        rating: 'Real',
        listed: 'Integer(Boolean)',
        [LONG_FIELD]: 'String',
        length_m: 'Integer64',
        stops: 'String',
      });
    });

    it('holds each feature with its geometry and values', () => {
      const kinds = features.map((feature) => `${feature.values.feature_type} ${wktType(feature.geometry)}`);
      expect(kinds).toEqual([
        ...Array(6).fill('place POINT'),
        'quarter POLYGON',
        'route LINESTRING',
        'route LINESTRING',
      ]);
      const firm = features.find((feature) => feature.values.name === FIRM_NAME);
      expect(firm?.geometry).toBe('POINT (14.9855 51.1547)');
      expect(firm?.values).toMatchObject({
        id: '3',
        category: 'creative-firm',
        sector: 'design',
        founded: '1998',
        listed: '1',
        rating: '4.5',
        custom_category: 'Kreativwirtschaft',
        [LONG_FIELD]: 'Frau Öztürk',
      });
      // ogrinfo leaves out fields that are not set.
      const guide = features.find((feature) => feature.values.id === '5');
      expect(guide?.values).toMatchObject({ name: 'Stadtführungen Görlitz', rating: '5' });
      expect(guide?.values).not.toHaveProperty('founded');
      const quarter = features.find((feature) => feature.values.feature_type === 'quarter');
      expect(quarter?.values).toMatchObject({ name: 'Nikolaivorstadt <Kern>', kind_label: 'Cultural quarter' });
      expect(quarter?.values).not.toHaveProperty('category');
      expect(features.find((feature) => feature.values.name === 'Tuchmacher-Weg')?.values).toMatchObject({
        stops: '6,1,3',
        length_m: '443',
      });
    });
  });
});
