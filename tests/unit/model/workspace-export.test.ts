import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { parseInput } from '../../../shared/api/contract.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Exports carry the workspace model: GeoJSON has each place's groups as a property, the groups and
// events as foreign members and the link attributes; a GeoPackage export holds groups (nested, with
// members), events with participants, custom field definitions and the values as columns.

const dir = tempDir();
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

describe('exports of the workspace model', () => {
  it('GeoJSON and GeoPackage carry groups, events, link attributes and custom fields', async () => {
    const store = createProjectStore(path.join(dir, 'export-source.gpkg'), 'Export');
    stores.push(store);
    const service = createProjectService(store);
    service.createCustomField(
      parseInput('createCustomField', { category: 'creative-firm', name: 'Founded', type: 'date' }),
    );
    const firm = service.createPlace(
      parseInput('createPlace', {
        name: 'Studio',
        category: 'creative-firm',
        longitude: 15.6,
        latitude: 48.4,
        customFields: { Founded: '2001-02-03' },
      }),
    );
    const site = service.createPlace(
      parseInput('createPlace', { name: 'Site', category: 'monument', longitude: 15.61, latitude: 48.4 }),
    );
    service.createLink(
      parseInput('createLink', {
        fromPlaceId: firm.id,
        toPlaceId: site.id,
        type: 'uses-heritage-site',
        startDate: '2020-01-01',
        strength: 3,
      }),
    );
    const network = service.createGroup(parseInput('createGroup', { name: 'Network', level: 'international-network' }));
    const quarter = service.createGroup(
      parseInput('createGroup', { name: 'Quarter', level: 'quarter', parentId: network.id }),
    );
    service.addGroupMember({ groupId: quarter.id, memberType: 'place', memberId: firm.id });
    service.addGroupMember({ groupId: network.id, memberType: 'place', memberId: firm.id });
    service.createEvent(
      parseInput('createEvent', {
        title: 'Open studio',
        kind: 'open-studio',
        startDate: '2026-05-01',
        venuePlaceId: site.id,
        participantPlaceIds: [firm.id],
      }),
    );

    const geojson = await service.exportData(parseInput('exportData', { format: 'geojson' }));
    const collection = JSON.parse(Buffer.from(geojson.contentBase64, 'base64').toString('utf8')) as {
      features: { properties: Record<string, unknown> }[];
      links: Record<string, unknown>[];
      groups: Record<string, unknown>[];
      events: Record<string, unknown>[];
    };
    const studio = collection.features.find((feature) => feature.properties.name === 'Studio')!;
    expect(studio.properties).toMatchObject({ Founded: '2001-02-03', groups: 'Network; Quarter' });
    expect(collection.links[0]).toMatchObject({ start_date: '2020-01-01', strength: 3 });
    expect(collection.groups.map((group) => [group.name, group.level])).toEqual([
      ['Network', 'international-network'],
      ['Quarter', 'quarter'],
    ]);
    expect(collection.events[0]).toMatchObject({
      title: 'Open studio',
      start_date: '2026-05-01',
      end_date: '2026-05-01',
    });

    const gpkg = await service.exportData(parseInput('exportData', { format: 'gpkg' }));
    const file = path.join(dir, 'exported.gpkg');
    fs.writeFileSync(file, Buffer.from(gpkg.contentBase64, 'base64'));
    const exported = openProjectStore(file);
    stores.push(exported);
    const copy = createProjectService(exported);
    const places = new Map(copy.listPlaces({}).map((place) => [place.name, place.id]));
    const groups = copy.listGroups({});
    const copiedNetwork = groups.find((group) => group.name === 'Network')!;
    expect(groups.find((group) => group.name === 'Quarter')).toMatchObject({
      parentId: copiedNetwork.id,
      placeIds: [places.get('Studio')],
    });
    expect(copy.listEvents({})[0]).toMatchObject({
      venuePlaceId: places.get('Site'),
      participantPlaceIds: [places.get('Studio')],
    });
    expect(copy.listCustomFields({}).map((definition) => [definition.name, definition.type])).toEqual([
      ['Founded', 'date'],
    ]);
    expect(copy.listLinks({})[0]).toMatchObject({ startDate: '2020-01-01', strength: 3 });
  });
});
