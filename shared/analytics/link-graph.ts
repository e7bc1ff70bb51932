import Graph from 'graphology';
import type { LinkTypeId } from '../model/typology.js';
import { isActor, sectorOrFamily, type AnalyticsPlace, type SectorOrFamily } from './actor-groups.js';

// The link network as a graph: one node per actor, plus each site that has a link (a heritage
// site a firm films at is part of the network, a site nobody is linked to is not); one undirected
// edge per linked pair. Several links between one pair (partner and supplier) make one edge whose
// weight is the sum of their strengths, a link whose strength was not assessed counting 1: with
// no strengths filled in, the weight of an edge is its number of links. Links are read as
// undirected: "from" and "to" of a link are the order it was drawn in, not a direction of the tie.

export interface AnalyticsLink {
  readonly fromPlaceId: number;
  readonly toPlaceId: number;
  readonly type: LinkTypeId;
  readonly strength: number | null;
}

/** Compressed adjacency (CSR): node i's neighbours are targets[offsets[i] .. offsets[i+1]). */
export interface LinkGraph {
  /** Place ids of the nodes, ascending; a node is its index here. */
  readonly ids: readonly number[];
  readonly places: readonly AnalyticsPlace[];
  readonly groups: readonly SectorOrFamily[];
  readonly indexOf: ReadonlyMap<number, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Edges (linked pairs) and the links they stand for. */
  readonly edgeCount: number;
  readonly linkCount: number;
}

export function buildLinkGraph(places: readonly AnalyticsPlace[], links: readonly AnalyticsLink[]): LinkGraph {
  const byId = new Map(places.map((place) => [place.id, place]));
  const linked = new Set<number>();
  const usable = links.filter(
    (link) => link.fromPlaceId !== link.toPlaceId && byId.has(link.fromPlaceId) && byId.has(link.toPlaceId),
  );
  for (const link of usable) {
    linked.add(link.fromPlaceId);
    linked.add(link.toPlaceId);
  }
  const nodes = places.filter((place) => isActor(place) || linked.has(place.id)).sort((a, b) => a.id - b.id);
  const indexOf = new Map(nodes.map((place, index) => [place.id, index]));
  // One entry per pair (smaller index first), weights summed.
  const pairWeights = new Map<number, number>();
  const count = nodes.length;
  for (const link of usable) {
    const a = indexOf.get(link.fromPlaceId)!;
    const b = indexOf.get(link.toPlaceId)!;
    const key = Math.min(a, b) * count + Math.max(a, b);
    pairWeights.set(key, (pairWeights.get(key) ?? 0) + (link.strength ?? 1));
  }
  const degrees = new Int32Array(count + 1);
  for (const key of pairWeights.keys()) {
    degrees[Math.floor(key / count)]!++;
    degrees[key % count]!++;
  }
  const offsets = new Int32Array(count + 1);
  for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index]! + degrees[index]!;
  const fill = offsets.slice(0, count);
  const targets = new Int32Array(offsets[count]!);
  const weights = new Float64Array(offsets[count]!);
  const sortedPairs = [...pairWeights.entries()].sort((x, y) => x[0] - y[0]);
  for (const [key, weight] of sortedPairs) {
    const a = Math.floor(key / count);
    const b = key % count;
    targets[fill[a]!] = b;
    weights[fill[a]!++] = weight;
    targets[fill[b]!] = a;
    weights[fill[b]!++] = weight;
  }
  return {
    ids: nodes.map((place) => place.id),
    places: nodes,
    groups: nodes.map(sectorOrFamily),
    indexOf,
    offsets,
    targets,
    weights,
    edgeCount: pairWeights.size,
    linkCount: usable.length,
  };
}

/** The same graph for graphology's algorithms: node keys are the place ids, edges carry `weight`. */
export function toGraphology(graph: LinkGraph): Graph {
  const result = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of graph.ids) result.addNode(String(id));
  for (const [from, to, weight] of edgeList(graph)) result.addEdge(String(from), String(to), { weight });
  return result;
}

/** Each edge once, by place ids (smaller first) with its weight, in the graph's order. */
export function edgeList(graph: LinkGraph): [number, number, number][] {
  const edges: [number, number, number][] = [];
  for (let a = 0; a < graph.ids.length; a++)
    for (let position = graph.offsets[a]!; position < graph.offsets[a + 1]!; position++) {
      const b = graph.targets[position]!;
      if (a < b) edges.push([graph.ids[a]!, graph.ids[b]!, graph.weights[position]!]);
    }
  return edges;
}
