import { describe, expect, it } from 'vitest';
import { writeGeoJson } from '../../../shared/codecs/export/write-geojson.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, FIRM_NAME, LONG_FIELD, ROUTED_DATA } from './export-fixture.js';
import { HAVE_GDAL, ogrFeatures, ogrSummary, saveFile, wktType } from './gdal.js';

// GeoJSON export: one FeatureCollection of places, quarters and routes that GDAL reads with
// every attribute, custom fields as typed properties, links as lines (and as a foreign member).

const file = writeGeoJson(EXPORT_DATA);
const collection = JSON.parse(new TextDecoder().decode(file.bytes));
const byType = (type: string) =>
  collection.features.filter(
    (feature: { properties: { feature_type: string } }) => feature.properties.feature_type === type,
  );

describe('GeoJSON export', () => {
  it('holds places, quarters and routes with their attributes and custom fields', () => {
    expect(file).toMatchObject({ extension: 'geojson', mimeType: 'application/geo+json' });
    expect(collection.type).toBe('FeatureCollection');
    expect(byType('place')).toHaveLength(6);
    expect(byType('quarter')).toHaveLength(1);
    expect(byType('route')).toHaveLength(2);
    const firm = byType('place').find((feature: { properties: { id: number } }) => feature.properties.id === 3);
    expect(firm.geometry).toEqual({ type: 'Point', coordinates: [14.9855, 51.1547] });
    expect(firm.properties).toMatchObject({
      name: FIRM_NAME,
      category: 'creative-firm',
      category_label: 'Creative SME or freelancer',
      sector: 'design',
      tags: 'design; signage; Schriften',
      founded: 1998,
      listed: true,
      rating: 4.5,
      // A custom field named like a built-in column is prefixed, the built-in one kept.
      custom_category: 'Kreativwirtschaft',
      [LONG_FIELD]: 'Frau Öztürk',
    });
    const museum = byType('place').find((feature: { properties: { id: number } }) => feature.properties.id === 2);
    expect(museum.properties.founded).toBeNull();
    expect(byType('quarter')[0].geometry).toEqual(EXPORT_DATA.quarters[0]?.geometry);
    expect(byType('route')[0].properties).toMatchObject({ name: 'Tuchmacher-Weg', stops: '6,1,3', length_m: 443 });
    expect(byType('route')[0].properties.category).toBeUndefined();
  });

  it('writes each link as a line from place to place that GIS tools read, and as a foreign member', () => {
    const lines = byType('link');
    expect(lines).toHaveLength(2);
    expect(lines[0].geometry).toEqual({ type: 'LineString', coordinates: [[14.9855, 51.1547], expect.any(Array)] });
    const from = byType('place').find((feature: { properties: { id: number } }) => feature.properties.id === 3);
    const to = byType('place').find((feature: { properties: { id: number } }) => feature.properties.id === 1);
    expect(lines[0].geometry.coordinates).toEqual([from.geometry.coordinates, to.geometry.coordinates]);
    expect(lines[0].properties).toMatchObject({
      feature_type: 'link',
      id: 1,
      from_place_id: 3,
      to_place_id: 1,
      from_name: FIRM_NAME,
      type: 'uses-heritage-site',
      type_label: 'Uses a heritage site',
      note: 'Fotoshooting',
    });
    expect(collection.links).toEqual([
      {
        id: 1,
        uuid: null,
        from_place_id: 3,
        to_place_id: 1,
        type: 'uses-heritage-site',
        type_label: 'Uses a heritage site',
        note: 'Fotoshooting',
        start_date: null,
        strength: null,
      },
      {
        id: 2,
        uuid: null,
        from_place_id: 5,
        to_place_id: 2,
        type: 'project-partner',
        type_label: 'Partner in a project',
        note: '',
        start_date: null,
        strength: null,
      },
    ]);
  });

  describe.runIf(HAVE_GDAL)('read by GDAL', () => {
    const path = saveFile(tempDir(), 'export.geojson', file.bytes);

    it('is one layer, named after the project, with every feature', () => {
      const layers = ogrSummary(path);
      expect([...layers.keys()]).toEqual([EXPORT_DATA.projectName]);
      const layer = layers.get(EXPORT_DATA.projectName);
      expect(layer).toMatchObject({ geometry: 'Unknown (any)', count: 11 });
      expect(layer?.fields.get('founded')).toBe('Integer');
      expect(layer?.fields.get('listed')).toBe('Integer(Boolean)');
    });

    it('gives the links as a layer of lines (ogrinfo with a filter on feature_type)', () => {
      const layers = ogrSummary(path, ['-where', "feature_type = 'link'"]);
      expect(layers.get(EXPORT_DATA.projectName)).toMatchObject({ count: 2 });
      const links = ogrFeatures(path, ['-where', "feature_type = 'link'"]);
      expect(links.map((feature) => wktType(feature.geometry))).toEqual(['LINESTRING', 'LINESTRING']);
      expect(links[0]?.values).toMatchObject({ type: 'uses-heritage-site', from_name: FIRM_NAME });
    });

    it('shows every value intact, with a distinct feature id per feature', () => {
      const features = ogrFeatures(path);
      expect(features).toHaveLength(11);
      // Places, quarters and routes share ids; GDAL must not take those as feature ids.
      expect(new Set(features.map((feature) => feature.fid)).size).toBe(11);
      const kinds = features.map((feature) => `${feature.values.feature_type} ${wktType(feature.geometry)}`);
      expect(kinds.sort()).toEqual([
        'link LINESTRING',
        'link LINESTRING',
        ...Array(6).fill('place POINT'),
        'quarter POLYGON',
        'route LINESTRING',
        'route LINESTRING',
      ]);
      const firm = features.find((feature) => feature.values.name === FIRM_NAME);
      expect(firm?.values).toMatchObject({
        feature_type: 'place',
        id: '3',
        category: 'creative-firm',
        founded: '1998',
        listed: '1',
        rating: '4.5',
        custom_category: 'Kreativwirtschaft',
        [LONG_FIELD]: 'Frau Öztürk',
      });
      expect(firm?.geometry).toBe('POINT (14.9855 51.1547)');
      const route = features.find((feature) => feature.values.name === 'Tuchmacher-Weg');
      expect(route?.values).toMatchObject({ feature_type: 'route', stops: '6,1,3', mode_label: 'On foot' });
      expect(route?.geometry).toBe('LINESTRING (14.9837 51.1534,14.9871 51.1552,14.9855 51.1547)');
    });
  });

  describe('a routed route', () => {
    const routed = writeGeoJson(ROUTED_DATA);
    const legsOf = (features: { properties: Record<string, unknown> }[]) =>
      features.filter((feature) => feature.properties.feature_type === 'route_leg');
    const parsed = JSON.parse(new TextDecoder().decode(routed.bytes));

    it('is its routed line, and a line per leg from stop to stop (via points joined)', () => {
      const route = parsed.features.find(
        (feature: { properties: { id: number; feature_type: string } }) =>
          feature.properties.feature_type === 'route' && feature.properties.id === 1,
      );
      expect(route.geometry.coordinates).toHaveLength(6);
      expect(route.properties).toMatchObject({ length_m: 464, duration_min: 5.6 });
      const legs = legsOf(parsed.features);
      expect(legs.map((leg) => leg.properties)).toEqual([
        {
          feature_type: 'route_leg',
          name: 'Theater Görlitz → Alte Tuchfabrik',
          route_id: 1,
          route_name: 'Tuchmacher-Weg',
          leg: 1,
          from_place_id: 6,
          to_place_id: 1,
          from_name: 'Theater Görlitz',
          to_name: 'Alte Tuchfabrik',
          kind: 'network',
          length_m: 341,
          duration_min: 4.1,
        },
        {
          feature_type: 'route_leg',
          name: `Alte Tuchfabrik → ${FIRM_NAME}`,
          route_id: 1,
          route_name: 'Tuchmacher-Weg',
          leg: 2,
          from_place_id: 1,
          to_place_id: 3,
          from_name: 'Alte Tuchfabrik',
          to_name: FIRM_NAME,
          kind: 'straight',
          length_m: 124,
          duration_min: 1.5,
        },
      ]);
      // The two pieces around the via point make one line, without the via point twice.
      expect((legs[0] as unknown as { geometry: { coordinates: unknown[] } }).geometry.coordinates).toEqual(
        route.geometry.coordinates.slice(0, 5),
      );
      // A route without stored legs (not routed yet) has no leg features.
      expect(legsOf(collection.features)).toEqual([]);
    });

    it.runIf(HAVE_GDAL)('reads back in GDAL as lines QGIS can filter by feature_type', () => {
      const path = saveFile(tempDir(), 'routed.geojson', routed.bytes);
      const features = ogrFeatures(path).filter((feature) => feature.values.feature_type === 'route_leg');
      expect(features.map((feature) => [feature.values.leg, feature.values.to_name, feature.values.length_m])).toEqual([
        ['1', 'Alte Tuchfabrik', '341'],
        ['2', FIRM_NAME, '124'],
      ]);
      expect(features[0]?.types.duration_min).toBe('Real');
      expect(features[0]?.geometry).toBe(
        'LINESTRING (14.9837 51.1534,14.984 51.154,14.9845 51.1546,14.986 51.1549,14.9871 51.1552)',
      );
    });
  });
});
