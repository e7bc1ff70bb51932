import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import type { CategoryId, SectorId } from '../model/typology.js';
import type { SectorOrFamily } from './actor-groups.js';
import { brokerage, emptyBrokerage, BROKERAGE_ROLES, type BrokerageCounts } from './brokerage.js';
import { toGraphology, type LinkGraph } from './link-graph.js';
import { pathCentralities, type PathCentralities } from './path-centrality.js';
import { seededRandom } from './seeded-random.js';
import { structuralHoles } from './structural-holes.js';

// The link network's measures, per actor and for the whole network. Graphology computes
// components and Louvain communities; path-centrality.ts computes betweenness and closeness
// (graphology's were 20 times too slow for the goal), structural-holes.ts and brokerage.ts add
// what graphology lacks. Definitions match networkx's defaults, which the tests compare:
// betweenness and closeness count steps (links are not distances), betweenness normalised by
// (n-1)(n-2) as networkx's `betweenness_centrality(G)`, closeness with Wasserman and Faust's
// correction for graphs in several pieces (networkx's `wf_improved=True`); constraint and
// effective size weigh ties by strength (see structural-holes.ts).

export const LOUVAIN_DEFAULT_SEED = 1;

export interface ActorNetworkMeasures {
  placeId: number;
  category: CategoryId;
  sector: SectorId | null;
  sectorOrFamily: SectorOrFamily;
  /** Linked partners (several links to one partner count once). */
  degree: number;
  /** Sum of the strengths of its links (an unassessed link counts 1). */
  strength: number;
  betweenness: number;
  closeness: number;
  /** Burt's constraint and effective size; null without any link. */
  constraint: number | null;
  effectiveSize: number | null;
  /** Index into `components` (largest first). */
  component: number;
  /** Louvain community (largest first). */
  community: number;
  brokerage: BrokerageCounts;
}

export interface NetworkSummary {
  nodes: number;
  /** Linked pairs, and the links they stand for. */
  edges: number;
  links: number;
  /** Edges over possible pairs: 2·edges / (n·(n−1)). */
  density: number;
  /** Edges joining two different sectors or families, over all edges (null without edges). */
  crossSectorShare: number | null;
  crossSectorEdges: number;
  /** Component sizes, largest first. */
  components: number[];
  isolatedActorIds: number[];
  communities: number;
  modularity: number;
  louvainSeed: number;
  brokerage: BrokerageCounts;
}

export interface NetworkMeasures {
  summary: NetworkSummary;
  actors: ActorNetworkMeasures[];
}

/** Labels 0… numbered by group size (largest first), then by the smallest member index. */
function renumber(groupOf: ArrayLike<number>, count: number): { labels: Int32Array; sizes: number[] } {
  const sizes = new Map<number, { size: number; first: number }>();
  for (let index = 0; index < count; index++) {
    const entry = sizes.get(groupOf[index]!);
    if (entry) entry.size++;
    else sizes.set(groupOf[index]!, { size: 1, first: index });
  }
  const order = [...sizes.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first);
  const newLabel = new Map(order.map(([label], index) => [label, index]));
  const labels = Int32Array.from({ length: count }, (_, index) => newLabel.get(groupOf[index]!)!);
  return { labels, sizes: order.map(([, entry]) => entry.size) };
}

/** `centralities`: betweenness and closeness computed elsewhere (in worker threads), if they were. */
export function networkMeasures(
  graph: LinkGraph,
  options: { louvainSeed?: number; centralities?: PathCentralities } = {},
): NetworkMeasures {
  const count = graph.ids.length;
  const seed = options.louvainSeed ?? LOUVAIN_DEFAULT_SEED;
  const library = toGraphology(graph);
  const { betweenness, closeness } = options.centralities ?? pathCentralities(graph, count);
  const componentOf = new Int32Array(count);
  connectedComponents(library).forEach((members, label) => {
    for (const key of members) componentOf[graph.indexOf.get(Number(key))!] = label;
  });
  const components = renumber(componentOf, count);
  const detailed =
    graph.edgeCount > 0 ? louvain.detailed(library, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : null;
  const communityOf = Int32Array.from(graph.ids, (id, index) => detailed?.communities[String(id)] ?? -1 - index);
  const communities = renumber(communityOf, count);
  const holes = structuralHoles(graph);
  const roles = brokerage(graph);

  const totalBrokerage = emptyBrokerage();
  const actors: ActorNetworkMeasures[] = graph.places.map((place, index) => {
    let strength = 0;
    for (let position = graph.offsets[index]!; position < graph.offsets[index + 1]!; position++)
      strength += graph.weights[position]!;
    for (const role of BROKERAGE_ROLES) totalBrokerage[role] += roles[index]![role];
    const constraint = holes.constraint[index]!;
    const effectiveSize = holes.effectiveSize[index]!;
    return {
      placeId: place.id,
      category: place.category,
      sector: place.sector,
      sectorOrFamily: graph.groups[index]!,
      degree: graph.offsets[index + 1]! - graph.offsets[index]!,
      strength,
      betweenness: betweenness[index]!,
      closeness: closeness[index]!,
      constraint: Number.isNaN(constraint) ? null : constraint,
      effectiveSize: Number.isNaN(effectiveSize) ? null : effectiveSize,
      component: components.labels[index]!,
      community: communities.labels[index]!,
      brokerage: roles[index]!,
    };
  });

  let crossSectorEdges = 0;
  for (let a = 0; a < count; a++)
    for (let position = graph.offsets[a]!; position < graph.offsets[a + 1]!; position++) {
      const b = graph.targets[position]!;
      if (a < b && graph.groups[a] !== graph.groups[b]) crossSectorEdges++;
    }
  return {
    summary: {
      nodes: count,
      edges: graph.edgeCount,
      links: graph.linkCount,
      density: count > 1 ? (2 * graph.edgeCount) / (count * (count - 1)) : 0,
      crossSectorShare: graph.edgeCount > 0 ? crossSectorEdges / graph.edgeCount : null,
      crossSectorEdges,
      components: components.sizes,
      isolatedActorIds: actors.filter((actor) => actor.degree === 0).map((actor) => actor.placeId),
      communities: communities.sizes.length,
      modularity: detailed?.modularity ?? 0,
      louvainSeed: seed,
      brokerage: totalBrokerage,
    },
    actors,
  };
}
