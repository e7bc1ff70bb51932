import type { ContractionGraph } from './contraction-graph.js';
import { MinHeap } from './min-heap.js';

// Which shortcuts contracting a node needs: for each pair of neighbours u → node → w, one unless
// a witness, another path from u to w no longer than through the node, exists. Witnesses are
// looked for by one bounded Dijkstra per neighbour u (to all the w at once); the search stops as
// soon as every w has a witness or lies beyond the bound, and its bound shrinks as witnesses turn
// up. The last nodes (the densest part of the graph) are decided from a table of all their
// distances instead (see `enterCore`).

/** How far a witness search may look (settled nodes): more finds more witnesses, fewer shortcuts. */
const WITNESS_SETTLE_LIMIT = 200;
/** Relative margin below which a distance from the core table counts as a witness (the table is in single precision). */
const CORE_MARGIN = 1e-6;

export interface ShortcutFinder {
  /** The last search's shortcuts: [from, to, weight, first arc, second arc] each (with twins, one of each pair). */
  readonly found: number[];
  /** How many original arcs the found shortcuts stand for. */
  readonly foundHops: () => number;
  /** Finds the shortcuts contracting `node` needs, into `found`. */
  find(node: number): void;
  /** From now on, decide shortcuts between the nodes not contracted yet from a table of their distances. */
  enterCore(isContracted: (node: number) => boolean): void;
  readonly inCore: () => boolean;
}

export function createShortcutFinder(graph: ContractionGraph, count: number): ShortcutFinder {
  const { arcs, out } = graph;
  const distance = new Float64Array(count).fill(Infinity);
  const touched = new Int32Array(count);
  let touchedCount = 0;
  const heap = new MinHeap();
  /** Nodes a witness search is looking for carry the current stamp, and the cost a witness must not exceed. */
  const isTarget = new Int32Array(count).fill(-1);
  const witnessBound = new Float64Array(count);
  let stamp = 0;
  const targets: number[] = [];
  const found: number[] = [];
  let foundHops = 0;
  let core: { index: Int32Array; size: number; table: Float32Array } | null = null;

  function restart(source: number): void {
    for (let index = 0; index < touchedCount; index++) distance[touched[index]!] = Infinity;
    touchedCount = 0;
    heap.clear();
    distance[source] = 0;
    touched[touchedCount++] = source;
    heap.push(source, 0);
  }

  function target(node: number, bound: number): void {
    isTarget[node] = stamp;
    witnessBound[node] = bound;
    targets.push(node);
  }

  /** Distances from `source` avoiding `skip`, until every target has a witness or the search passes their bounds. */
  function witnessSearch(source: number, skip: number): void {
    let waiting = targets.length;
    let limit = -1;
    for (const node of targets) limit = Math.max(limit, witnessBound[node]!);
    restart(source);
    let settled = 0;
    const { start, size, node: neighbour, weight } = out;
    while (heap.length > 0) {
      const key = heap.peekKey();
      const node = heap.pop();
      if (key > distance[node]!) continue;
      if (key > limit || ++settled > WITNESS_SETTLE_LIMIT) return;
      const end = start[node]! + size[node]!;
      for (let slot = start[node]!; slot < end; slot++) {
        const through = key + weight[slot]!;
        // The slice is sorted: every further arc reaches past the bound too.
        if (through > limit) break;
        const next = neighbour[slot]!;
        if (next === skip || !(through < distance[next]!)) continue;
        if (distance[next] === Infinity) touched[touchedCount++] = next;
        distance[next] = through;
        heap.push(next, through);
        if (isTarget[next] === stamp && through <= witnessBound[next]!) {
          // A witness: the search need no longer reach as far as this target's bound.
          isTarget[next] = -1;
          if (--waiting === 0) return;
          if (witnessBound[next] === limit) {
            limit = -1;
            for (const other of targets) if (isTarget[other] === stamp) limit = Math.max(limit, witnessBound[other]!);
          }
        }
      }
    }
  }

  function shortcut(from: number, to: number, via: number, first: number, second: number): void {
    found.push(from, to, via, first, second);
    foundHops += arcs.hops[first]! + arcs.hops[second]!;
  }

  /** With twins: neighbour pairs i < j, one search from i answering i → j and j → i. */
  function findBetweenTwins(node: number): void {
    const outStart = out.start[node]!;
    const outEnd = outStart + out.size[node]!;
    for (let i = outStart; i < outEnd; i++) {
      const from = out.node[i]!;
      stamp++;
      targets.length = 0;
      for (let j = i + 1; j < outEnd; j++) target(out.node[j]!, out.weight[i]! + out.weight[j]!);
      if (targets.length === 0) continue;
      if (!core) witnessSearch(from, node);
      for (let j = i + 1; j < outEnd; j++) {
        const to = out.node[j]!;
        const via = out.weight[i]! + out.weight[j]!;
        // from → node is the twin of node → from.
        if (!hasWitness(from, to, via)) shortcut(from, to, via, out.arc[i]! ^ 1, out.arc[j]!);
      }
    }
  }

  function findDirected(node: number): void {
    const into = graph.into!;
    const outStart = out.start[node]!;
    const outEnd = outStart + out.size[node]!;
    const inEnd = into.start[node]! + into.size[node]!;
    for (let i = into.start[node]!; i < inEnd; i++) {
      const from = into.node[i]!;
      stamp++;
      targets.length = 0;
      for (let j = outStart; j < outEnd; j++) {
        if (out.node[j] !== from) target(out.node[j]!, into.weight[i]! + out.weight[j]!);
      }
      if (targets.length === 0) continue;
      if (!core) witnessSearch(from, node);
      for (let j = outStart; j < outEnd; j++) {
        const to = out.node[j]!;
        const via = into.weight[i]! + out.weight[j]!;
        if (to !== from && !hasWitness(from, to, via)) shortcut(from, to, via, into.arc[i]!, out.arc[j]!);
      }
    }
  }

  /**
   * After the search from `from` (or from the core table): a path no longer than `via`. In the
   * table, a path shorter than through the node may itself go through the node, but then through
   * a pair of its neighbours that does get a shortcut (a shortest path's piece is no longer than
   * the shortcut), so it survives the contraction; in doubt (the margin), a shortcut.
   */
  function hasWitness(from: number, to: number, via: number): boolean {
    if (!core) return distance[to]! <= via;
    return core.table[core.index[from]! * core.size + core.index[to]!]! < via * (1 - CORE_MARGIN);
  }

  /**
   * Every distance between the nodes left, computed once: contracting a node keeps the distances
   * between the others, so the table stays true to the end. Why: the last couple of thousand
   * nodes form the densest part of the graph, and on grid-like town networks their witness
   * searches were most of the building time.
   */
  function enterCore(isContracted: (node: number) => boolean): void {
    const index = new Int32Array(count).fill(-1);
    const members: number[] = [];
    for (let node = 0; node < count; node++) if (!isContracted(node)) index[node] = members.push(node) - 1;
    const size = members.length;
    const table = new Float32Array(size * size).fill(Infinity);
    const { start, size: degree, node: neighbour, weight } = out;
    for (const source of members) {
      restart(source);
      const row = index[source]! * size;
      while (heap.length > 0) {
        const key = heap.peekKey();
        const node = heap.pop();
        if (key > distance[node]!) continue;
        table[row + index[node]!] = key;
        const end = start[node]! + degree[node]!;
        for (let slot = start[node]!; slot < end; slot++) {
          const next = neighbour[slot]!;
          const through = key + weight[slot]!;
          if (!(through < distance[next]!)) continue;
          if (distance[next] === Infinity) touched[touchedCount++] = next;
          distance[next] = through;
          heap.push(next, through);
        }
      }
    }
    core = { index, size, table };
  }

  return {
    found,
    foundHops: () => foundHops,
    find(node) {
      found.length = 0;
      foundHops = 0;
      if (graph.twins) findBetweenTwins(node);
      else findDirected(node);
    },
    enterCore,
    inCore: () => core !== null,
  };
}
