import type { LinkGraph } from './link-graph.js';
import { isActor } from './actor-groups.js';

// The interlinkage test (issue #15, point 2): "co-location without interlinkage". Of all pairs
// of actors near each other, how many are linked (directly, by any link), overall and for pairs
// of different sectors or families; the same for all other pairs (farther apart). A cluster
// whose near pairs are linked no more often than far ones is co-location only.

export interface PairShare {
  pairs: number;
  linked: number;
  /** linked / pairs; null without pairs. */
  share: number | null;
}

export interface Interlinkage {
  withinMetres: number;
  actors: number;
  near: { all: PairShare; crossSector: PairShare };
  far: { all: PairShare; crossSector: PairShare };
  /** How many times more often a near pair is linked than a far one (null when undefined). */
  nearToFarRatio: number | null;
}

function share(pairs: number, linked: number): PairShare {
  return { pairs, linked, share: pairs > 0 ? linked / pairs : null };
}

/**
 * `nearPairs` holds each unordered pair of actors within the distance once (as place ids); the
 * pairs farther apart are all others, counted rather than listed. With `members`, only the actors
 * among them count (the interlinkage of a quarter: pairs of its own actors).
 */
export function interlinkage(
  graph: LinkGraph,
  nearPairs: Iterable<readonly [number, number]>,
  withinMetres: number,
  members?: ReadonlySet<number>,
): Interlinkage {
  const actorIndexes = graph.places.flatMap((place, index) =>
    isActor(place) && (!members || members.has(place.id)) ? [index] : [],
  );
  const actors = actorIndexes.length;
  const isActorIndex = new Uint8Array(graph.ids.length);
  for (const index of actorIndexes) isActorIndex[index] = 1;
  const groupSizes = new Map<string, number>();
  for (const index of actorIndexes)
    groupSizes.set(graph.groups[index]!, (groupSizes.get(graph.groups[index]!) ?? 0) + 1);
  const totalPairs = (actors * (actors - 1)) / 2;
  let sameGroupPairs = 0;
  for (const size of groupSizes.values()) sameGroupPairs += (size * (size - 1)) / 2;
  const totalCrossPairs = totalPairs - sameGroupPairs;

  let totalLinked = 0;
  let totalCrossLinked = 0;
  for (const a of actorIndexes)
    for (let position = graph.offsets[a]!; position < graph.offsets[a + 1]!; position++) {
      const b = graph.targets[position]!;
      if (a >= b || !isActorIndex[b]) continue;
      totalLinked++;
      if (graph.groups[a] !== graph.groups[b]) totalCrossLinked++;
    }

  const linked = (a: number, b: number): boolean => {
    for (let position = graph.offsets[a]!; position < graph.offsets[a + 1]!; position++)
      if (graph.targets[position] === b) return true;
    return false;
  };
  let near = 0;
  let nearLinked = 0;
  let nearCross = 0;
  let nearCrossLinked = 0;
  for (const [fromId, toId] of nearPairs) {
    const a = graph.indexOf.get(fromId);
    const b = graph.indexOf.get(toId);
    if (a === undefined || b === undefined || !isActorIndex[a] || !isActorIndex[b]) continue;
    const cross = graph.groups[a] !== graph.groups[b];
    const isLinked = linked(a, b);
    near++;
    if (isLinked) nearLinked++;
    if (cross) {
      nearCross++;
      if (isLinked) nearCrossLinked++;
    }
  }
  const nearAll = share(near, nearLinked);
  const farAll = share(totalPairs - near, totalLinked - nearLinked);
  return {
    withinMetres,
    actors,
    near: { all: nearAll, crossSector: share(nearCross, nearCrossLinked) },
    far: { all: farAll, crossSector: share(totalCrossPairs - nearCross, totalCrossLinked - nearCrossLinked) },
    nearToFarRatio: nearAll.share !== null && farAll.share ? nearAll.share / farAll.share : null,
  };
}
