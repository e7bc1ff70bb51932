import type { ProjectStore } from '../../store/project-store.js';

// The stored walking and cycling network as an in-memory graph for routing: compact adjacency
// arrays (CSR) over node indexes, one graph per travel mode (walkers ignore cyclists' oneways).
// Loaded whole: a town's network is tens of thousands of edges, a few MB.

export type TravelMode = 'foot' | 'bicycle';

export interface NetworkGraph {
  mode: TravelMode;
  /** OSM node id of each node index. */
  nodeIds: Float64Array;
  longitudes: Float64Array;
  latitudes: Float64Array;
  /** Edges leaving node i are offsets[i] .. offsets[i + 1] - 1 in `targets`, `lengths` and `edgeIds`. */
  offsets: Uint32Array;
  targets: Uint32Array;
  lengths: Float64Array;
  /** network_edges.id of each directed edge. */
  edgeIds: Uint32Array;
  /** Node index of an OSM node id, or undefined when it is not in the graph. */
  indexOf(nodeId: number): number | undefined;
}

export interface GraphPath {
  /** Node indexes from start to end. */
  nodes: number[];
  /** network_edges.id of each step. */
  edgeIds: number[];
  lengthMetres: number;
}

/** The network a walker (or a cyclist) may use, as stored in the project. */
export function loadNetworkGraph(store: ProjectStore, mode: TravelMode): NetworkGraph {
  const nodes = store.network.nodes();
  const index = new Map<number, number>();
  nodes.forEach((node, position) => index.set(node.id, position));
  const arcs: [from: number, to: number, length: number, edgeId: number][] = [];
  for (const edge of store.network.edges()) {
    if (!edge[mode]) continue;
    const from = index.get(edge.fromNode);
    const to = index.get(edge.toNode);
    if (from === undefined || to === undefined) continue;
    arcs.push([from, to, edge.lengthMetres, edge.id]);
    if (mode === 'foot' || !edge.bicycleOneway) arcs.push([to, from, edge.lengthMetres, edge.id]);
  }
  const offsets = new Uint32Array(nodes.length + 1);
  for (const [from] of arcs) offsets[from + 1]!++;
  for (let node = 0; node < nodes.length; node++) offsets[node + 1]! += offsets[node]!;
  const fill = offsets.slice(0, nodes.length);
  const targets = new Uint32Array(arcs.length);
  const lengths = new Float64Array(arcs.length);
  const edgeIds = new Uint32Array(arcs.length);
  for (const [from, to, length, edgeId] of arcs) {
    const slot = fill[from]!++;
    targets[slot] = to;
    lengths[slot] = length;
    edgeIds[slot] = edgeId;
  }
  return {
    mode,
    nodeIds: Float64Array.from(nodes, (node) => node.id),
    longitudes: Float64Array.from(nodes, (node) => node.longitude),
    latitudes: Float64Array.from(nodes, (node) => node.latitude),
    offsets,
    targets,
    lengths,
    edgeIds,
    indexOf: (nodeId) => index.get(nodeId),
  };
}

/** Weakly connected components: component number of each node index (0 = the largest). */
export function connectedComponents(graph: NetworkGraph): { component: Int32Array; sizes: number[] } {
  const count = graph.nodeIds.length;
  // Undirected view: a oneway cycle lane still joins its two ends.
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (let from = 0; from < count; from++)
    for (let slot = graph.offsets[from]!; slot < graph.offsets[from + 1]!; slot++) {
      neighbours[from]!.push(graph.targets[slot]!);
      neighbours[graph.targets[slot]!]!.push(from);
    }
  const component = new Int32Array(count).fill(-1);
  const sizes: number[] = [];
  for (let start = 0; start < count; start++) {
    if (component[start] !== -1) continue;
    const label = sizes.length;
    let size = 0;
    const stack = [start];
    component[start] = label;
    while (stack.length > 0) {
      const node = stack.pop()!;
      size++;
      for (const next of neighbours[node]!)
        if (component[next] === -1) {
          component[next] = label;
          stack.push(next);
        }
    }
    sizes.push(size);
  }
  // Renumber by size, largest first.
  const order = sizes.map((_, label) => label).sort((a, b) => sizes[b]! - sizes[a]!);
  const rank = new Int32Array(sizes.length);
  order.forEach((label, position) => (rank[label] = position));
  for (let node = 0; node < count; node++) component[node] = rank[component[node]!]!;
  return { component, sizes: order.map((label) => sizes[label]!) };
}

/** Dijkstra with a binary heap: the shortest path between two node indexes, or null when none. */
export function shortestPath(graph: NetworkGraph, from: number, to: number): GraphPath | null {
  const count = graph.nodeIds.length;
  const distance = new Float64Array(count).fill(Infinity);
  const previous = new Int32Array(count).fill(-1);
  const previousEdge = new Int32Array(count).fill(-1);
  const heapNodes: number[] = [];
  const heapDistances: number[] = [];
  const push = (node: number, value: number) => {
    let position = heapNodes.length;
    heapNodes.push(node);
    heapDistances.push(value);
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (heapDistances[parent]! <= value) break;
      heapNodes[position] = heapNodes[parent]!;
      heapDistances[position] = heapDistances[parent]!;
      position = parent;
    }
    heapNodes[position] = node;
    heapDistances[position] = value;
  };
  const pop = (): [number, number] => {
    const top: [number, number] = [heapNodes[0]!, heapDistances[0]!];
    const lastNode = heapNodes.pop()!;
    const lastDistance = heapDistances.pop()!;
    if (heapNodes.length > 0) {
      let position = 0;
      for (;;) {
        const left = 2 * position + 1;
        if (left >= heapNodes.length) break;
        const right = left + 1;
        const child = right < heapNodes.length && heapDistances[right]! < heapDistances[left]! ? right : left;
        if (heapDistances[child]! >= lastDistance) break;
        heapNodes[position] = heapNodes[child]!;
        heapDistances[position] = heapDistances[child]!;
        position = child;
      }
      heapNodes[position] = lastNode;
      heapDistances[position] = lastDistance;
    }
    return top;
  };
  distance[from] = 0;
  push(from, 0);
  while (heapNodes.length > 0) {
    const [node, value] = pop();
    if (value > distance[node]!) continue;
    if (node === to) break;
    for (let slot = graph.offsets[node]!; slot < graph.offsets[node + 1]!; slot++) {
      const next = graph.targets[slot]!;
      const candidate = value + graph.lengths[slot]!;
      if (candidate < distance[next]!) {
        distance[next] = candidate;
        previous[next] = node;
        previousEdge[next] = graph.edgeIds[slot]!;
        push(next, candidate);
      }
    }
  }
  if (distance[to] === Infinity) return null;
  const nodes = [to];
  const edgeIds: number[] = [];
  for (let node = to; node !== from; node = previous[node]!) {
    edgeIds.push(previousEdge[node]!);
    nodes.push(previous[node]!);
  }
  return { nodes: nodes.reverse(), edgeIds: edgeIds.reverse(), lengthMetres: distance[to]! };
}
