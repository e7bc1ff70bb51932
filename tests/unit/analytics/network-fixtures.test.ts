import { describe, expect, it } from 'vitest';
import type { AnalyticsPlace } from '../../../shared/analytics/actor-groups.js';
import { brokerage } from '../../../shared/analytics/brokerage.js';
import { buildLinkGraph, type AnalyticsLink } from '../../../shared/analytics/link-graph.js';
import { networkMeasures } from '../../../shared/analytics/network-measures.js';
import { constraintWithTie, structuralHoles } from '../../../shared/analytics/structural-holes.js';
import type { CategoryId, SectorId } from '../../../shared/model/typology.js';

// Small networks worked out by hand: Burt's measures on a star and a triangle, Gould and
// Fernandez's roles, the network summary, Louvain's communities reproducible by seed.

const firm = (id: number, sector: SectorId | null): AnalyticsPlace => ({ id, category: 'creative-firm', sector });
const place = (id: number, category: CategoryId): AnalyticsPlace => ({ id, category, sector: null });
const link = (fromPlaceId: number, toPlaceId: number, strength: number | null = null): AnalyticsLink => ({
  fromPlaceId,
  toPlaceId,
  type: 'project-partner',
  strength,
});

describe('structural holes', () => {
  it('gives a star’s centre constraint 1/3 and effective size 3, its leaves 1 and 1', () => {
    const graph = buildLinkGraph(
      [1, 2, 3, 4].map((id) => firm(id, 'design')),
      [link(1, 2), link(1, 3), link(1, 4)],
    );
    const holes = structuralHoles(graph);
    expect(holes.constraint[0]).toBeCloseTo(1 / 3, 12);
    expect(holes.effectiveSize[0]).toBeCloseTo(3, 12);
    expect(holes.constraint[1]).toBeCloseTo(1, 12);
    expect(holes.effectiveSize[1]).toBeCloseTo(1, 12);
  });

  it('gives each corner of a triangle constraint (1/2 + 1/4)² · 2 = 1.125 and effective size 1', () => {
    const graph = buildLinkGraph(
      [1, 2, 3].map((id) => firm(id, 'music')),
      [link(1, 2), link(2, 3), link(3, 1)],
    );
    const holes = structuralHoles(graph);
    for (const node of [0, 1, 2]) {
      expect(holes.constraint[node]).toBeCloseTo(1.125, 12);
      expect(holes.effectiveSize[node]).toBeCloseTo(1, 12);
    }
  });

  it('weighs ties by strength, sums several links of one pair, and leaves an isolated actor without', () => {
    // 1–2 strength 3 (two links, 1 + 2), 1–3 strength 1: p(1,2) = 3/4, p(1,3) = 1/4; no tie 2–3.
    const graph = buildLinkGraph(
      [firm(1, 'design'), firm(2, 'design'), firm(3, 'design'), place(4, 'guide')],
      [link(1, 2, 1), { ...link(2, 1, 2), type: 'supplier-client' }, link(1, 3)],
    );
    const holes = structuralHoles(graph);
    expect(holes.constraint[0]).toBeCloseTo(0.75 ** 2 + 0.25 ** 2, 12);
    expect(Number.isNaN(holes.constraint[3]!)).toBe(true);
    // Linking 1 and the guide: p = 3/5, 1/5, 1/5 and no indirect tie.
    expect(constraintWithTie(graph, 0, 3)).toBeCloseTo(0.36 + 0.04 + 0.04, 12);
  });
});

describe('brokerage roles (undirected, each open pair read both ways)', () => {
  it('tells coordinators, representatives, gatekeepers, liaisons and itinerants apart', () => {
    const places = [
      firm(1, 'design'),
      firm(2, 'design'),
      firm(3, 'design'),
      firm(4, 'music'),
      place(5, 'guide'),
      firm(6, 'architecture'),
    ];
    const graph = buildLinkGraph(places, [link(1, 2), link(2, 3), link(2, 4), link(2, 5), link(6, 1), link(6, 3)]);
    const roles = brokerage(graph);
    // Around 2 (design): {1,3} design-design; {1,4},{3,4} to music; {1,5},{3,5} to a guide; {4,5}.
    expect(roles[1]).toEqual({ coordinator: 2, itinerant: 0, representative: 4, gatekeeper: 4, liaison: 2 });
    // Around 6 (architecture): 1 and 3 are both design and not linked to each other.
    expect(roles[5]).toEqual({ coordinator: 0, itinerant: 2, representative: 0, gatekeeper: 0, liaison: 0 });
  });
});

describe('network summary', () => {
  // Two design cliques of four joined by one music firm, and an isolated guide.
  const places = [...[1, 2, 3, 4, 5, 6, 7, 8].map((id) => firm(id, 'design')), firm(9, 'music'), place(10, 'guide')];
  const clique = (ids: number[]) => ids.flatMap((a, index) => ids.slice(index + 1).map((b) => link(a, b)));
  const links = [...clique([1, 2, 3, 4]), ...clique([5, 6, 7, 8]), link(4, 9), link(9, 5)];
  const { summary, actors } = networkMeasures(buildLinkGraph(places, links));

  it('counts edges, density, cross-sector links, components and isolated actors', () => {
    expect(summary.edges).toBe(14);
    expect(summary.density).toBeCloseTo((2 * 14) / (10 * 9), 12);
    expect(summary.crossSectorEdges).toBe(2);
    expect(summary.crossSectorShare).toBeCloseTo(2 / 14, 12);
    expect(summary.components).toEqual([9, 1]);
    expect(summary.isolatedActorIds).toEqual([10]);
  });

  it('finds the bridge: the music firm has the highest betweenness', () => {
    const top = [...actors].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    expect(top.placeId).toBe(9);
    // 16 pairs across it of 36 pairs among the other 9 nodes… normalised by (n-1)(n-2)/2 = 36.
    expect(top.betweenness).toBeCloseTo(16 / 36, 12);
  });

  it('finds the two cliques as Louvain communities, the same for the same seed', () => {
    const community = (id: number) => actors.find((actor) => actor.placeId === id)!.community;
    expect(community(1)).toBe(community(4));
    expect(community(5)).toBe(community(8));
    expect(community(1)).not.toBe(community(5));
    const again = networkMeasures(buildLinkGraph(places, links), { louvainSeed: 1 });
    expect(again.actors.map((actor) => actor.community)).toEqual(actors.map((actor) => actor.community));
    expect(summary.modularity).toBeGreaterThan(0.3);
  });
});
