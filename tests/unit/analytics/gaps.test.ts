import geodesicModule from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { AnalyticsPlace } from '../../../shared/analytics/actor-groups.js';
import { findGaps } from '../../../shared/analytics/gaps.js';
import { buildLinkGraph } from '../../../shared/analytics/link-graph.js';
import type { GapList } from '../../../shared/api/analytics.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { LinkInputSchema, PlaceInputSchema, type Place } from '../../../shared/model/schemas.js';
import { newProject } from '../../helpers/project.js';

// The gap finder: unlinked near pairs of actors, most complementary first, then those a link
// would relieve most (constraint worked out by hand in the comments).

describe('gap finder', () => {
  it('ranks by complementarity, then by the constraint a link would take away', () => {
    const places: AnalyticsPlace[] = [
      { id: 1, category: 'creative-firm', sector: 'design' },
      { id: 2, category: 'creative-firm', sector: 'architecture' },
      { id: 3, category: 'creative-firm', sector: 'design' },
      { id: 4, category: 'guide', sector: null },
      { id: 5, category: 'museum', sector: null },
    ];
    const graph = buildLinkGraph(places, [{ fromPlaceId: 1, toPlaceId: 3, type: 'project-partner', strength: null }]);
    const near: [number, number][] = [
      [1, 2],
      [2, 3],
      [1, 3],
      [3, 4],
      [2, 4],
      [4, 5],
    ];
    const result = findGaps(graph, near, { withinMetres: 500, limit: 10, distance: () => 42 });
    // 1–3 is linked; 4–5 is not a pair of actors (a museum is a site).
    expect(result.candidates).toBe(4);
    expect(result.gaps.map((gap) => [gap.fromPlaceId, gap.toPlaceId, gap.complementarity])).toEqual([
      [1, 2, 1],
      [2, 3, 1],
      [3, 4, 0.5],
      [2, 4, 0.5],
    ]);
    // 1 (one tie, constraint 1) would hold two unconnected ties of 1/2: (1/2)² · 2 = 0.5;
    // 2 (no link: counts 1) would hold one tie: 1. Reduction 0.5 + 0.
    expect(result.gaps[0]).toMatchObject({
      constraintBefore: [1, null],
      constraintAfter: [0.5, 1],
      constraintReduction: 0.5,
      distanceMetres: 42,
    });
    // Two actors without links relieve nothing by one tie between them.
    expect(result.gaps[3]!.constraintReduction).toBe(0);
    expect(findGaps(graph, near, { withinMetres: 500, limit: 1, distance: () => 0 }).gaps).toHaveLength(1);
  });

  it('finds groups of three near actors with no link among them, the most varied first', () => {
    const places: AnalyticsPlace[] = [
      { id: 1, category: 'creative-firm', sector: 'design' },
      { id: 2, category: 'creative-firm', sector: 'architecture' },
      { id: 3, category: 'creative-firm', sector: 'design' },
      { id: 4, category: 'creative-firm', sector: 'music' },
      { id: 5, category: 'guide', sector: null },
    ];
    const graph = buildLinkGraph(places, [{ fromPlaceId: 1, toPlaceId: 3, type: 'project-partner', strength: null }]);
    // Everyone near everyone, except 5, who is near 2 and 4 only.
    const near: [number, number][] = [
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 3],
      [2, 4],
      [3, 4],
      [2, 5],
      [4, 5],
    ];
    const { groups } = findGaps(graph, near, { withinMetres: 500, limit: 10, distance: () => 1 });
    // Triangles of unlinked near pairs: 1-2-4, 2-3-4, 2-4-5 (1-2-3 and 1-3-4 hold the link 1–3).
    expect(groups.candidates).toBe(3);
    // Three kinds each; then complementarity: design–architecture related (1), music unrelated
    // to both (0.5 + 0.5): 2; the same for 2-3-4; 2-4-5: the guide unrelated to both: 0.5·3 = 1.5.
    expect(groups.groups).toEqual([
      { placeIds: [1, 2, 4], kinds: 3, complementarity: 2 },
      { placeIds: [2, 3, 4], kinds: 3, complementarity: 2 },
      { placeIds: [2, 4, 5], kinds: 3, complementarity: 1.5 },
    ]);
    expect(findGaps(graph, near, { withinMetres: 500, limit: 1, distance: () => 1 }).groups).toEqual({
      candidates: 3,
      groups: [groups.groups[0]],
    });
  });

  it('answers through the API with geodesic distances', async () => {
    const { Geodesic } = geodesicModule;
    const at = (metres: number, bearing: number) => {
      const result = Geodesic.WGS84.Direct(48.2, 16.37, bearing, metres);
      return { longitude: result.lon2 as number, latitude: result.lat2 as number };
    };
    const { host } = newProject();
    const service = host.current();
    const create = (payload: Record<string, unknown>): Place => service.createPlace(PlaceInputSchema.parse(payload));
    const design = create({ name: 'Design', category: 'creative-firm', sector: 'design', ...at(0, 0) });
    const architecture = create({
      name: 'Architects',
      category: 'creative-firm',
      sector: 'architecture',
      ...at(120, 90),
    });
    const music = create({ name: 'Label', category: 'creative-firm', sector: 'music', ...at(300, 180) });
    create({ name: 'Far away', category: 'creative-firm', sector: 'crafts', ...at(3000, 0) });
    service.createLink(LinkInputSchema.parse({ fromPlaceId: design.id, toPlaceId: music.id, type: 'supplier-client' }));
    const answer = await host.dispatch(CHANNELS.findGaps, { withinMetres: 400 });
    if (!answer.ok) throw new Error(answer.error.message);
    const result = answer.value as GapList;
    expect(result.gaps.map((gap) => [gap.fromPlaceId, gap.toPlaceId])).toEqual([
      [design.id, architecture.id],
      [architecture.id, music.id],
    ]);
    expect(result.gaps[0]!.distanceMetres).toBeCloseTo(120, 1);
  });
});
