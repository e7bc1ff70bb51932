import type { RoutingNetwork } from './route-planner.js';

// Walking distances on the project's street network from a point or a line to some places: one
// bounded search from every snapped point of the source, then each place reached through the
// nearer end of the edge it snaps to. The walk to and from the street counts too.

type Position = [number, number];

export interface WalkTarget {
  id: number;
  longitude: number;
  latitude: number;
}

/** How far from the street a source point may lie and still start a walk, in metres. */
const SOURCE_SNAP_METRES = 50;

/**
 * Metres on foot from the nearest of `sources` to each target the search reaches (it stops at
 * `withinMetres` along the streets; the last step to a target may pass it: callers filter). A
 * target no street reaches is left out of the answer; null when no source lies near a street.
 */
export function walkingDistances(
  network: RoutingNetwork,
  sources: readonly Position[],
  targets: readonly WalkTarget[],
  withinMetres: number,
): Map<number, number> | null {
  const { graph, index, finder } = network;
  const snaps = sources.flatMap(([longitude, latitude]) => {
    const snap = index.snap(longitude, latitude, 'distance', SOURCE_SNAP_METRES);
    return snap ? [snap] : [];
  });
  const seeds = snaps.flatMap((snap) => {
    const length = graph.edgeLength[snap.edge]!;
    return [
      { node: graph.edgeFrom[snap.edge]!, cost: snap.distanceMetres + snap.fraction * length },
      { node: graph.edgeTo[snap.edge]!, cost: snap.distanceMetres + (1 - snap.fraction) * length },
    ];
  });
  if (seeds.length === 0) return null;
  const walking = new Map<number, number>();
  const reached = finder.reachWithin('distance', seeds, withinMetres);
  for (const target of targets) {
    const snap = index.snap(target.longitude, target.latitude, 'distance', withinMetres);
    if (!snap) continue;
    const length = graph.edgeLength[snap.edge]!;
    const viaFrom = reached.get(graph.edgeFrom[snap.edge]!);
    const viaTo = reached.get(graph.edgeTo[snap.edge]!);
    // Along the same street segment, straight there (not out to a junction and back).
    const alongEdge = snaps
      .filter((source) => source.edge === snap.edge)
      .map((source) => source.distanceMetres + Math.abs(source.fraction - snap.fraction) * length);
    const best = Math.min(
      viaFrom === undefined ? Infinity : viaFrom + snap.fraction * length,
      viaTo === undefined ? Infinity : viaTo + (1 - snap.fraction) * length,
      ...alongEdge,
    );
    if (best < Infinity) walking.set(target.id, best + snap.distanceMetres);
  }
  return walking;
}
