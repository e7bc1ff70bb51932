import { complementarity, isActor } from './actor-groups.js';
import { findGapGroups, type GapGroups } from './gap-groups.js';
import type { LinkGraph } from './link-graph.js';
import { createConstraintProbe, structuralHoles } from './structural-holes.js';

// The gap finder (issue #15, point 4): pairs of actors within walking distance of each other
// that have no link, ranked first by how complementary their sectors are (actor-groups.ts:
// related sectors 1, unrelated 0.5, the same 0), then by how much a new link (of strength 1)
// would lower the two actors' constraint together (the missing bridges), then by place id.
// An actor without any link counts as fully constrained (1, the constraint of a single tie).
// With the pairs, the groups of three among them (gap-groups.ts).

export interface Gap {
  fromPlaceId: number;
  toPlaceId: number;
  distanceMetres: number;
  complementarity: number;
  /** Each actor's constraint now (null without links) and with the link. */
  constraintBefore: [number | null, number | null];
  constraintAfter: [number, number];
  /** (before − after) of both together. */
  constraintReduction: number;
}

export interface GapList {
  withinMetres: number;
  /** Unlinked pairs of actors within the distance, of which the first `limit` are listed. */
  candidates: number;
  gaps: Gap[];
  /** Groups of three near actors with no link among them (gap-groups.ts). */
  groups: GapGroups;
}

export function findGaps(
  graph: LinkGraph,
  nearPairs: Iterable<readonly [number, number]>,
  options: { withinMetres: number; limit: number; distance: (fromId: number, toId: number) => number },
): GapList {
  const { constraint } = structuralHoles(graph);
  const probe = createConstraintProbe(graph);
  const linked = (a: number, b: number): boolean => {
    for (let position = graph.offsets[a]!; position < graph.offsets[a + 1]!; position++)
      if (graph.targets[position] === b) return true;
    return false;
  };
  const before = (node: number) => (Number.isNaN(constraint[node]!) ? null : constraint[node]!);
  const found: Omit<Gap, 'distanceMetres'>[] = [];
  const unlinked: [number, number][] = [];
  for (const [fromId, toId] of nearPairs) {
    const a = graph.indexOf.get(fromId);
    const b = graph.indexOf.get(toId);
    if (a === undefined || b === undefined || a === b) continue;
    if (!isActor(graph.places[a]!) || !isActor(graph.places[b]!) || linked(a, b)) continue;
    unlinked.push(a < b ? [a, b] : [b, a]);
    const after: [number, number] = [probe(a, b), probe(b, a)];
    const now: [number | null, number | null] = [before(a), before(b)];
    found.push({
      fromPlaceId: Math.min(fromId, toId) === fromId ? fromId : toId,
      toPlaceId: Math.min(fromId, toId) === fromId ? toId : fromId,
      complementarity: complementarity(graph.places[a]!, graph.places[b]!),
      constraintBefore: fromId < toId ? now : [now[1], now[0]],
      constraintAfter: fromId < toId ? after : [after[1], after[0]],
      constraintReduction: (now[0] ?? 1) - after[0] + ((now[1] ?? 1) - after[1]),
    });
  }
  found.sort(
    (x, y) =>
      y.complementarity - x.complementarity ||
      y.constraintReduction - x.constraintReduction ||
      x.fromPlaceId - y.fromPlaceId ||
      x.toPlaceId - y.toPlaceId,
  );
  // NOTE: distances only for the pairs listed: a city can have millions of near pairs.
  const gaps = found
    .slice(0, options.limit)
    .map((gap) => ({ ...gap, distanceMetres: options.distance(gap.fromPlaceId, gap.toPlaceId) }));
  return {
    withinMetres: options.withinMetres,
    candidates: found.length,
    gaps,
    groups: findGapGroups(graph, unlinked, options.limit),
  };
}
