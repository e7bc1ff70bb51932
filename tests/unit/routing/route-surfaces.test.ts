import { describe, expect, it } from 'vitest';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { createLegRouter } from '../../../shared/routing/route-legs.js';
import { routeSurfaces } from '../../../shared/routing/route-surfaces.js';
import { createRoutingGraph } from '../../../shared/routing/routing-graph.js';
import { createPathFinder } from '../../../shared/routing/shortest-path.js';
import { createEdgeIndex } from '../../../shared/routing/snap.js';
import { at, network, type EdgeSpec } from './network-fixture.js';

// The surfaces and wheelchair access of a route's ways (the printed guide's notes): each segment of
// a stored leg found again on the edge it follows, the snapped ends included, and its metres summed
// by the edge's tags. Unknown is never counted as fine.

// A street of five blocks, 100 m each, west to east: asphalt, gravel (bent, through a vertex of its
// own), steps (marked wheelchair=limited, wrongly: steps stay steps), setts marked wheelchair=limited,
// and one with no tags at all.
const POSITIONS: Record<number, [number, number]> = {
  1: [0, 0],
  2: [1, 0],
  3: [2, 0],
  4: [3, 0],
  5: [4, 0],
  6: [5, 0],
};
const SPECS: EdgeSpec[] = [
  { from: 1, to: 2, tags: { surface: 'asphalt' } },
  { from: 2, to: 3, highway: 'footway', tags: { surface: 'gravel' }, via: [[1.5, 0.1]] },
  { from: 3, to: 4, highway: 'steps', tags: { wheelchair: 'limited' } },
  { from: 4, to: 5, highway: 'pedestrian', tags: { surface: 'sett', wheelchair: 'limited' } },
  { from: 5, to: 6 },
];

/** Geodesic metres along grid points (the fixture's grid is only roughly 100 m a unit). */
function along(...points: [number, number][]): number {
  let metres = 0;
  for (let index = 1; index < points.length; index++)
    metres += geodesicDistanceMetres(at(...points[index - 1]!), at(...points[index]!));
  return metres;
}

function street() {
  const { nodes, edges } = network(POSITIONS, SPECS);
  const graph = createRoutingGraph(nodes, edges);
  const legs = createLegRouter(graph, createEdgeIndex(graph), createPathFinder(graph));
  return { graph, legs };
}

describe('the surfaces along a route', () => {
  const gravel = along([1, 0], [1.5, 0.1], [2, 0]);
  const steps = along([2, 0], [3, 0]);
  const setts = along([3, 0], [4, 0]);

  it('sums a leg’s metres by the tags of the edges it follows, its snapped ends on their edges', () => {
    const { graph, legs } = street();
    // From the middle of the asphalt block to the middle of the untagged one, on foot (steps allowed).
    const leg = legs.routeStops('foot', [at(0.5, 0.05), at(4.5, 0.05)]).legs[0]!;
    expect(leg.kind).toBe('network');
    const sums = routeSurfaces(graph.edges, [leg]);
    expect(sums.unmatchedMetres).toBe(0);
    expect(sums.totalMetres).toBeCloseTo(leg.lengthMetres, -1);
    expect(sums.matchedMetres).toBeCloseTo(sums.totalMetres, 6);
    expect(sums.unpavedMetres).toBeCloseTo(gravel, 1);
    expect(sums.cobblesMetres).toBeCloseTo(setts, 1);
    // Gravel is loose ground for a wheelchair, steps are steps; only the setts are merely limited.
    expect(sums.noWheelchairMetres).toBeCloseTo(gravel + steps, 1);
    expect(sums.limitedWheelchairMetres).toBeCloseTo(setts, 1);
    // No surface on the steps and on the half block at the end; the asphalt half block is known.
    expect(sums.noSurfaceTagMetres).toBeCloseTo(steps + along([4, 0], [4.5, 0]), 0);
    expect(sums.totalMetres - sums.noSurfaceTagMetres).toBeCloseTo(along([0.5, 0], [1, 0]) + gravel + setts, 0);
  });

  it('gives the same sums for the way back', () => {
    const { graph, legs } = street();
    const there = routeSurfaces(graph.edges, legs.routeStops('foot', [at(0.5, 0.05), at(4.5, 0.05)]).legs);
    const back = routeSurfaces(graph.edges, legs.routeStops('foot', [at(4.5, 0.05), at(0.5, 0.05)]).legs);
    for (const key of Object.keys(there) as (keyof typeof there)[]) expect(back[key]).toBeCloseTo(there[key], 6);
  });

  it('matches the snapped end of a leg that leaves its edge at the edge’s own end node', () => {
    const { graph, legs } = street();
    // Starts 10 m before the gravel's end node (on its last segment), ends inside the setts block.
    const leg = legs.routeStops('foot', [at(1.9, 0.02), at(3.5, 0)]).legs[0]!;
    const sums = routeSurfaces(graph.edges, [leg]);
    expect(sums.unmatchedMetres).toBe(0);
    expect(sums.unpavedMetres).toBeGreaterThan(5);
    expect(sums.unpavedMetres).toBeLessThan(15);
    expect(sums.limitedWheelchairMetres).toBeCloseTo(along([3, 0], [3.5, 0]), 0);
  });

  it('matches a leg between two stops snapped onto the same stretch of one way (no vertex between them)', () => {
    const { graph, legs } = street();
    // Both stops along the setts block, 20 and 80 m into it.
    const leg = legs.routeStops('foot', [at(3.2, 0.02), at(3.8, 0.02)]).legs[0]!;
    expect(leg.kind).toBe('network');
    const sums = routeSurfaces(graph.edges, [leg]);
    expect(sums.unmatchedMetres).toBe(0);
    expect(sums.cobblesMetres).toBeCloseTo(along([3.2, 0], [3.8, 0]), 0);
    expect(sums.limitedWheelchairMetres).toBeCloseTo(sums.cobblesMetres, 6);
  });

  it('counts straight and imported legs, and legs the network no longer has, as unknown, never as fine', () => {
    const { graph, legs } = street();
    const routed = legs.routeStops('foot', [at(0.5, 0.05), at(4.5, 0.05)]).legs[0]!;
    const straight = { kind: 'straight', coordinates: [at(5, 0), at(5, 2)] };
    const imported = { kind: 'imported', coordinates: [at(1, 0), at(1.5, 0.1), at(2, 0)] };
    const sums = routeSurfaces(graph.edges, [routed, straight, imported]);
    expect(sums.unmatchedMetres).toBeCloseTo(along([5, 0], [5, 2]) + gravel, 6);
    // An imported line along the gravel is not taken for the gravel: it need not follow the way.
    expect(sums.unpavedMetres).toBeCloseTo(gravel, 1);
    // Another network (re-imported after the route was made): nothing matches.
    const moved = network(
      Object.fromEntries(Object.entries(POSITIONS).map(([id, [x, y]]) => [id, [x, y + 0.001]])),
      SPECS,
    ).edges;
    const stale = routeSurfaces(moved, [routed]);
    expect(stale.matchedMetres).toBe(0);
    expect(stale.unmatchedMetres).toBeCloseTo(stale.totalMetres, 6);
    // No network at all.
    expect(routeSurfaces(null, [routed])).toMatchObject({ matchedMetres: 0, unpavedMetres: 0, noWheelchairMetres: 0 });
  });
});
