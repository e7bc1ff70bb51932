import { describe, expect, it } from 'vitest';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { createLegRouter, type Position } from '../../../shared/routing/route-legs.js';
import { createRoutingGraph } from '../../../shared/routing/routing-graph.js';
import { createPathFinder } from '../../../shared/routing/shortest-path.js';
import { createEdgeIndex } from '../../../shared/routing/snap.js';
import type { RoutingProfile } from '../../../shared/routing/profiles.js';
import { at, network, type EdgeSpec } from './network-fixture.js';

// The router on hand-made networks: profiles (steps, oneways), snapping onto an edge, straight
// legs where the network cannot help, and agreement with a plain Dijkstra on random graphs.

function router(positions: Record<number, [number, number]>, specs: EdgeSpec[]) {
  const { nodes, edges } = network(positions, specs);
  const graph = createRoutingGraph(nodes, edges);
  const index = createEdgeIndex(graph);
  return { graph, index, legs: createLegRouter(graph, index, createPathFinder(graph)) };
}

/** Distance in metres from a position to the nearest edge of the network (planar, local). */
function distanceToNetwork(
  position: Position,
  edges: readonly { coordinates: readonly (readonly [number, number])[] }[],
): number {
  const [px, py] = [position[0] * 73_500, position[1] * 110_574];
  let best = Infinity;
  for (const edge of edges) {
    for (let index = 1; index < edge.coordinates.length; index++) {
      const [ax, ay] = [edge.coordinates[index - 1]![0] * 73_500, edge.coordinates[index - 1]![1] * 110_574];
      const [bx, by] = [edge.coordinates[index]![0] * 73_500, edge.coordinates[index]![1] * 110_574];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
    }
  }
  return best;
}

describe('the router on hand-made networks', () => {
  // A square: 1 (0,0) — 2 (2,0) by steps (200 m); 1 — 3 (0,2) — 4 (2,2) — 2 by ramps (600 m).
  const square = {
    positions: { 1: [0, 0], 2: [2, 0], 3: [0, 2], 4: [2, 2] } as Record<number, [number, number]>,
    edges: [
      { from: 1, to: 2, highway: 'steps', name: 'Stiege', bicycle: false },
      { from: 1, to: 3, highway: 'footway', name: 'Rampe' },
      { from: 3, to: 4, highway: 'footway', name: 'Rampe' },
      { from: 4, to: 2, highway: 'footway', name: 'Rampe' },
    ] as EdgeSpec[],
  };

  it('takes the steps on foot and never with a wheelchair', () => {
    const { legs } = router(square.positions, square.edges);
    const foot = legs.routeStops('foot', [at(0, 0), at(2, 0)]).legs[0]!;
    expect(foot.kind).toBe('network');
    expect(foot.lengthMetres).toBeCloseTo(200, 0);
    const wheelchair = legs.routeStops('wheelchair', [at(0, 0), at(2, 0)]).legs[0]!;
    expect(wheelchair.kind).toBe('network');
    expect(wheelchair.lengthMetres).toBeCloseTo(600, 0);
  });

  it('gives a wheelchair a marked straight leg when only steps lead there', () => {
    const { legs } = router({ 1: [0, 0], 2: [2, 0] }, [{ from: 1, to: 2, highway: 'steps' }]);
    const leg = legs.routeStops('wheelchair', [at(0, 0), at(2, 0)]).legs[0]!;
    expect(leg).toMatchObject({ kind: 'straight', reason: 'off-network', coordinates: [at(0, 0), at(2, 0)] });
  });

  it('lets cyclists ride a oneway only its way, walkers both ways', () => {
    // 1 → 2 is a oneway for bicycles (100 m); back from 2 to 1 goes round by 3 (300 m).
    const { legs } = router({ 1: [0, 0], 2: [1, 0], 3: [1, 1], 4: [0, 1] }, [
      { from: 1, to: 2, bicycleOneway: true },
      { from: 2, to: 3 },
      { from: 3, to: 4 },
      { from: 4, to: 1 },
    ]);
    expect(legs.routeStops('bicycle', [at(0, 0), at(1, 0)]).legs[0]!.lengthMetres).toBeCloseTo(100, 0);
    expect(legs.routeStops('bicycle', [at(1, 0), at(0, 0)]).legs[0]!.lengthMetres).toBeCloseTo(300, 0);
    expect(legs.routeStops('foot', [at(1, 0), at(0, 0)]).legs[0]!.lengthMetres).toBeCloseTo(100, 0);
  });

  it('snaps a stop onto the middle of an edge, not onto a junction', () => {
    // One long street 1 — 2 (400 m) with a side street at 3; the stop stands 30 m off its middle.
    const { index, legs, graph } = router({ 1: [0, 0], 2: [4, 0], 3: [4, 2] }, [
      { from: 1, to: 2, name: 'Landstraße' },
      { from: 2, to: 3, name: 'Gasse' },
    ]);
    const snap = index.snap(...at(2, 0.3), 'foot', 300)!;
    expect(snap.edge).toBe(0);
    expect(snap.fraction).toBeCloseTo(0.5, 2);
    expect(geodesicDistanceMetres(snap.point, at(2, 0))).toBeLessThan(0.5);
    expect(snap.distanceMetres).toBeCloseTo(30, 0);
    const leg = legs.routeStops('foot', [at(2, 0.3), at(4, 2)]).legs[0]!;
    expect(leg.kind).toBe('network');
    expect(leg.lengthMetres).toBeCloseTo(200 + 200, 0);
    for (const position of leg.coordinates) expect(distanceToNetwork(position, graph.edges)).toBeLessThan(1);
    expect(leg.coordinates[0]).toEqual(snap.point);
  });

  it('joins two stops on one edge along it, in either direction', () => {
    const { legs } = router({ 1: [0, 0], 2: [4, 0] }, [{ from: 1, to: 2, via: [[2, 0.5]] }]);
    const along = legs.routeStops('foot', [at(1, 0.25), at(3, 0.25)]).legs[0]!;
    expect(along.kind).toBe('network');
    expect(along.coordinates.length).toBe(3);
    const back = legs.routeStops('foot', [at(3, 0.25), at(1, 0.25)]).legs[0]!;
    expect(back.lengthMetres).toBeCloseTo(along.lengthMetres, 6);
    expect(back.coordinates[1]).toEqual(along.coordinates[1]);
  });

  it('marks a leg between disconnected parts as straight (no path), and a far stop as off the network', () => {
    const { legs } = router({ 1: [0, 0], 2: [1, 0], 3: [5, 0], 4: [6, 0] }, [
      { from: 1, to: 2 },
      { from: 3, to: 4 },
    ]);
    const routed = legs.routeStops('foot', [at(0.5, 0), at(5.5, 0), at(5.5, 30)]);
    expect(routed.legs.map((leg) => [leg.kind, leg.reason])).toEqual([
      ['straight', 'no-path'],
      ['straight', 'off-network'],
    ]);
    expect(routed.snaps[2]).toBeNull();
    // Geodesic, against the fixture's flat grid of 100 m units.
    expect(Math.abs(routed.legs[0]!.lengthMetres - 500)).toBeLessThan(2);
  });

  it('prefers a footway to a main road without sidewalk on foot, but not by any detour', () => {
    // Primary road 1 — 2 (400 m) or a footway by 3 (2 × 250 m = 500 m).
    const { legs } = router({ 1: [0, 0], 2: [4, 0], 3: [2, 1.5] }, [
      { from: 1, to: 2, highway: 'primary', name: 'Bundesstraße' },
      { from: 1, to: 3, highway: 'footway' },
      { from: 3, to: 2, highway: 'footway' },
    ]);
    expect(legs.routeStops('foot', [at(0, 0), at(4, 0)]).legs[0]!.lengthMetres).toBeCloseTo(500, 0);
    const withSidewalk = router({ 1: [0, 0], 2: [4, 0], 3: [2, 1.5] }, [
      { from: 1, to: 2, highway: 'primary', tags: { sidewalk: 'both' } },
      { from: 1, to: 3, highway: 'footway' },
      { from: 3, to: 2, highway: 'footway' },
    ]);
    expect(withSidewalk.legs.routeStops('foot', [at(0, 0), at(4, 0)]).legs[0]!.lengthMetres).toBeCloseTo(400, 0);
  });
});

describe('the bidirectional search', () => {
  /** A plain one-directional Dijkstra over the same arcs (quadratic; small graphs only). */
  function reference(graph: ReturnType<typeof createRoutingGraph>, profile: RoutingProfile, from: number, to: number) {
    const { weight } = graph.weights(profile);
    const distance = new Array<number>(graph.nodeCount).fill(Infinity);
    const done = new Array<boolean>(graph.nodeCount).fill(false);
    distance[from] = 0;
    for (;;) {
      let node = -1;
      for (let candidate = 0; candidate < graph.nodeCount; candidate++)
        if (!done[candidate] && distance[candidate]! < Infinity && (node < 0 || distance[candidate]! < distance[node]!))
          node = candidate;
      if (node < 0) break;
      done[node] = true;
      for (let index = graph.outOffsets[node]!; index < graph.outOffsets[node + 1]!; index++) {
        const arc = graph.outArcs[index]!;
        const head = arc & 1 ? graph.edgeFrom[arc >> 1]! : graph.edgeTo[arc >> 1]!;
        distance[head] = Math.min(distance[head]!, distance[node]! + weight[arc]!);
      }
    }
    return distance[to]!;
  }

  it('finds the same costs as a plain Dijkstra on random networks, and a path that adds up', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 20; round++) {
      const positions: Record<number, [number, number]> = {};
      for (let id = 1; id <= 60; id++) positions[id] = [random() * 20, random() * 20];
      const specs: EdgeSpec[] = [];
      for (let id = 1; id <= 60; id++) {
        for (let k = 0; k < 2; k++) {
          const other = 1 + Math.floor(random() * 60);
          if (other !== id) {
            const kinds = ['residential', 'footway', 'primary', 'cycleway', 'steps'];
            specs.push({
              from: id,
              to: other,
              highway: kinds[Math.floor(random() * kinds.length)],
              bicycleOneway: random() < 0.3,
            });
          }
        }
      }
      const { nodes, edges } = network(positions, specs);
      const graph = createRoutingGraph(nodes, edges);
      const finder = createPathFinder(graph);
      for (const profile of ['foot', 'bicycle', 'wheelchair', 'distance'] as const) {
        const { weight } = graph.weights(profile);
        for (let query = 0; query < 10; query++) {
          const from = Math.floor(random() * graph.nodeCount);
          const to = Math.floor(random() * graph.nodeCount);
          const expected = reference(graph, profile, from, to);
          const found = finder.shortestPath(profile, [{ node: from, cost: 0 }], [{ node: to, cost: 0 }]);
          if (expected === Infinity) {
            expect(found).toBeNull();
            continue;
          }
          expect(found!.cost).toBeCloseTo(expected, 6);
          expect(found!.arcs.reduce((sum, arc) => sum + weight[arc]!, 0)).toBeCloseTo(expected, 6);
          expect(found!.sourceNode).toBe(from);
          expect(found!.targetNode).toBe(to);
          const costs = finder.costsToMany(profile, [{ node: from, cost: 0 }], [[{ node: to, cost: 0 }]]);
          expect(costs[0]).toBeCloseTo(expected, 6);
        }
      }
    }
  });
});

describe('directions', () => {
  it('says where to turn onto which street, and how far', async () => {
    const { legDirections } = await import('../../../shared/routing/directions.js');
    // Start on Hauptstraße heading east, left into Wachtertorgasse, right onto a footway.
    const { legs, graph } = router({ 1: [0, 0], 2: [3, 0], 3: [3, 2], 4: [5, 2], 5: [6, 0] }, [
      { from: 1, to: 2, name: 'Hauptstraße' },
      { from: 2, to: 5, name: 'Hauptstraße' },
      { from: 2, to: 3, name: 'Wachtertorgasse' },
      { from: 3, to: 4, highway: 'footway' },
    ]);
    const leg = legs.routeStops('foot', [at(1, 0), at(4.5, 2)]).legs[0]!;
    const steps = legDirections(graph, leg);
    expect(steps.map((step) => [step.kind, step.turn ?? step.heading, step.street, step.highway])).toEqual([
      ['depart', 'east', 'Hauptstraße', 'residential'],
      ['turn', 'left', 'Wachtertorgasse', 'residential'],
      ['turn', 'right', '', 'footway'],
    ]);
    expect(steps.map((step) => Math.round(step.distanceMetres))).toEqual([200, 200, 150]);
  });
});

describe('contraction hierarchies', () => {
  it('find the same costs and valid paths as the bidirectional Dijkstra, seeds included', async () => {
    const { buildContractionHierarchy } = await import('../../../shared/routing/contraction.js');
    let state = 777;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 10; round++) {
      const positions: Record<number, [number, number]> = {};
      for (let id = 1; id <= 150; id++) positions[id] = [random() * 30, random() * 30];
      const specs: EdgeSpec[] = [];
      for (let id = 1; id <= 150; id++) {
        for (let k = 0; k < 2; k++) {
          const other = 1 + Math.floor(random() * 150);
          const kinds = ['residential', 'footway', 'primary', 'cycleway', 'steps'];
          if (other !== id)
            specs.push({
              from: id,
              to: other,
              highway: kinds[Math.floor(random() * 5)],
              bicycleOneway: random() < 0.3,
            });
        }
      }
      const { nodes, edges } = network(positions, specs);
      const graph = createRoutingGraph(nodes, edges);
      const finder = createPathFinder(graph);
      for (const profile of ['foot', 'bicycle', 'wheelchair'] as const) {
        const hierarchy = buildContractionHierarchy(graph, profile);
        const { weight } = graph.weights(profile);
        for (let query = 0; query < 20; query++) {
          const sources = [{ node: Math.floor(random() * graph.nodeCount), cost: random() * 50 }];
          const targets = [
            { node: Math.floor(random() * graph.nodeCount), cost: random() * 50 },
            { node: Math.floor(random() * graph.nodeCount), cost: random() * 50 },
          ];
          const expected = finder.shortestPath(profile, sources, targets);
          const found = hierarchy.shortestPath(sources, targets);
          if (!expected) {
            expect(found).toBeNull();
            continue;
          }
          expect(found!.cost).toBeCloseTo(expected.cost, 6);
          const seedCost =
            sources.find((seed) => seed.node === found!.sourceNode)!.cost +
            Math.min(...targets.filter((seed) => seed.node === found!.targetNode).map((seed) => seed.cost));
          expect(found!.arcs.reduce((sum, arc) => sum + weight[arc]!, seedCost)).toBeCloseTo(expected.cost, 6);
          // The unpacked arcs form a walk from the source node to the target node.
          let at = found!.sourceNode;
          for (const arc of found!.arcs) {
            expect(arc & 1 ? graph.edgeTo[arc >> 1] : graph.edgeFrom[arc >> 1]).toBe(at);
            at = arc & 1 ? graph.edgeFrom[arc >> 1]! : graph.edgeTo[arc >> 1]!;
          }
          expect(at).toBe(found!.targetNode);
        }
      }
    }
  });
});

describe('direction texts', () => {
  it('read as a walker expects, street names as they are', async () => {
    const { directionMessage } = await import('../../../shared/routing/direction-text.js');
    const { createTranslator } = await import('../../../shared/i18n/translator.js');
    const t = createTranslator('en');
    expect(
      t.t(
        directionMessage({
          kind: 'turn',
          turn: 'left',
          street: 'Wachtertorgasse',
          highway: 'residential',
          distanceMetres: 123.4,
          position: [0, 0],
        }),
      ),
    ).toBe('Turn left onto Wachtertorgasse, 120 m');
    expect(
      t.t(
        directionMessage({
          kind: 'depart',
          heading: 'south-east',
          street: '',
          highway: 'footway',
          distanceMetres: 42.4,
          position: [0, 0],
        }),
      ),
    ).toBe('Head south-east on the footpath, 42 m');
    expect(
      t.t(
        directionMessage({
          kind: 'turn',
          turn: 'slight-right',
          street: '',
          highway: 'living_street',
          distanceMetres: 5,
          position: [0, 0],
        }),
      ),
    ).toBe('Bear right onto the living street, 5 m');
  });
});
