import { describe, expect, it } from 'vitest';
import type { ClusterEvent, Group, Place, Quarter } from '../../../../shared/model/schemas.js';
import type { CategoryId } from '../../../../shared/model/typology.js';
import {
  createQuarterMembership,
  filterFromHash,
  filterPlaces,
  hashWithFilter,
  hideAllFamilies,
  isFamilyShown,
  isFilterActive,
  leanMapQuery,
  NO_FILTER,
  sameLeanMapQuery,
  showAllFamilies,
  showsNothing,
  shownFamilyCount,
  toExportFilter,
  toggleFamily,
  toggleValue,
  withoutFacet,
} from './filter.js';
import { samplePlace } from '../../test-support/sample-place.js';

const place = (id: number, category: CategoryId, extra: Partial<Place> = {}): Place =>
  samplePlace(id, { category, ...extra });

const places = [place(1, 'heritage-site'), place(2, 'creative-firm'), place(3, 'gallery'), place(4, 'monument')];
const noQuarters = createQuarterMembership()(places, []);
const ids = (list: readonly Place[]) => list.map((entry) => entry.id);

describe('place filter: kinds (the legend)', () => {
  it('lets everything through, as the same array, when nothing is filtered', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(filterPlaces(places, NO_FILTER, noQuarters)).toBe(places);
    expect(toExportFilter(NO_FILTER)).toEqual({});
  });

  it('hides a family when toggled, and clears itself when the last hidden family comes back', () => {
    const withoutHeritage = toggleFamily(NO_FILTER, 'heritage');
    expect(isFamilyShown(withoutHeritage, 'heritage')).toBe(false);
    expect(shownFamilyCount(withoutHeritage)).toBe(9);
    expect(ids(filterPlaces(places, withoutHeritage, noQuarters))).toEqual([2, 3]);
    const back = toggleFamily(withoutHeritage, 'heritage');
    expect(back.families).toBeUndefined();
    expect(isFilterActive(back)).toBe(false);
  });

  it('shows one family after hiding all, and exports exactly that family', () => {
    const none = hideAllFamilies(NO_FILTER);
    expect(showsNothing(none)).toBe(true);
    expect(filterPlaces(places, none, noQuarters)).toEqual([]);
    const firms = toggleFamily(none, 'creative-firm');
    expect(ids(filterPlaces(places, firms, noQuarters))).toEqual([2]);
    expect(toExportFilter(firms)).toEqual({ families: ['creative-firm'] });
    expect(showAllFamilies(firms)).toEqual(NO_FILTER);
  });

  it('lists exported families in the typology order, whatever the order of the clicks', () => {
    const filter = toggleFamily(toggleFamily(hideAllFamilies(NO_FILTER), 'education'), 'heritage');
    expect(toExportFilter(filter)).toEqual({ families: ['heritage', 'education'] });
  });
});

describe('place filter: facets', () => {
  // A square around (15.6, 48.41), and a place outside it.
  const square: Quarter = {
    id: 7,
    name: 'Old town',
    kind: 'cultural-quarter',
    description: '',
    customFields: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [15.59, 48.4],
          [15.61, 48.4],
          [15.61, 48.42],
          [15.59, 48.42],
          [15.59, 48.4],
        ],
      ],
    },
  };
  const list = [
    place(1, 'museum', { tags: ['Baroque'], updatedAt: '2024-05-02T10:00:00.000Z' }),
    place(2, 'creative-firm', { sector: 'design', customFields: { rent: 900, studio: 'north' } }),
    place(3, 'museum', { longitude: 15.7, tags: ['baroque', 'river'] }),
    place(4, 'creative-firm', { sector: 'music', longitude: 15.7, customFields: { studio: 'North' } }),
  ];

  it('combines facets with AND and values inside one facet with OR', () => {
    const membership = createQuarterMembership();
    const context = membership(list, [square]);
    const museums = toggleValue(NO_FILTER, 'categories', 'museum');
    expect(ids(filterPlaces(list, museums, context))).toEqual([1, 3]);
    const museumsInside = toggleValue(museums, 'quarterIds', 7);
    expect(ids(filterPlaces(list, museumsInside, context))).toEqual([1]);
    const both = toggleValue(museumsInside, 'categories', 'creative-firm');
    expect(ids(filterPlaces(list, both, context))).toEqual([1, 2]);
    expect(ids(filterPlaces(list, withoutFacet(both, 'categories'), context))).toEqual([1, 2]);
    expect(toggleValue(museums, 'categories', 'museum')).toEqual(NO_FILTER);
  });

  it('filters by sector, tag (without case), custom field value (as text, without case) and date', () => {
    const context = createQuarterMembership()(list, [square]);
    expect(ids(filterPlaces(list, { sectors: ['design'] }, context))).toEqual([2]);
    expect(ids(filterPlaces(list, { tags: ['BAROQUE'] }, context))).toEqual([1, 3]);
    expect(ids(filterPlaces(list, { customFields: [{ name: 'studio', value: 'north' }] }, context))).toEqual([2, 4]);
    expect(ids(filterPlaces(list, { customFields: [{ name: 'rent', value: '900' }] }, context))).toEqual([2]);
    const may = { date: { field: 'updatedAt' as const, from: '2024-05-01', to: '2024-05-02' } };
    expect(ids(filterPlaces(list, may, context))).toEqual([1]);
    expect(ids(filterPlaces(list, { date: { field: 'updatedAt', from: null, to: '2024-04-30' } }, context))).toEqual([
      2, 3, 4,
    ]);
  });

  it('lets nothing through for an area that no longer exists', () => {
    const context = createQuarterMembership()(list, []);
    expect(filterPlaces(list, { quarterIds: [7] }, context)).toEqual([]);
  });

  it('computes who is inside an area once per geometry and list of places, not per call', () => {
    const membership = createQuarterMembership();
    const first = membership(list, [square]).placesInQuarter(7);
    expect([...(first ?? [])]).toEqual([1, 2]);
    // The same lists: the same context and the same set.
    expect(membership(list, [square]).placesInQuarter(7)).toBe(first);
    // The area read again (a new object, same geometry): still the same set.
    expect(membership(list, [{ ...square }]).placesInQuarter(7)).toBe(first);
    // A moved boundary: computed again.
    const wider = structuredClone(square);
    for (const position of wider.geometry.coordinates[0] ?? []) if (position[0] > 15.6) position[0] = 15.8;
    expect([...(membership(list, [wider]).placesInQuarter(7) ?? [])]).toEqual([1, 2, 3, 4]);
  });

  it('survives a round trip through the address hash, keeping other hash parameters', () => {
    const filter = toggleValue(toggleValue(toggleFamily(NO_FILTER, 'heritage'), 'quarterIds', 7), 'tags', 'a&b=c');
    const hash = hashWithFilter('#view=1', filter);
    expect(filterFromHash(hash)).toEqual(filter);
    expect(new URLSearchParams(hash.slice(1)).get('view')).toBe('1');
    expect(hashWithFilter(hash, NO_FILTER)).toBe('#view=1');
    // A hand-edited or stale address falls back to no filter instead of failing.
    expect(filterFromHash('#filter=%7Bnot-json')).toEqual(NO_FILTER);
    expect(filterFromHash('#filter=%7B%22categories%22%3A%5B%22dragons%22%5D%7D')).toEqual(NO_FILTER);
  });
});

describe('place filter: groups and event dates', () => {
  const list = [place(1, 'museum'), place(2, 'gallery'), place(3, 'creative-firm'), place(4, 'monument')];
  const group = (id: number, parentId: number | null, placeIds: number[]): Group => ({
    id,
    name: `Group ${id}`,
    level: 'quarter',
    parentId,
    description: '',
    placeIds,
    quarterIds: [],
    routeIds: [],
  });
  const event = (id: number, startDate: string, endDate: string, venue: number | null, participants: number[]) =>
    ({
      id,
      title: `Event ${id}`,
      kind: 'workshop',
      startDate,
      endDate,
      venuePlaceId: venue,
      participantPlaceIds: participants,
      description: '',
    }) satisfies ClusterEvent;

  it('lets through the members of a group and of the groups nested in it', () => {
    // 10 holds 1 directly and 11 (holding 2) as a child; 12 holds 3. A cycle must not loop.
    const groups = [group(10, 12, [1]), group(11, 10, [2]), group(12, 10, [3])];
    const context = createQuarterMembership()(list, [], groups, []);
    expect(ids(filterPlaces(list, { groupIds: [11] }, context))).toEqual([2]);
    expect(ids(filterPlaces(list, { groupIds: [10] }, context))).toEqual([1, 2, 3]);
    expect(filterPlaces(list, { groupIds: [99] }, context)).toEqual([]);
  });

  it('lets through the venues and participants of events overlapping the dates', () => {
    const events = [event(1, '2024-06-01', '2024-06-03', 1, [2]), event(2, '2024-09-10', '2024-09-10', null, [3])];
    const context = createQuarterMembership()(list, [], [], events);
    const june = { date: { field: 'eventDate' as const, from: '2024-06-03', to: '2024-06-30' } };
    expect(ids(filterPlaces(list, june, context))).toEqual([1, 2]);
    const autumn = { date: { field: 'eventDate' as const, from: '2024-09-01', to: null } };
    expect(ids(filterPlaces(list, autumn, context))).toEqual([3]);
  });
});

describe("the map's lean first paint", () => {
  it('asks for the facets a category and sector decide, and waits for the full list otherwise', () => {
    expect(leanMapQuery(NO_FILTER)).toEqual({});
    expect(leanMapQuery({ families: ['heritage'], sectors: ['design'] })).toEqual({
      families: ['heritage'],
      sectors: ['design'],
    });
    expect(leanMapQuery({ families: [] })).toEqual({ families: [] });
    expect(leanMapQuery({ families: ['heritage'], tags: ['jazz'] })).toBeNull();
    expect(leanMapQuery({ quarterIds: [1] })).toBeNull();
    expect(leanMapQuery({ groupIds: [1] })).toBeNull();
    expect(leanMapQuery({ date: { field: 'createdAt', from: '2024-01-01', to: null } })).toBeNull();
    expect(leanMapQuery({ customFields: [{ name: 'Founded', value: '1990' }] })).toBeNull();
  });

  it('uses a lean answer only for the facets it was read with', () => {
    expect(sameLeanMapQuery({}, {})).toBe(true);
    expect(sameLeanMapQuery({ families: ['heritage'] }, { families: ['heritage'] })).toBe(true);
    expect(sameLeanMapQuery({}, { families: ['heritage'] })).toBe(false);
    expect(sameLeanMapQuery({ families: [] }, {})).toBe(false);
  });
});
