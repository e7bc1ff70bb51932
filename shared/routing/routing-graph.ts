import type { NetworkEdgeRecord, NetworkNodeRecord } from './network-records.js';
import { traversal, type RoutingProfile } from './profiles.js';

// The network as the router searches it: nodes and directed arcs in typed arrays (compressed
// sparse rows), so a query touches flat memory, never objects. Edge e gives arc 2e (from → to)
// and arc 2e + 1 (to → from); a profile gives each arc a weight (travel time / priority, in
// seconds) and a duration, Infinity where it may not go.

export interface ProfileWeights {
  /** Per arc: the search weight (seconds divided by priority), Infinity when not allowed. */
  weight: Float64Array;
  /** Per arc: seconds on the flat. */
  duration: Float64Array;
}

export interface RoutingGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeIds: Float64Array;
  readonly nodeLongitude: Float64Array;
  readonly nodeLatitude: Float64Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeLength: Float64Array;
  readonly edges: readonly NetworkEdgeRecord[];
  /** Outgoing arcs of node n: outArcs[outOffsets[n] .. outOffsets[n + 1]). */
  readonly outOffsets: Int32Array;
  readonly outArcs: Int32Array;
  /** Incoming arcs of node n, likewise. */
  readonly inOffsets: Int32Array;
  readonly inArcs: Int32Array;
  /** The node index of an OSM node id, or undefined. */
  nodeIndex(osmId: number): number | undefined;
  /** Weights of a profile (computed once per profile). */
  weights(profile: RoutingProfile): ProfileWeights;
}

/** The node an arc leaves from. */
export function arcTail(graph: RoutingGraph, arc: number): number {
  const edge = arc >> 1;
  return arc & 1 ? graph.edgeTo[edge]! : graph.edgeFrom[edge]!;
}

/** The node an arc arrives at. */
export function arcHead(graph: RoutingGraph, arc: number): number {
  const edge = arc >> 1;
  return arc & 1 ? graph.edgeFrom[edge]! : graph.edgeTo[edge]!;
}

function compressed(nodeCount: number, arcCount: number, nodeOf: (arc: number) => number) {
  const offsets = new Int32Array(nodeCount + 1);
  for (let arc = 0; arc < arcCount; arc++) offsets[nodeOf(arc) + 1]!++;
  for (let node = 0; node < nodeCount; node++) offsets[node + 1]! += offsets[node]!;
  const arcs = new Int32Array(arcCount);
  const fill = offsets.slice(0, nodeCount);
  for (let arc = 0; arc < arcCount; arc++) arcs[fill[nodeOf(arc)]!++] = arc;
  return { offsets, arcs };
}

/** Builds the graph; edges whose end nodes are missing are left out (a clipped extract's cut). */
export function createRoutingGraph(
  nodes: readonly NetworkNodeRecord[],
  records: readonly NetworkEdgeRecord[],
): RoutingGraph {
  const indexOf = new Map<number, number>();
  const nodeIds = new Float64Array(nodes.length);
  const nodeLongitude = new Float64Array(nodes.length);
  const nodeLatitude = new Float64Array(nodes.length);
  nodes.forEach((node, index) => {
    indexOf.set(node.id, index);
    nodeIds[index] = node.id;
    nodeLongitude[index] = node.longitude;
    nodeLatitude[index] = node.latitude;
  });
  const edges = records.filter(
    (edge) => indexOf.has(edge.fromNode) && indexOf.has(edge.toNode) && edge.coordinates.length >= 2,
  );
  const edgeFrom = new Int32Array(edges.length);
  const edgeTo = new Int32Array(edges.length);
  const edgeLength = new Float64Array(edges.length);
  edges.forEach((edge, index) => {
    edgeFrom[index] = indexOf.get(edge.fromNode)!;
    edgeTo[index] = indexOf.get(edge.toNode)!;
    edgeLength[index] = edge.lengthMetres;
  });
  const arcCount = edges.length * 2;
  const tail = (arc: number) => (arc & 1 ? edgeTo[arc >> 1]! : edgeFrom[arc >> 1]!);
  const head = (arc: number) => (arc & 1 ? edgeFrom[arc >> 1]! : edgeTo[arc >> 1]!);
  const out = compressed(nodes.length, arcCount, tail);
  const incoming = compressed(nodes.length, arcCount, head);
  const cache = new Map<RoutingProfile, ProfileWeights>();

  return {
    nodeCount: nodes.length,
    edgeCount: edges.length,
    nodeIds,
    nodeLongitude,
    nodeLatitude,
    edgeFrom,
    edgeTo,
    edgeLength,
    edges,
    outOffsets: out.offsets,
    outArcs: out.arcs,
    inOffsets: incoming.offsets,
    inArcs: incoming.arcs,
    nodeIndex: (osmId) => indexOf.get(osmId),
    weights(profile) {
      let weights = cache.get(profile);
      if (!weights) {
        const weight = new Float64Array(arcCount).fill(Infinity);
        const duration = new Float64Array(arcCount).fill(Infinity);
        edges.forEach((edge, index) => {
          const way = traversal(profile, edge);
          if (!way) return;
          const seconds = edgeLength[index]! / way.speed;
          if (way.forward) {
            duration[2 * index] = seconds;
            weight[2 * index] = seconds / way.priority;
          }
          if (way.backward) {
            duration[2 * index + 1] = seconds;
            weight[2 * index + 1] = seconds / way.priority;
          }
        });
        weights = { weight, duration };
        cache.set(profile, weights);
      }
      return weights;
    },
  };
}
