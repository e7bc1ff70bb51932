import { complementarity, sectorOrFamily } from './actor-groups.js';
import type { LinkGraph } from './link-graph.js';

// Small groups for the gap finder (issue #15, point 4): three actors each within the distance of
// the other two and none linked to another: a project for three (a designer, a film studio and
// a publisher around one square). Ranked by how many different sectors or families they bring
// (three first), then by how complementary their three pairs are together (actor-groups.ts),
// then by place ids. Found from the unlinked near pairs the pair list starts from.

export interface GapGroup {
  /** Place ids, ascending. */
  placeIds: [number, number, number];
  /** Different sectors (or families, for actors without a sector) among the three: 1 to 3. */
  kinds: number;
  /** The three pairs' complementarity added up (0 to 3). */
  complementarity: number;
}

export interface GapGroups {
  /** Groups of three found, of which the first `limit` are listed. */
  candidates: number;
  groups: GapGroup[];
}

/** At most this many groups are ranked (a dense city could have millions of near triangles). */
export const MAX_GROUP_CANDIDATES = 200_000;

/** `unlinkedPairs`: node indices (a < b) of actors within the distance with no link between them. */
export function findGapGroups(graph: LinkGraph, unlinkedPairs: readonly [number, number][], limit: number): GapGroups {
  const near = new Map<number, Set<number>>();
  for (const [a, b] of unlinkedPairs) {
    if (!near.has(a)) near.set(a, new Set());
    near.get(a)!.add(b);
  }
  const found: GapGroup[] = [];
  // Each triangle a < b < c once: a's larger near partners b, and c among both a's and b's.
  search: for (const [a, partners] of near) {
    for (const b of partners) {
      const fromB = near.get(b);
      if (!fromB) continue;
      for (const c of fromB) {
        if (!partners.has(c)) continue;
        const [x, y, z] = [graph.places[a]!, graph.places[b]!, graph.places[c]!];
        found.push({
          placeIds: [x.id, y.id, z.id].sort((p, q) => p - q) as [number, number, number],
          kinds: new Set([sectorOrFamily(x), sectorOrFamily(y), sectorOrFamily(z)]).size,
          complementarity: complementarity(x, y) + complementarity(x, z) + complementarity(y, z),
        });
        if (found.length >= MAX_GROUP_CANDIDATES) break search;
      }
    }
  }
  found.sort(
    (p, q) =>
      q.kinds - p.kinds ||
      q.complementarity - p.complementarity ||
      p.placeIds[0] - q.placeIds[0] ||
      p.placeIds[1] - q.placeIds[1] ||
      p.placeIds[2] - q.placeIds[2],
  );
  return { candidates: found.length, groups: found.slice(0, limit) };
}
