import { ContractionGraph, type HierarchyInput } from './contraction-graph.js';
import { openHierarchy, type ContractionHierarchy, type HierarchyData, type UpwardArcs } from './contraction-query.js';
import { createShortcutFinder } from './contraction-shortcuts.js';
import { MinHeap } from './min-heap.js';
import type { RoutingProfile } from './profiles.js';
import type { RoutingGraph } from './routing-graph.js';
import type { PathFinder } from './shortest-path.js';

// Contraction hierarchies (Geisberger et al. 2008) for one profile: nodes are contracted one by
// one, least important first; a shortcut replaces a path u → v → w through a contracted v when
// no other path (a "witness") is as short (contraction-shortcuts.ts). A query then only climbs
// (contraction-query.ts): a bidirectional Dijkstra over arcs towards more important nodes
// settles a few hundred nodes instead of the city. Why: on a 250,000-node network a plain
// bidirectional Dijkstra takes tens of milliseconds per route; the hierarchy answers in about one.
//
// The order, as RoutingKit and OSRM choose it: a node's importance is its depth plus the arcs and
// original arcs its contraction would add per arc it removes (a simulated contraction). It is
// recomputed lazily, when a node whose neighbours changed comes to the top of the queue, and that
// simulation's shortcuts are kept, so the node contracted next is not searched twice. In the
// last CORE_SIZE nodes, where simulations cost nothing (a table look-up), neighbours are updated
// at once instead, which orders the top of the hierarchy better.

export type { ContractionHierarchy, HierarchyData } from './contraction-query.js';
export { hierarchyBuffers, openHierarchy } from './contraction-query.js';

/**
 * The last nodes, decided from a table of their distances (CORE_SIZE² single floats: 16 MB), once
 * they are this few and this densely connected (arcs per node): sparse networks never need it.
 */
const CORE_SIZE = 2000;
const CORE_DEGREE = 8;

export interface BuildOptions {
  /** Called now and then with the nodes contracted so far. */
  onProgress?: (done: number, total: number) => void;
}

export type { HierarchyInput } from './contraction-graph.js';

/** A profile's input for building, from the routing graph (its arrays are the graph's, not copies). */
export function hierarchyInput(graph: RoutingGraph, profile: RoutingProfile): HierarchyInput {
  return {
    nodeCount: graph.nodeCount,
    edgeFrom: graph.edgeFrom,
    edgeTo: graph.edgeTo,
    weight: graph.weights(profile).weight,
  };
}

export function buildHierarchyData(
  input: HierarchyInput,
  profile: RoutingProfile,
  options: BuildOptions = {},
): HierarchyData {
  const count = input.nodeCount;
  const contraction = new ContractionGraph(input);
  const { arcs, out, into } = contraction;
  const shortcuts = createShortcutFinder(contraction, count);
  const { found } = shortcuts;
  /** The node whose shortcuts `found` holds, while the graph has not changed since. */
  let foundFor = -1;

  const level = new Int32Array(count);
  function importance(node: number): number {
    shortcuts.find(node);
    foundFor = node;
    let removed = 0;
    let removedHops = 0;
    for (const pool of into ? [out, into] : [out]) {
      const end = pool.start[node]! + pool.size[node]!;
      for (let slot = pool.start[node]!; slot < end; slot++) removedHops += arcs.hops[pool.arc[slot]!]!;
      removed += pool.size[node]!;
    }
    const added = found.length / 5;
    return level[node]! + (2 * added) / Math.max(1, removed) + (4 * shortcuts.foundHops()) / Math.max(1, removedHops);
  }

  const queue = new MinHeap(count);
  const priority = new Float64Array(count);
  /** A node whose neighbours changed since its importance was computed. */
  const stale = new Uint8Array(count);
  const contracted = new Uint8Array(count);
  const rank = new Int32Array(count);
  const isContracted = (node: number) => contracted[node] === 1;
  const dense = (remaining: number) => remaining <= CORE_SIZE && contraction.liveArcs >= CORE_DEGREE * remaining;
  if (dense(count)) shortcuts.enterCore(isContracted);
  for (let node = 0; node < count; node++) {
    priority[node] = importance(node);
    queue.push(node, priority[node]!);
  }
  const progressEvery = Math.max(1, count >> 6);
  const neighbours: number[] = [];
  let current = -1;
  const touch = (neighbour: number) => {
    if (!stale[neighbour]) neighbours.push(neighbour);
    stale[neighbour] = 1;
    level[neighbour] = Math.max(level[neighbour]!, level[current]! + 1);
  };
  let next = 0;
  while (queue.length > 0) {
    const key = queue.peekKey();
    const node = queue.pop();
    if (contracted[node] || key !== priority[node]) continue;
    if (!shortcuts.inCore() && dense(count - next)) {
      shortcuts.enterCore(isContracted);
      queue.clear();
      for (let other = 0; other < count; other++) {
        if (contracted[other]) continue;
        stale[other] = 0;
        priority[other] = importance(other);
        queue.push(other, priority[other]!);
      }
      continue;
    }
    if (stale[node] && !shortcuts.inCore()) {
      stale[node] = 0;
      priority[node] = importance(node);
      if (priority[node]! > queue.peekKey()) {
        queue.push(node, priority[node]!);
        continue;
      }
    }
    if (foundFor !== node) shortcuts.find(node);
    for (let index = 0; index < found.length; index += 5)
      contraction.add(found[index]!, found[index + 1]!, found[index + 2]!, -1, found[index + 3]!, found[index + 4]!);
    foundFor = -1;
    contracted[node] = 1;
    rank[node] = next++;
    current = node;
    neighbours.length = 0;
    contraction.detach(node, touch);
    if (shortcuts.inCore()) {
      for (const neighbour of neighbours) {
        stale[neighbour] = 0;
        priority[neighbour] = importance(neighbour);
        queue.push(neighbour, priority[neighbour]!);
      }
      foundFor = -1;
    }
    if (options.onProgress && next % progressEvery === 0) options.onProgress(next, count);
  }
  options.onProgress?.(count, count);

  /** Arcs towards more important nodes in compressed rows by rank: forward leaves along them, backward against them. */
  function upward(from: Int32Array, to: Int32Array): UpwardArcs {
    const offsets = new Int32Array(count + 1);
    for (let arc = 0; arc < arcs.length; arc++) {
      if (rank[to[arc]!]! > rank[from[arc]!]!) offsets[rank[from[arc]!]! + 1]!++;
    }
    for (let at = 0; at < count; at++) offsets[at + 1]! += offsets[at]!;
    const total = offsets[count]!;
    const upward = { offsets, next: new Int32Array(total), cost: new Float64Array(total), arc: new Int32Array(total) };
    const fill = offsets.slice(0, count);
    for (let arc = 0; arc < arcs.length; arc++) {
      const tail = rank[from[arc]!]!;
      const head = rank[to[arc]!]!;
      if (head <= tail) continue;
      const slot = fill[tail]!++;
      upward.next[slot] = head;
      upward.cost[slot] = arcs.weight[arc]!;
      upward.arc[slot] = arc;
    }
    return upward;
  }
  const size = arcs.length;
  return {
    profile,
    nodeCount: count,
    shortcutCount: size - contraction.originalCount,
    rank,
    tail: arcs.tail.slice(0, size),
    head: arcs.head.slice(0, size),
    original: arcs.original.slice(0, size),
    first: arcs.first.slice(0, size),
    second: arcs.second.slice(0, size),
    forward: upward(arcs.tail, arcs.head),
    backward: upward(arcs.head, arcs.tail),
  };
}

export function buildContractionHierarchy(
  graph: RoutingGraph,
  profile: RoutingProfile,
  options: BuildOptions = {},
): ContractionHierarchy {
  return openHierarchy(buildHierarchyData(hierarchyInput(graph, profile), profile, options));
}

/** A path finder that answers from a profile's hierarchy once it is built, else by Dijkstra. */
export function withHierarchies(
  finder: PathFinder,
  hierarchies: ReadonlyMap<RoutingProfile, ContractionHierarchy>,
): PathFinder {
  return {
    ...finder,
    shortestPath(profile, sources, targets) {
      const hierarchy = hierarchies.get(profile);
      return hierarchy ? hierarchy.shortestPath(sources, targets) : finder.shortestPath(profile, sources, targets);
    },
  };
}
