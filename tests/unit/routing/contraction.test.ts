import { describe, expect, it } from 'vitest';
import { buildContractionHierarchy } from '../../../shared/routing/contraction.js';
import type { RoutingProfile } from '../../../shared/routing/profiles.js';
import { createRoutingGraph, type RoutingGraph } from '../../../shared/routing/routing-graph.js';
import { createPathFinder } from '../../../shared/routing/shortest-path.js';
import { network, streetGrid, type EdgeSpec } from './network-fixture.js';

// Contraction hierarchies answer exactly what Dijkstra answers, however they were built: witness
// searches on a sparse street grid, the distance table of the densest part (its last nodes), one
// pool of arcs for profiles that go both ways at the same cost (foot) and two for those that do
// not (bicycle, with oneways).

function agreesWithDijkstra(graph: RoutingGraph, profile: RoutingProfile, pairs: number): void {
  const hierarchy = buildContractionHierarchy(graph, profile);
  const finder = createPathFinder(graph);
  const { weight } = graph.weights(profile);
  let state = 4242;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let pair = 0; pair < pairs; pair++) {
    const source = [{ node: Math.floor(random() * graph.nodeCount), cost: 0 }];
    const target = [{ node: Math.floor(random() * graph.nodeCount), cost: 0 }];
    const expected = finder.shortestPath(profile, source, target);
    const found = hierarchy.shortestPath(source, target);
    if (!expected) {
      expect(found).toBeNull();
      continue;
    }
    expect(found!.cost).toBeCloseTo(expected.cost, 6);
    // The shortcuts unpack into a walk along the graph's arcs that costs as much.
    let at = found!.sourceNode;
    for (const arc of found!.arcs) {
      expect(arc & 1 ? graph.edgeTo[arc >> 1] : graph.edgeFrom[arc >> 1]).toBe(at);
      at = arc & 1 ? graph.edgeFrom[arc >> 1]! : graph.edgeTo[arc >> 1]!;
    }
    expect(at).toBe(found!.targetNode);
    expect(found!.arcs.reduce((sum, arc) => sum + weight[arc]!, 0)).toBeCloseTo(expected.cost, 6);
  }
}

describe('contraction hierarchies, built three ways', () => {
  it('on a street grid of 3,600 junctions (witness searches, then the densest part from a table)', () => {
    const { nodes, edges } = streetGrid(60);
    const graph = createRoutingGraph(nodes, edges);
    for (const profile of ['foot', 'bicycle', 'distance'] as const) agreesWithDijkstra(graph, profile, 150);
  });

  it('on a dense tangle decided from the table from the start, both ways and one way', () => {
    let state = 99;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const positions: Record<number, [number, number]> = {};
    for (let id = 1; id <= 300; id++) positions[id] = [random() * 20, random() * 20];
    const specs: EdgeSpec[] = [];
    for (let id = 1; id <= 300; id++) {
      for (let k = 0; k < 6; k++) {
        const other = 1 + Math.floor(random() * 300);
        if (other !== id) specs.push({ from: id, to: other, bicycleOneway: random() < 0.3 });
      }
    }
    const { nodes, edges } = network(positions, specs);
    const graph = createRoutingGraph(nodes, edges);
    for (const profile of ['foot', 'bicycle'] as const) agreesWithDijkstra(graph, profile, 150);
  });
});
