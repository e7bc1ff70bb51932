import { MinHeap } from './min-heap.js';
import type { RoutingProfile } from './profiles.js';
import type { GraphPath, Seed } from './shortest-path.js';

// Queries on a built contraction hierarchy (contraction.ts builds it): a bidirectional Dijkstra
// that only climbs towards more important nodes, with stall-on-demand (a node reached more
// cheaply from above is not expanded), and shortcuts unpacked into the graph's arcs at the end.
// The hierarchy is plain typed arrays, so a worker thread can build it and hand it over. Its
// upward graphs number the nodes by rank: the important nodes, which every query reaches, lie
// together in memory (RoutingKit does the same).

/** Arcs towards more important nodes, per node (by rank) in compressed rows, with their head (its rank) and weight inline. */
export interface UpwardArcs {
  offsets: Int32Array;
  next: Int32Array;
  cost: Float64Array;
  /** The hierarchy arc (index into `HierarchyData.tail` etc.). */
  arc: Int32Array;
}

export interface HierarchyData {
  profile: RoutingProfile;
  nodeCount: number;
  shortcutCount: number;
  /** Per node, its place in the contraction order: 0 first contracted, least important. */
  rank: Int32Array;
  /** Per hierarchy arc: its ends, and the graph's arc (>= 0) or the two arcs a shortcut stands for. */
  tail: Int32Array;
  head: Int32Array;
  original: Int32Array;
  first: Int32Array;
  second: Int32Array;
  /** Forward: arcs leaving a node upwards. Backward: arcs entering a node from above, `next` = their tail. */
  forward: UpwardArcs;
  backward: UpwardArcs;
}

export interface ContractionHierarchy {
  profile: RoutingProfile;
  shortcutCount: number;
  shortestPath(sources: readonly Seed[], targets: readonly Seed[]): GraphPath | null;
}

/** The typed arrays of a hierarchy, e.g. to transfer it from a worker thread. */
export function hierarchyBuffers(data: HierarchyData): ArrayBufferLike[] {
  const arrays: (Int32Array | Float64Array)[] = [
    data.rank,
    data.tail,
    data.head,
    data.original,
    data.first,
    data.second,
  ];
  for (const up of [data.forward, data.backward]) arrays.push(up.offsets, up.next, up.cost, up.arc);
  return arrays.map((array) => array.buffer);
}

export function openHierarchy(data: HierarchyData): ContractionHierarchy {
  const count = data.nodeCount;
  const { rank } = data;
  const order = new Int32Array(count);
  for (let node = 0; node < count; node++) order[rank[node]!] = node;
  const sides = [data.forward, data.backward].map((up, which) => ({
    up,
    /** Arcs into a node from above in this direction, for stalling. */
    down: which === 0 ? data.backward : data.forward,
    distance: new Float64Array(count).fill(Infinity),
    parent: new Int32Array(count).fill(-1),
    touched: [] as number[],
    heap: new MinHeap(),
  }));
  type Side = (typeof sides)[number];

  function unpack(arc: number, into: number[]): void {
    const original = data.original[arc]!;
    if (original >= 0) {
      into.push(original);
      return;
    }
    unpack(data.first[arc]!, into);
    unpack(data.second[arc]!, into);
  }

  function start(side: Side, seeds: readonly Seed[]): void {
    for (const node of side.touched) {
      side.distance[node] = Infinity;
      side.parent[node] = -1;
    }
    side.touched.length = 0;
    side.heap.clear();
    for (const seed of seeds) {
      const node = rank[seed.node]!;
      const cost = seed.cost;
      if (!(cost < side.distance[node]!)) continue;
      if (side.distance[node] === Infinity) side.touched.push(node);
      side.distance[node] = cost;
      side.heap.push(node, cost);
    }
  }

  /** A node is stalled when a more important neighbour already reaches it more cheaply. */
  function stalled(side: Side, node: number, key: number): boolean {
    const { offsets, next, cost } = side.down;
    const distance = side.distance;
    for (let index = offsets[node]!; index < offsets[node + 1]!; index++) {
      if (distance[next[index]!]! + cost[index]! < key) return true;
    }
    return false;
  }

  function shortestPath(sources: readonly Seed[], targets: readonly Seed[]): GraphPath | null {
    const [forward, backward] = sides as [Side, Side];
    start(forward, sources);
    start(backward, targets);
    let best = Infinity;
    let meeting = -1;
    while (forward.heap.length > 0 || backward.heap.length > 0) {
      const growForward = forward.heap.peekKey() <= backward.heap.peekKey();
      const side = growForward ? forward : backward;
      const other = growForward ? backward : forward;
      if (side.heap.peekKey() >= best) {
        // This side cannot improve; finish when the other cannot either.
        if (other.heap.peekKey() >= best) break;
        side.heap.clear();
        continue;
      }
      const key = side.heap.peekKey();
      const node = side.heap.pop();
      if (key > side.distance[node]!) continue;
      const through = key + other.distance[node]!;
      if (through < best) {
        best = through;
        meeting = node;
      }
      if (stalled(side, node, key)) continue;
      const { offsets, next, cost, arc } = side.up;
      const distance = side.distance;
      for (let index = offsets[node]!; index < offsets[node + 1]!; index++) {
        const head = next[index]!;
        const reached = key + cost[index]!;
        if (reached < distance[head]!) {
          if (distance[head] === Infinity) side.touched.push(head);
          distance[head] = reached;
          side.parent[head] = arc[index]!;
          side.heap.push(head, reached);
        }
      }
    }
    if (meeting < 0) return null;
    const firstHalf: number[] = [];
    let sourceNode = order[meeting]!;
    for (let arc = forward.parent[meeting]!; arc >= 0; arc = forward.parent[rank[sourceNode]!]!) {
      firstHalf.push(arc);
      sourceNode = data.tail[arc]!;
    }
    const path: number[] = [];
    for (let index = firstHalf.length - 1; index >= 0; index--) unpack(firstHalf[index]!, path);
    let targetNode = order[meeting]!;
    for (let arc = backward.parent[meeting]!; arc >= 0; arc = backward.parent[rank[targetNode]!]!) {
      unpack(arc, path);
      targetNode = data.head[arc]!;
    }
    return { cost: best, arcs: path, sourceNode, targetNode };
  }

  return { profile: data.profile, shortcutCount: data.shortcutCount, shortestPath };
}
