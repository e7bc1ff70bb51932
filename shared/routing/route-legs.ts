import { geodesicDistanceMetres } from '../geo/geodesic-distance.js';
import { PROFILE_BOUNDS, type RoutingProfile } from './profiles.js';
import type { RoutingGraph } from './routing-graph.js';
import type { GraphPath, PathFinder, Seed } from './shortest-path.js';
import type { EdgeIndex, Snap } from './snap.js';

// A route through stops, leg by leg: each stop snaps onto the nearest usable edge; each leg is
// the cheapest path between two snapped stops. Where a stop is off the network or no path joins
// two stops, that leg is a straight line marked as such (never a silent failure).

export type Position = [number, number];

/** A stretch of one edge a leg travels: from `fromFraction` to `toFraction` of it. */
export interface LegPiece {
  edge: number;
  fromFraction: number;
  toFraction: number;
}

export interface RouteLeg {
  kind: 'network' | 'straight';
  /** Why a leg is straight: a stop farther than the snapping distance from any usable way, or no way joins them. */
  reason?: 'off-network' | 'no-path';
  /** On the network: every vertex lies on an edge (from the first stop's snapped point to the next's). */
  coordinates: Position[];
  lengthMetres: number;
  /** On the flat, at the profile's speeds. */
  durationSeconds: number;
  pieces: LegPiece[];
}

export interface RoutedStops {
  snaps: (Snap | null)[];
  legs: RouteLeg[];
}

/** How far a stop may be from the network and still be joined to it. */
export const DEFAULT_SNAP_METRES = 300;

function straightLeg(from: Position, to: Position, profile: RoutingProfile, reason: RouteLeg['reason']): RouteLeg {
  const lengthMetres = geodesicDistanceMetres(from, to);
  return {
    kind: 'straight',
    reason,
    coordinates: [from, to],
    lengthMetres,
    durationSeconds: lengthMetres / PROFILE_BOUNDS[profile].speed,
    pieces: [],
  };
}

export function createLegRouter(graph: RoutingGraph, index: EdgeIndex, finder: PathFinder) {
  /** Seeds of a snapped point: the edge's end nodes it can reach (source) or be reached from (target). */
  function seeds(profile: RoutingProfile, snap: Snap, role: 'source' | 'target'): Seed[] {
    const { weight } = graph.weights(profile);
    const forward = weight[2 * snap.edge]!;
    const backward = weight[2 * snap.edge + 1]!;
    const from = graph.edgeFrom[snap.edge]!;
    const to = graph.edgeTo[snap.edge]!;
    const found: Seed[] = [];
    if (role === 'source') {
      if (forward !== Infinity) found.push({ node: to, cost: (1 - snap.fraction) * forward });
      if (backward !== Infinity) found.push({ node: from, cost: snap.fraction * backward });
    } else {
      if (forward !== Infinity) found.push({ node: from, cost: snap.fraction * forward });
      if (backward !== Infinity) found.push({ node: to, cost: (1 - snap.fraction) * backward });
    }
    return found;
  }

  /** The coordinates of an edge from one fraction to another (either direction), its snapped ends exact. */
  function piece(
    edge: number,
    from: { fraction: number; snap?: Snap },
    to: { fraction: number; snap?: Snap },
  ): Position[] {
    const coordinates = graph.edges[edge]!.coordinates;
    const last = coordinates.length - 1;
    const start = from.snap ? from.snap.point : (coordinates[from.fraction === 0 ? 0 : last]! as Position);
    const end = to.snap ? to.snap.point : (coordinates[to.fraction === 0 ? 0 : last]! as Position);
    const forward = from.fraction <= to.fraction;
    // Vertices strictly between the two ends, in travel order.
    const firstVertex = from.snap ? (forward ? from.snap.segment + 1 : from.snap.segment) : forward ? 1 : last - 1;
    const lastVertex = to.snap ? (forward ? to.snap.segment : to.snap.segment + 1) : forward ? last - 1 : 1;
    const between: Position[] = [];
    // A piece of no length (a stop exactly at the junction the path enters by) has no vertices between.
    if (from.fraction === to.fraction) return [[...start] as Position, [...end] as Position];
    if (forward)
      for (let vertex = firstVertex; vertex <= lastVertex; vertex++)
        between.push([...coordinates[vertex]!] as Position);
    else
      for (let vertex = firstVertex; vertex >= lastVertex; vertex--)
        between.push([...coordinates[vertex]!] as Position);
    return [[...start] as Position, ...between, [...end] as Position];
  }

  function append(line: Position[], more: Position[]): void {
    for (const position of more) {
      const previous = line[line.length - 1];
      if (previous && previous[0] === position[0] && previous[1] === position[1]) continue;
      line.push(position);
    }
  }

  function networkLeg(
    profile: RoutingProfile,
    source: Snap,
    target: Snap,
    path: GraphPath | null,
    direct: number,
  ): RouteLeg {
    const { duration } = graph.weights(profile);
    const coordinates: Position[] = [];
    const pieces: LegPiece[] = [];
    if (!path || direct <= path.cost) {
      // Both stops on one edge, and along it is best.
      append(
        coordinates,
        piece(source.edge, { fraction: source.fraction, snap: source }, { fraction: target.fraction, snap: target }),
      );
      pieces.push({ edge: source.edge, fromFraction: source.fraction, toFraction: target.fraction });
    } else {
      const firstNode = path.sourceNode;
      const leaveFraction = graph.edgeTo[source.edge] === firstNode ? 1 : 0;
      append(coordinates, piece(source.edge, { fraction: source.fraction, snap: source }, { fraction: leaveFraction }));
      pieces.push({ edge: source.edge, fromFraction: source.fraction, toFraction: leaveFraction });
      for (const arc of path.arcs) {
        const edge = arc >> 1;
        const backward = (arc & 1) === 1;
        append(coordinates, piece(edge, { fraction: backward ? 1 : 0 }, { fraction: backward ? 0 : 1 }));
        pieces.push({ edge, fromFraction: backward ? 1 : 0, toFraction: backward ? 0 : 1 });
      }
      const enterFraction = graph.edgeFrom[target.edge] === path.targetNode ? 0 : 1;
      append(coordinates, piece(target.edge, { fraction: enterFraction }, { fraction: target.fraction, snap: target }));
      pieces.push({ edge: target.edge, fromFraction: enterFraction, toFraction: target.fraction });
    }
    let lengthMetres = 0;
    let durationSeconds = 0;
    for (const { edge, fromFraction, toFraction } of pieces) {
      const share = Math.abs(toFraction - fromFraction);
      lengthMetres += share * graph.edgeLength[edge]!;
      durationSeconds += share * duration[2 * edge + (toFraction < fromFraction ? 1 : 0)]!;
    }
    if (coordinates.length === 1) coordinates.push([...coordinates[0]!] as Position);
    return {
      kind: 'network',
      coordinates,
      lengthMetres,
      durationSeconds,
      pieces: pieces.filter((p) => p.fromFraction !== p.toFraction),
    };
  }

  /** The direct weight between two snaps on the same edge (Infinity when not on one edge or not allowed that way). */
  function directCost(profile: RoutingProfile, source: Snap, target: Snap): number {
    if (source.edge !== target.edge) return Infinity;
    const { weight } = graph.weights(profile);
    const forward = target.fraction >= source.fraction;
    const arcWeight = weight[2 * source.edge + (forward ? 0 : 1)]!;
    return arcWeight * Math.abs(target.fraction - source.fraction);
  }

  function leg(
    profile: RoutingProfile,
    from: Position,
    to: Position,
    source: Snap | null,
    target: Snap | null,
  ): RouteLeg {
    if (!source || !target) return straightLeg(from, to, profile, 'off-network');
    const direct = directCost(profile, source, target);
    const path = finder.shortestPath(profile, seeds(profile, source, 'source'), seeds(profile, target, 'target'));
    if (!path && direct === Infinity) return straightLeg(from, to, profile, 'no-path');
    return networkLeg(profile, source, target, path, direct);
  }

  /** Routes through the stops in order. */
  function routeStops(
    profile: RoutingProfile,
    stops: readonly Position[],
    options: { snapMetres?: number } = {},
  ): RoutedStops {
    const snapMetres = options.snapMetres ?? DEFAULT_SNAP_METRES;
    const snaps = stops.map(([longitude, latitude]) => index.snap(longitude, latitude, profile, snapMetres));
    const legs: RouteLeg[] = [];
    for (let stop = 1; stop < stops.length; stop++) {
      legs.push(leg(profile, stops[stop - 1]!, stops[stop]!, snaps[stop - 1]!, snaps[stop]!));
    }
    return { snaps, legs };
  }

  /** Weights between every pair of stops (Infinity where no path), for choosing their order. */
  function costMatrix(profile: RoutingProfile, stops: readonly Position[], options: { snapMetres?: number } = {}) {
    const snapMetres = options.snapMetres ?? DEFAULT_SNAP_METRES;
    const snaps = stops.map(([longitude, latitude]) => index.snap(longitude, latitude, profile, snapMetres));
    const targets = snaps.map((snap) => (snap ? seeds(profile, snap, 'target') : []));
    return snaps.map((snap, row) => {
      if (!snap)
        return new Float64Array(stops.length).fill(Infinity).map((value, column) => (column === row ? 0 : value));
      const costs = finder.costsToMany(profile, seeds(profile, snap, 'source'), targets);
      snaps.forEach((other, column) => {
        if (other) costs[column] = Math.min(costs[column]!, directCost(profile, snap, other));
      });
      costs[row] = 0;
      return costs;
    });
  }

  return { routeStops, costMatrix };
}
export type LegRouter = ReturnType<typeof createLegRouter>;
