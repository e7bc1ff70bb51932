import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { newProject } from '../helpers/project.js';
import { haveTools } from '../helpers/tools.js';
import { DEFAULT_OSM_CATEGORY_RULES } from '../../shared/codecs/osm/osm-category-defaults.js';

// The project file must open in GDAL (and so QGIS) as it is: GDAL's own GeoPackage validator
// and ogrinfo read a project that was made and edited through the API.

const tools = haveTools('ogrinfo', 'validateGpkg');

function ok<T>(result: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

describe.runIf(tools)('GeoPackage conformance (GDAL)', () => {
  const { host, file } = newProject('Conformance quarter');
  const call = async <T>(channel: string, payload: unknown) => ok<T>(await host.dispatch(channel, payload));

  const ids: number[] = [];
  // Made and edited through the API, as the app does.
  beforeAll(async () => {
    for (let index = 0; index < 12; index++) {
      const place = await call<{ id: number }>(CHANNELS.createPlace, {
        name: `Place ${index} «ü»`,
        category: index % 2 ? 'creative-firm' : 'heritage-site',
        sector: index % 2 ? 'design' : null,
        longitude: 14.42 + index * 0.001,
        latitude: 51.18 + index * 0.0005,
        tags: ['a', 'b'],
        customFields: { founded: 1990 + index, listed: index % 3 === 0 },
      });
      ids.push(place.id);
    }
    await call(CHANNELS.updatePlace, { id: ids[0], changes: { longitude: 14.5, latitude: 51.2, name: 'Moved' } });
    await call(CHANNELS.deletePlace, { id: ids[11] });
    const quarter = await call<{ id: number }>(CHANNELS.createQuarter, {
      name: 'Altstadt',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [14.41, 51.17],
            [14.44, 51.17],
            [14.44, 51.19],
            [14.41, 51.19],
            [14.41, 51.17],
          ],
        ],
      },
    });
    const route = await call<{ id: number }>(CHANNELS.createRoute, {
      name: 'Walk',
      stopPlaceIds: [ids[0], ids[2], ids[4]],
    });
    const firstLink = await call<{ id: number }>(CHANNELS.createLink, {
      fromPlaceId: ids[1],
      toPlaceId: ids[0],
      type: 'uses-heritage-site',
    });
    await call(CHANNELS.createLink, { fromPlaceId: ids[3], toPlaceId: ids[1], type: 'project-partner' });
    const doomed = await call<{ id: number }>(CHANNELS.createLink, {
      fromPlaceId: ids[5],
      toPlaceId: ids[1],
      type: 'supplier-client',
    });
    await call(CHANNELS.deleteLink, { id: doomed.id });
    // Attachments and annotations: Related Tables (media and attributes) with mapping tables.
    const photo = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'attachments', 'photo.jpg'));
    await call(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: ids[0],
      fileName: 'photo.jpg',
      contentBase64: photo.toString('base64'),
      thumbnailBase64: photo.toString('base64'),
    });
    const removed = await call<{ id: number }>(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: ids[2],
      fileName: 'photo.jpg',
      contentBase64: photo.toString('base64'),
    });
    await call(CHANNELS.removeAttachment, { id: removed.id });
    await call(CHANNELS.addAttachment, {
      featureType: 'quarter',
      featureId: quarter.id,
      fileName: 'plan.jpg',
      contentBase64: photo.toString('base64'),
    });
    await call(CHANNELS.createAnnotation, {
      featureType: 'place',
      featureId: ids[0],
      text: 'Listed 1978',
      author: 'Monument office',
      source: 'Denkmalliste',
    });
    await call(CHANNELS.createAnnotation, { featureType: 'route', featureId: route.id, text: 'Steep after the mill' });
    // The workspace model (issue #3): groups with members, an event with participants, custom
    // field definitions, link attributes, and undo/redo (history rows).
    const network = await call<{ id: number }>(CHANNELS.createGroup, {
      name: 'Network',
      level: 'international-network',
    });
    const cluster = await call<{ id: number }>(CHANNELS.createGroup, {
      name: 'Altstadt cluster',
      level: 'quarter',
      parentId: network.id,
    });
    await call(CHANNELS.addGroupMember, { groupId: cluster.id, memberType: 'place', memberId: ids[1] });
    await call(CHANNELS.addGroupMember, { groupId: network.id, memberType: 'place', memberId: ids[1] });
    await call(CHANNELS.addGroupMember, { groupId: cluster.id, memberType: 'quarter', memberId: quarter.id });
    const event = await call<{ id: number }>(CHANNELS.createEvent, {
      title: 'Open studios',
      kind: 'open-studio',
      startDate: '2026-05-01',
      endDate: '2026-05-03',
      venuePlaceId: ids[0],
      participantPlaceIds: [ids[1], ids[3]],
    });
    await call(CHANNELS.addAttachment, {
      featureType: 'event',
      featureId: event.id,
      fileName: 'poster.jpg',
      contentBase64: photo.toString('base64'),
    });
    await call(CHANNELS.createAnnotation, { featureType: 'group', featureId: cluster.id, text: 'Founded 2019' });
    await call(CHANNELS.createCustomField, { category: 'creative-firm', name: 'Founded', type: 'date' });
    await call(CHANNELS.updatePlace, { id: ids[1], changes: { customFields: { Founded: '2001-04-01' } } });
    await call(CHANNELS.updateLink, { id: firstLink.id, changes: { startDate: '2019-01-01', strength: 4 } });
    await call(CHANNELS.undo, {});
    await call(CHANNELS.redo, {});
    // Content in several languages (issue #11): names per language in places_translations.
    await call(CHANNELS.updateContentLanguages, { further: ['de', 'fr'] });
    await call(CHANNELS.updatePlace, {
      id: ids[2],
      changes: { translations: { de: { name: 'Ort 2' }, fr: { name: 'Lieu 2', description: 'Un lieu' } } },
    });
    await call(CHANNELS.updateQuarter, { id: quarter.id, changes: { translations: { de: { name: 'Altstadt' } } } });
    // A report snapshot (issue #15): an attribute table of JSON texts.
    await call(CHANNELS.saveSnapshot, { scope: { kind: 'area', areaId: quarter.id }, label: 'Baseline' });
  });

  it('passes validate_gpkg with no error or warning', () => {
    const output = execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output.trim()).toBe('');
  });

  it('ogrinfo lists every layer with the right feature count and geometry type', () => {
    const output = execFileSync('ogrinfo', ['-so', '-al', file], { encoding: 'utf8' });
    const layers = output
      .split('Layer name: ')
      .slice(1)
      .map((block) => ({
        name: block.split('\n')[0],
        geometry: /^Geometry: (.+)$/m.exec(block)?.[1],
        count: Number(/^Feature Count: (\d+)$/m.exec(block)?.[1]),
      }));
    expect(layers).toEqual([
      { name: 'places', geometry: 'Point', count: 11 },
      { name: 'quarters', geometry: 'Polygon', count: 1 },
      { name: 'routes', geometry: 'Line String', count: 1 },
      { name: 'network_nodes', geometry: 'Point', count: 0 },
      { name: 'network_edges', geometry: 'Line String', count: 0 },
      { name: 'links', geometry: 'None', count: 2 },
      { name: 'route_stops', geometry: 'None', count: 3 },
      // The project's name and its primary and further content languages.
      { name: 'settings', geometry: 'None', count: 3 },
      { name: 'osm_category_mapping', geometry: 'None', count: DEFAULT_OSM_CATEGORY_RULES.length },
      // Three: the removed photo's bytes stay while its removal can be undone.
      { name: 'attachments', geometry: 'None', count: 4 },
      { name: 'annotations', geometry: 'None', count: 3 },
      { name: 'places_attachments', geometry: 'None', count: 1 },
      { name: 'quarters_attachments', geometry: 'None', count: 1 },
      { name: 'routes_attachments', geometry: 'None', count: 0 },
      { name: 'places_annotations', geometry: 'None', count: 1 },
      { name: 'quarters_annotations', geometry: 'None', count: 0 },
      { name: 'routes_annotations', geometry: 'None', count: 1 },
      { name: 'cluster_groups', geometry: 'None', count: 2 },
      { name: 'group_places', geometry: 'None', count: 2 },
      { name: 'group_quarters', geometry: 'None', count: 1 },
      { name: 'events', geometry: 'None', count: 1 },
      { name: 'event_participants', geometry: 'None', count: 2 },
      { name: 'custom_field_definitions', geometry: 'None', count: 1 },
      { name: 'itinera_operations', geometry: 'None', count: expect.any(Number) as number },
      { name: 'itinera_history', geometry: 'None', count: expect.any(Number) as number },
      { name: 'events_attachments', geometry: 'None', count: 1 },
      { name: 'cluster_groups_attachments', geometry: 'None', count: 0 },
      { name: 'events_annotations', geometry: 'None', count: 0 },
      { name: 'cluster_groups_annotations', geometry: 'None', count: 1 },
      { name: 'basemap_tiles', geometry: 'None', count: 0 },
      { name: 'basemap_metadata', geometry: 'None', count: 0 },
      { name: 'basemap_files', geometry: 'None', count: 0 },
      { name: 'basemap_file_tiles', geometry: 'None', count: 0 },
      { name: 'places_translations', geometry: 'None', count: 2 },
      { name: 'quarters_translations', geometry: 'None', count: 1 },
      { name: 'routes_translations', geometry: 'None', count: 0 },
      { name: 'events_translations', geometry: 'None', count: 0 },
      { name: 'group_routes', geometry: 'None', count: 0 },
      { name: 'report_snapshots', geometry: 'None', count: 1 },
      // The workspace's bookkeeping (migration 0019): empty until the project syncs.
      { name: 'itinera_sync_state', geometry: 'None', count: 0 },
      { name: 'itinera_sync_base', geometry: 'None', count: 0 },
      { name: 'itinera_sync_conflicts', geometry: 'None', count: 0 },
    ]);
    expect(output).toMatch(/GEOGCRS\["WGS 84"/);
  });

  it('GDAL reads the geometries and attributes Itinera wrote', () => {
    const output = execFileSync(
      'ogrinfo',
      [
        '-q',
        file,
        '-sql',
        `SELECT name, category, ST_AsText(geom) AS wkt FROM places WHERE id = ${ids[0]}`,
        '-dialect',
        'SQLite',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(output).toContain('name (String) = Moved');
    expect(output).toContain('wkt (String) = POINT(14.5 51.2)');
    const spatial = execFileSync('ogrinfo', ['-q', '-spat', '14.419', '51.179', '14.4215', '51.1812', file, 'places'], {
      encoding: 'utf8',
    });
    expect([...spatial.matchAll(/OGRFeature\(places\):(\d+)/g)].map((match) => Number(match[1]))).toEqual([ids[1]]);
  });

  it('GDAL understands links, route stops, attachments (media), annotations, group members and event participants as related tables', () => {
    const script = [
      'import sys, json',
      'from osgeo import gdal',
      'gdal.UseExceptions()',
      'ds = gdal.OpenEx(sys.argv[1])',
      'out = {}',
      'for name in sorted(ds.GetRelationshipNames()):',
      '    r = ds.GetRelationship(name)',
      '    out[name] = [r.GetLeftTableName(), r.GetRightTableName(), r.GetMappingTableName(), r.GetRelatedTableType()]',
      'print(json.dumps(out))',
    ].join('\n');
    const output = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({
      places_annotations_attributes: ['places', 'annotations', 'places_annotations', 'attributes'],
      places_attachments_media: ['places', 'attachments', 'places_attachments', 'media'],
      places_places_features: ['places', 'places', 'links', 'features'],
      quarters_annotations_attributes: ['quarters', 'annotations', 'quarters_annotations', 'attributes'],
      quarters_attachments_media: ['quarters', 'attachments', 'quarters_attachments', 'media'],
      routes_annotations_attributes: ['routes', 'annotations', 'routes_annotations', 'attributes'],
      routes_attachments_media: ['routes', 'attachments', 'routes_attachments', 'media'],
      routes_places_features: ['routes', 'places', 'route_stops', 'features'],
      cluster_groups_places_features: ['cluster_groups', 'places', 'group_places', 'features'],
      cluster_groups_quarters_features: ['cluster_groups', 'quarters', 'group_quarters', 'features'],
      cluster_groups_routes_features: ['cluster_groups', 'routes', 'group_routes', 'features'],
      events_places_features: ['events', 'places', 'event_participants', 'features'],
      events_attachments_media: ['events', 'attachments', 'events_attachments', 'media'],
      events_annotations_attributes: ['events', 'annotations', 'events_annotations', 'attributes'],
      cluster_groups_attachments_media: ['cluster_groups', 'attachments', 'cluster_groups_attachments', 'media'],
      cluster_groups_annotations_attributes: [
        'cluster_groups',
        'annotations',
        'cluster_groups_annotations',
        'attributes',
      ],
    });
  });

  it('GDAL reads the attachment bytes and their sniffed content type', () => {
    const output = execFileSync(
      'ogrinfo',
      [
        '-q',
        file,
        '-sql',
        'SELECT file_name, content_type, length(data) AS bytes FROM attachments ORDER BY id LIMIT 1',
        '-dialect',
        'SQLite',
      ],
      { encoding: 'utf8' },
    );
    const photo = fs.statSync(path.join(import.meta.dirname, '..', 'fixtures', 'attachments', 'photo.jpg')).size;
    expect(output).toContain('content_type (String) = image/jpeg');
    expect(output).toContain(`bytes (Integer) = ${photo}`);
  });
});
