import geodesicModule from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { ScopedReportCard } from '../../../shared/api/analytics.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import {
  EventInputSchema,
  GroupInputSchema,
  LinkInputSchema,
  PlaceInputSchema,
  QuarterInputSchema,
  type Place,
} from '../../../shared/model/schemas.js';
import { newProject } from '../../helpers/project.js';

// The report card through the API, for an area, a group and around a place, on a small quarter
// whose every figure is counted by hand in the comments.
const { Geodesic } = geodesicModule;
const centre = { longitude: 15.60209, latitude: 48.411877 };
function at(metres: number, bearing: number) {
  const result = Geodesic.WGS84.Direct(centre.latitude, centre.longitude, bearing, metres);
  return { longitude: result.lon2 as number, latitude: result.lat2 as number };
}

describe('report card', () => {
  const { host } = newProject();
  const service = host.current();
  const create = (payload: Record<string, unknown>): Place => service.createPlace(PlaceInputSchema.parse(payload));
  // Inside the quarter (a square of about 200 m × 200 m): three creative firms, a guide, a museum.
  const design1 = create({ name: 'Design 1', category: 'creative-firm', sector: 'design', ...at(0, 0) });
  const design2 = create({ name: 'Design 2', category: 'creative-firm', sector: 'design', ...at(50, 90) });
  const music = create({ name: 'Music', category: 'creative-firm', sector: 'music', ...at(50, 180) });
  const guide = create({ name: 'Guide', category: 'guide', ...at(60, 270) });
  const museum = create({ name: 'Museum', category: 'museum', ...at(30, 0) });
  // Outside, 1 km away.
  const farDesign = create({ name: 'Far design', category: 'creative-firm', sector: 'design', ...at(1000, 45) });
  const farCrafts = create({ name: 'Far crafts', category: 'creative-firm', sector: 'crafts', ...at(1000, 135) });
  const [north, east, south, west] = [
    at(100, 0).latitude,
    at(100, 90).longitude,
    at(100, 180).latitude,
    at(100, 270).longitude,
  ];
  const quarter = service.createQuarter(
    QuarterInputSchema.parse({
      name: 'Old town',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
          ],
        ],
      },
    }),
  );
  const link = (from: Place, to: Place, type: string) =>
    service.createLink(LinkInputSchema.parse({ fromPlaceId: from.id, toPlaceId: to.id, type }));
  link(design1, design2, 'knowledge-exchange');
  link(music, farCrafts, 'knowledge-exchange');
  link(design1, guide, 'project-partner');
  link(farDesign, farCrafts, 'knowledge-exchange');
  const event = (title: string, kind: string, startDate: string, venue: Place, participants: Place[]) =>
    service.createEvent(
      EventInputSchema.parse({
        title,
        kind,
        startDate,
        venuePlaceId: venue.id,
        participantPlaceIds: participants.map((place) => place.id),
      }),
    );
  event('Print workshop', 'workshop', '2024-05-02', museum, [design1, guide]);
  event('Summer festival', 'festival', '2025-07-01', farDesign, [music]);
  event('Elsewhere', 'exhibition', '2025-09-01', farDesign, [farCrafts]);

  const card = async (scope: Record<string, unknown>) => {
    const answer = await host.dispatch(CHANNELS.reportCard, { scope });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as ScopedReportCard;
  };

  it('reports an area: counts, density, location quotients, diversity and soft infrastructure', async () => {
    const result = await card({ kind: 'area', areaId: quarter.id });
    expect([result.places, result.actors, result.sites, result.creativeFirms]).toEqual([5, 4, 1, 3]);
    expect(result.byCategory).toEqual([
      { category: 'creative-firm', count: 3 },
      { category: 'guide', count: 1 },
      { category: 'museum', count: 1 },
    ]);
    // 200 m × 200 m = 4 ha.
    expect(result.hectares).toBeCloseTo(4, 1);
    expect(result.firmsPerHectare).toBeCloseTo(3 / result.hectares!, 12);
    // Here design 2 of 3, music 1 of 3; the project: design 3 of 5, music 1 of 5.
    expect(result.bySector).toEqual([
      { sector: 'design', count: 2, locationQuotient: expect.closeTo(2 / 3 / (3 / 5), 12) },
      { sector: 'music', count: 1, locationQuotient: expect.closeTo(1 / 3 / (1 / 5), 12) },
    ]);
    expect(result.diversity.shannon).toBeCloseTo(-(2 / 3) * Math.log(2 / 3) - (1 / 3) * Math.log(1 / 3), 12);
    // Events touching the quarter: the workshop (venue and participants) and the festival (the music firm).
    expect(result.soft.eventsByYear).toEqual([
      { year: 2024, kind: 'workshop', count: 1 },
      { year: 2025, kind: 'festival', count: 1 },
    ]);
    // Actors that took part: design 1, the guide, the music firm, of four actors.
    expect(result.soft.actorsInEvents).toBe(3);
    expect(result.soft.shareOfActorsInEvents).toBe(3 / 4);
    // Knowledge exchange with an end here: design 1–design 2, music–far crafts; three firms.
    expect(result.soft.knowledgeExchangeLinks).toBe(2);
    expect(result.soft.knowledgeExchangeLinksPerFirm).toBeCloseTo(2 / 3, 12);
  });

  it('reports a group: its places, its areas’ places and its sub-groups’', async () => {
    const group = service.createGroup(GroupInputSchema.parse({ name: 'Cluster', level: 'regional-cluster' }));
    service.addGroupMember({ groupId: group.id, memberType: 'quarter', memberId: quarter.id });
    service.addGroupMember({ groupId: group.id, memberType: 'place', memberId: farDesign.id });
    const child = service.createGroup(GroupInputSchema.parse({ name: 'Sub', level: 'quarter', parentId: group.id }));
    service.addGroupMember({ groupId: child.id, memberType: 'place', memberId: farCrafts.id });
    const result = await card({ kind: 'group', groupId: group.id });
    expect(result.places).toBe(7);
    expect(result.creativeFirms).toBe(5);
    expect(result.hectares).toBeCloseTo(4, 1);
    expect(result.bySector.every((sector) => sector.locationQuotient === 1)).toBe(true);
  });

  it('reports around a place within a distance (a disc of π r²)', async () => {
    const result = await card({ kind: 'around', placeId: design1.id, withinMetres: 55 });
    // Design 1 itself, design 2 and music at 50 m, the museum at 30 m; the guide at 60 m is out.
    expect(result.places).toBe(4);
    expect(result.hectares).toBeCloseTo((Math.PI * 55 * 55) / 10_000, 12);
  });

  it('reports a list of places (the map filter), ignoring ids that are gone; it has no ground', async () => {
    const result = await card({ kind: 'places', placeIds: [design1.id, design2.id, music.id, 999_999] });
    expect([result.places, result.creativeFirms, result.hectares, result.firmsPerHectare]).toEqual([3, 3, null, null]);
  });

  it('compares location quotients with a reference area instead of the whole project', async () => {
    const answer = await host.dispatch(CHANNELS.reportCard, {
      scope: { kind: 'places', placeIds: [design1.id, farDesign.id] },
      reference: { kind: 'area', areaId: quarter.id },
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const result = answer.value as ScopedReportCard;
    // Here design 2 of 2; in the quarter, design 2 of 3.
    expect(result.bySector).toEqual([
      { sector: 'design', count: 2, locationQuotient: expect.closeTo(1 / (2 / 3), 12) },
    ]);
    expect(result.reference).toEqual({ kind: 'area', areaId: quarter.id });
    const unknown = await host.dispatch(CHANNELS.reportCard, {
      scope: { kind: 'area', areaId: quarter.id },
      reference: { kind: 'group', groupId: 999 },
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect([unknown.error.code, unknown.error.field]).toEqual(['not-found', 'reference.groupId']);
  });

  it('answers not-found naming the field for an unknown area', async () => {
    const answer = await host.dispatch(CHANNELS.reportCard, { scope: { kind: 'area', areaId: 999 } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect([answer.error.code, answer.error.field]).toEqual(['not-found', 'scope.areaId']);
  });
});
