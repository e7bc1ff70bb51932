import { MinHeap } from './min-heap.js';
import type { RoutingProfile } from './profiles.js';
import { arcHead, arcTail, type RoutingGraph } from './routing-graph.js';

// Shortest paths on the routing graph: a bidirectional Dijkstra between two sets of seeds (the
// end nodes of the edge a stop snapped to, each with the cost of the piece of edge to it), and a
// one-to-many search for distance matrices (stop order). Buffers are allocated once per finder
// and reset through the list of nodes a search touched, so a query costs what it explores.

export interface Seed {
  node: number;
  /** Weight from the stop to this node (source) or from this node to the stop (target). */
  cost: number;
}

export interface GraphPath {
  /** Total weight, seeds included. */
  cost: number;
  /** The arcs from the source seed's node to the target seed's node, in order. */
  arcs: number[];
  sourceNode: number;
  targetNode: number;
}

interface SearchSide {
  distance: Float64Array;
  parent: Int32Array;
  touched: number[];
  heap: MinHeap;
}

function side(nodeCount: number): SearchSide {
  return {
    distance: new Float64Array(nodeCount).fill(Infinity),
    parent: new Int32Array(nodeCount).fill(-1),
    touched: [],
    heap: new MinHeap(),
  };
}

function reset(search: SearchSide): void {
  for (const node of search.touched) {
    search.distance[node] = Infinity;
    search.parent[node] = -1;
  }
  search.touched.length = 0;
  search.heap.clear();
}

function seed(search: SearchSide, seeds: readonly Seed[]): void {
  for (const { node, cost } of seeds) {
    if (!(cost < search.distance[node]!)) continue;
    if (search.distance[node] === Infinity) search.touched.push(node);
    search.distance[node] = cost;
    search.parent[node] = -1;
    search.heap.push(node, cost);
  }
}

export function createPathFinder(graph: RoutingGraph) {
  const forward = side(graph.nodeCount);
  const backward = side(graph.nodeCount);

  /** Cheapest path from any source seed to any target seed, or null when none exists. */
  function shortestPath(profile: RoutingProfile, sources: readonly Seed[], targets: readonly Seed[]): GraphPath | null {
    const { weight } = graph.weights(profile);
    reset(forward);
    reset(backward);
    seed(forward, sources);
    seed(backward, targets);
    let best = Infinity;
    let meeting = -1;
    for (const { node } of sources) {
      const total = forward.distance[node]! + backward.distance[node]!;
      if (total < best) {
        best = total;
        meeting = node;
      }
    }
    while (forward.heap.length > 0 || backward.heap.length > 0) {
      if (forward.heap.peekKey() + backward.heap.peekKey() >= best) break;
      const growForward = forward.heap.peekKey() <= backward.heap.peekKey();
      const search = growForward ? forward : backward;
      const other = growForward ? backward : forward;
      const key = search.heap.peekKey();
      const node = search.heap.pop();
      if (key > search.distance[node]!) continue;
      const offsets = growForward ? graph.outOffsets : graph.inOffsets;
      const arcs = growForward ? graph.outArcs : graph.inArcs;
      for (let index = offsets[node]!; index < offsets[node + 1]!; index++) {
        const arc = arcs[index]!;
        const cost = weight[arc]!;
        if (cost === Infinity) continue;
        const next = growForward ? arcHead(graph, arc) : arcTail(graph, arc);
        const distance = key + cost;
        if (distance < search.distance[next]!) {
          if (search.distance[next] === Infinity) search.touched.push(next);
          search.distance[next] = distance;
          search.parent[next] = arc;
          search.heap.push(next, distance);
        }
        const through = search.distance[next]! + other.distance[next]!;
        if (through < best) {
          best = through;
          meeting = next;
        }
      }
    }
    if (meeting < 0 || best === Infinity) return null;
    const arcs: number[] = [];
    let sourceNode = meeting;
    for (let arc = forward.parent[sourceNode]!; arc >= 0; arc = forward.parent[sourceNode]!) {
      arcs.push(arc);
      sourceNode = arcTail(graph, arc);
    }
    arcs.reverse();
    let targetNode = meeting;
    for (let arc = backward.parent[targetNode]!; arc >= 0; arc = backward.parent[targetNode]!) {
      arcs.push(arc);
      targetNode = arcHead(graph, arc);
    }
    return { cost: best, arcs, sourceNode, targetNode };
  }

  /**
   * Costs from the source seeds to each target (its own seeds), Infinity where unreachable: one
   * search grows until every target node is settled.
   */
  function costsToMany(
    profile: RoutingProfile,
    sources: readonly Seed[],
    targets: readonly (readonly Seed[])[],
  ): Float64Array {
    const { weight } = graph.weights(profile);
    reset(forward);
    seed(forward, sources);
    const waiting = new Set<number>();
    for (const seeds of targets) for (const { node } of seeds) waiting.add(node);
    while (forward.heap.length > 0 && waiting.size > 0) {
      const key = forward.heap.peekKey();
      const node = forward.heap.pop();
      if (key > forward.distance[node]!) continue;
      waiting.delete(node);
      for (let index = graph.outOffsets[node]!; index < graph.outOffsets[node + 1]!; index++) {
        const arc = graph.outArcs[index]!;
        const cost = weight[arc]!;
        if (cost === Infinity) continue;
        const next = arcHead(graph, arc);
        const distance = key + cost;
        if (distance < forward.distance[next]!) {
          if (forward.distance[next] === Infinity) forward.touched.push(next);
          forward.distance[next] = distance;
          forward.parent[next] = arc;
          forward.heap.push(next, distance);
        }
      }
    }
    const costs = new Float64Array(targets.length).fill(Infinity);
    targets.forEach((seeds, index) => {
      for (const { node, cost } of seeds) costs[index] = Math.min(costs[index]!, forward.distance[node]! + cost);
    });
    return costs;
  }

  /** Every node within `maxCost` of the seeds, with its cost (a bounded search: places along a line). */
  function reachWithin(profile: RoutingProfile, sources: readonly Seed[], maxCost: number): Map<number, number> {
    const { weight } = graph.weights(profile);
    reset(forward);
    seed(forward, sources);
    const reached = new Map<number, number>();
    while (forward.heap.length > 0) {
      const key = forward.heap.peekKey();
      if (key > maxCost) break;
      const node = forward.heap.pop();
      if (key > forward.distance[node]! || reached.has(node)) continue;
      reached.set(node, key);
      for (let index = graph.outOffsets[node]!; index < graph.outOffsets[node + 1]!; index++) {
        const arc = graph.outArcs[index]!;
        const cost = weight[arc]!;
        if (cost === Infinity) continue;
        const next = arcHead(graph, arc);
        const distance = key + cost;
        if (distance < forward.distance[next]! && distance <= maxCost) {
          if (forward.distance[next] === Infinity) forward.touched.push(next);
          forward.distance[next] = distance;
          forward.parent[next] = arc;
          forward.heap.push(next, distance);
        }
      }
    }
    return reached;
  }

  return { shortestPath, costsToMany, reachWithin };
}
export type PathFinder = ReturnType<typeof createPathFinder>;
