import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectService, type ProjectServiceImpl } from '../../../electron/services/core/project-service.js';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { parseInput } from '../../../shared/api/contract.js';
import {
  CATEGORIES,
  EVENT_KINDS,
  GROUP_LEVELS,
  LINK_STRENGTHS,
  LINK_TYPES,
  QUARTER_KINDS,
  SECTORS,
  categoryHasSector,
} from '../../../shared/model/typology.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The whole domain model round-trips through the project file: every category (site and actor
// kind) and sector, area kind, group level, event kind, link type and strength is written through
// the API, the file is closed and reopened, and everything reads back the same.

const dir = tempDir();
let counter = 0;
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function fresh(): { service: ProjectServiceImpl; file: string } {
  const file = path.join(dir, `model-${++counter}.gpkg`);
  const store = createProjectStore(file, 'Model');
  stores.push(store);
  return { service: createProjectService(store), file };
}
function reopen(file: string): ProjectServiceImpl {
  const store = openProjectStore(file);
  stores.push(store);
  return createProjectService(store);
}

const square = (west: number, south: number, size = 0.01) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ] as [number, number][],
  ],
});

describe('domain model round-trip', () => {
  it('stores every category, sector, area kind, group level, event kind and link type', () => {
    const { service, file } = fresh();
    const places = CATEGORIES.map((category, index) =>
      service.createPlace(
        parseInput('createPlace', {
          name: category.label,
          category: category.id,
          sector: categoryHasSector(category.id) ? SECTORS[index % SECTORS.length]!.id : null,
          longitude: 15.6 + index * 0.001,
          latitude: 48.4,
        }),
      ),
    );
    const firms = SECTORS.map((sector, index) =>
      service.createPlace(
        parseInput('createPlace', {
          name: `Firm ${sector.label}`,
          category: 'creative-firm',
          sector: sector.id,
          longitude: 15.7,
          latitude: 48.4 + index * 0.001,
        }),
      ),
    );
    const quarters = QUARTER_KINDS.map((kind, index) =>
      service.createQuarter(
        parseInput('createQuarter', { name: kind.label, kind: kind.id, geometry: square(15 + index * 0.1, 48) }),
      ),
    );
    const groups = GROUP_LEVELS.map((level) =>
      service.createGroup(parseInput('createGroup', { name: level.label, level: level.id })),
    );
    service.updateGroup(parseInput('updateGroup', { id: groups[0]!.id, changes: { parentId: groups[1]!.id } }));
    for (const group of groups) {
      service.addGroupMember({ groupId: group.id, memberType: 'place', memberId: places[0]!.id });
      service.addGroupMember({ groupId: group.id, memberType: 'quarter', memberId: quarters[0]!.id });
    }
    const actors = places.filter(
      (place) => CATEGORIES.find((category) => category.id === place.category)!.group !== 'site',
    );
    const events = EVENT_KINDS.map((kind, index) =>
      service.createEvent(
        parseInput('createEvent', {
          title: kind.label,
          kind: kind.id,
          startDate: `2026-0${1 + (index % 9)}-01`,
          endDate: `2026-0${1 + (index % 9)}-0${1 + (index % 3)}`,
          venuePlaceId: places[index]!.id,
          participantPlaceIds: [actors[index]!.id, actors[index + 1]!.id],
        }),
      ),
    );
    const links = LINK_TYPES.map((type, index) =>
      service.createLink(
        parseInput('createLink', {
          fromPlaceId: places[index]!.id,
          toPlaceId: places[index + 1]!.id,
          type: type.id,
          note: `note ${index}`,
          startDate: index % 2 ? '2020-02-29' : null,
          strength: LINK_STRENGTHS[index % LINK_STRENGTHS.length]!.id,
        }),
      ),
    );
    const field = service.createCustomField(
      parseInput('createCustomField', {
        category: 'museum',
        name: 'Opening',
        type: 'choice',
        options: ['daily', 'weekends'],
      }),
    );

    const again = reopen(file);
    expect(again.listPlaces({})).toEqual([...places, ...firms]);
    expect(new Set(again.listPlaces({}).map((place) => place.category))).toEqual(new Set(CATEGORIES.map((c) => c.id)));
    expect(
      new Set(
        again
          .listPlaces({})
          .map((place) => place.sector)
          .filter(Boolean),
      ),
    ).toEqual(new Set(SECTORS.map((s) => s.id)));
    expect(again.listQuarters({})).toEqual(quarters);
    const storedGroups = again.listGroups({});
    expect(storedGroups.map((group) => group.level).sort()).toEqual(GROUP_LEVELS.map((level) => level.id).sort());
    expect(storedGroups.find((group) => group.id === groups[0]!.id)).toMatchObject({
      parentId: groups[1]!.id,
      placeIds: [places[0]!.id],
      quarterIds: [quarters[0]!.id],
    });
    expect(again.listEvents({})).toEqual(expect.arrayContaining(events));
    expect(again.listEvents({})).toHaveLength(EVENT_KINDS.length);
    expect(again.listLinks({})).toEqual(links);
    expect(again.listCustomFields({})).toEqual([field]);
  });

  it('updates and deletes areas (geometry too), routes, links, groups and events', () => {
    const { service } = fresh();
    const a = service.createPlace(
      parseInput('createPlace', { name: 'A', category: 'creative-firm', longitude: 15.6, latitude: 48.4 }),
    );
    const b = service.createPlace(
      parseInput('createPlace', { name: 'B', category: 'guide', longitude: 15.61, latitude: 48.41 }),
    );
    const c = service.createPlace(
      parseInput('createPlace', { name: 'C', category: 'museum', longitude: 15.62, latitude: 48.4 }),
    );
    const quarter = service.createQuarter(parseInput('createQuarter', { name: 'Q', geometry: square(15.5, 48.3) }));
    const reshaped = service.updateQuarter(
      parseInput('updateQuarter', {
        id: quarter.id,
        changes: { geometry: square(15.55, 48.35, 0.2), kind: 'heritage-protection-zone' },
      }),
    );
    expect(reshaped).toMatchObject({ kind: 'heritage-protection-zone', geometry: square(15.55, 48.35, 0.2) });
    const route = service.createRoute(parseInput('createRoute', { name: 'R', stopPlaceIds: [a.id, b.id] }));
    const rerouted = service.updateRoute(
      parseInput('updateRoute', { id: route.id, changes: { stopPlaceIds: [c.id, a.id, b.id], mode: 'bicycle' } }),
    );
    expect(rerouted.stops.map((stop) => stop.placeId)).toEqual([c.id, a.id, b.id]);
    expect(rerouted.geometry.coordinates).toHaveLength(3);
    expect(rerouted.mode).toBe('bicycle');
    const link = service.createLink(parseInput('createLink', { fromPlaceId: a.id, toPlaceId: b.id, type: 'funder' }));
    expect(
      service.updateLink(
        parseInput('updateLink', { id: link.id, changes: { strength: 5, note: 'yearly', startDate: '2024-01-31' } }),
      ),
    ).toMatchObject({
      strength: 5,
      note: 'yearly',
      startDate: '2024-01-31',
      type: 'funder',
    });
    const event = service.createEvent(
      parseInput('createEvent', { title: 'E', kind: 'festival', startDate: '2026-06-01', participantPlaceIds: [a.id] }),
    );
    expect(event.endDate).toBe('2026-06-01');
    expect(
      service.updateEvent(
        parseInput('updateEvent', { id: event.id, changes: { participantPlaceIds: [b.id, a.id], venuePlaceId: c.id } }),
      ),
    ).toMatchObject({
      participantPlaceIds: [a.id, b.id],
      venuePlaceId: c.id,
    });
    const group = service.createGroup(parseInput('createGroup', { name: 'G', level: 'regional-cluster' }));
    service.deleteQuarter({ id: quarter.id });
    service.deleteRoute({ id: route.id });
    service.deleteLink({ id: link.id });
    service.deleteEvent({ id: event.id });
    service.deleteGroup({ id: group.id });
    expect([
      service.listQuarters({}),
      service.listRoutes({}),
      service.listLinks({}),
      service.listEvents({}),
      service.listGroups({}),
    ]).toEqual([[], [], [], [], []]);
  });

  it('refuses bad input with a message naming the field, and writes nothing', () => {
    const { service } = fresh();
    const site = service.createPlace(
      parseInput('createPlace', { name: 'Site', category: 'monument', longitude: 15.6, latitude: 48.4 }),
    );
    const message = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [15, 48],
          [15.1, 48.1],
          [15.1, 48],
          [15, 48.1],
          [15, 48],
        ],
      ],
    };
    expect(message(() => parseInput('createQuarter', { name: 'Bow', geometry: bowtie }))).toMatch(
      /^Outline: the boundary crosses itself near 15.050000, 48.050000/,
    );
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [15, 48],
          [15.1, 48],
          [15.1, 48.1],
          [15, 48.2],
        ],
      ],
    };
    expect(message(() => parseInput('createQuarter', { name: 'Open', geometry: open }))).toMatch(
      /a ring must end where it starts/,
    );
    const outside = {
      type: 'Polygon',
      coordinates: [
        [
          [15, 48],
          [195, 48],
          [15, 48.1],
          [15, 48],
        ],
      ],
    };
    expect(message(() => parseInput('createQuarter', { name: 'Far', geometry: outside }))).toMatch(
      /must be between -180 and 180/,
    );
    expect(
      message(() =>
        parseInput('createEvent', { title: 'E', kind: 'workshop', startDate: '2026-05-02', endDate: '2026-05-01' }),
      ),
    ).toBe('End date: must be on or after the start date');
    expect(message(() => parseInput('createEvent', { title: 'E', kind: 'party', startDate: '2026-05-02' }))).toBe(
      'Kind: is not a known event kind',
    );
    expect(message(() => parseInput('createEvent', { title: 'E', kind: 'workshop', startDate: '2026-02-30' }))).toBe(
      'Start date: must be a date (YYYY-MM-DD)',
    );
    expect(message(() => parseInput('createLink', { fromPlaceId: 1, toPlaceId: 2, type: 'funder', strength: 6 }))).toBe(
      'Strength: must be from 1 to 5',
    );
    expect(message(() => parseInput('createGroup', { name: 'G', level: 'galaxy' }))).toBe(
      'Level: is not a known group level',
    );
    // A site cannot take part in an event; nothing is written.
    expect(
      message(() =>
        service.createEvent(
          parseInput('createEvent', {
            title: 'E',
            kind: 'workshop',
            startDate: '2026-05-01',
            participantPlaceIds: [site.id],
          }),
        ),
      ),
    ).toMatch(/Participants: "Site" is a site, not an actor/);
    expect(service.listEvents({})).toEqual([]);
    // Groups nest, but never in a cycle.
    const outer = service.createGroup(parseInput('createGroup', { name: 'Outer', level: 'international-network' }));
    const inner = service.createGroup(
      parseInput('createGroup', { name: 'Inner', level: 'regional-cluster', parentId: outer.id }),
    );
    const innermost = service.createGroup(
      parseInput('createGroup', { name: 'Innermost', level: 'quarter', parentId: inner.id }),
    );
    expect(
      message(() =>
        service.updateGroup(parseInput('updateGroup', { id: outer.id, changes: { parentId: innermost.id } })),
      ),
    ).toBe('Parent group: a group cannot be nested inside itself or its own subgroup');
    expect(
      message(() => service.updateGroup(parseInput('updateGroup', { id: outer.id, changes: { parentId: outer.id } }))),
    ).toMatch(/nested inside itself/);
    expect(service.listGroups({}).find((group) => group.id === outer.id)?.parentId).toBeNull();
  });
});
