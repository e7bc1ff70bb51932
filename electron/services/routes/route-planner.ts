import type { LineString } from 'geojson';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import type { Route, RouteLeg } from '../../../shared/model/schemas.js';
import {
  buildContractionHierarchy,
  withHierarchies,
  type ContractionHierarchy,
} from '../../../shared/routing/contraction.js';
import { legDirections } from '../../../shared/routing/directions.js';
import type { Profile } from '../../../shared/routing/profiles.js';
import { createLegRouter, type LegRouter, type Position } from '../../../shared/routing/route-legs.js';
import { createRoutingGraph, type RoutingGraph } from '../../../shared/routing/routing-graph.js';
import { createPathFinder, type PathFinder } from '../../../shared/routing/shortest-path.js';
import { createEdgeIndex, type EdgeIndex } from '../../../shared/routing/snap.js';
import type { ProjectStore } from '../../store/project-store.js';

// Routes along the project's own walking and cycling network, in the app, offline: the network is
// read from the project once and kept while it is unchanged (an import replaces it: its version
// changes); large networks get a contraction hierarchy per profile on first use.

/** The profile a route's mode is routed with; cars are not (the network holds ways for walking and cycling). */
export const PROFILE_OF_MODE: Record<Route['mode'], Profile | null> = {
  walk: 'foot',
  wheelchair: 'wheelchair',
  bicycle: 'bicycle',
  car: null,
};

/** Speeds on the flat (km/h) the profiles assume; a route's own speed scales its times. */
const USUAL_SPEED_KMH: Record<Profile, number> = { foot: 5, wheelchair: 4, bicycle: 18 };
const CAR_SPEED_KMH = 40;
/** Above this many junctions a profile's first route builds a contraction hierarchy. */
const HIERARCHY_FROM_NODES = 20_000;

export interface RoutingNetwork {
  graph: RoutingGraph;
  index: EdgeIndex;
  finder: PathFinder;
  legs: LegRouter;
}

/** A position a line passes: a stop (its index) or a via point (null). */
export interface Waypoint {
  position: Position;
  stop: number | null;
}

export function createRoutePlanner(store: ProjectStore) {
  let cached: { version: string; network: RoutingNetwork | null } | null = null;
  const hierarchies = new Map<Profile, ContractionHierarchy>();

  function network(): RoutingNetwork | null {
    const version = store.network.version();
    if (cached?.version === version) return cached.network;
    hierarchies.clear();
    const { nodes, edges } = store.network.routingNetwork();
    let built: RoutingNetwork | null = null;
    if (edges.length > 0) {
      const graph = createRoutingGraph(nodes, edges);
      const index = createEdgeIndex(graph);
      const finder = withHierarchies(createPathFinder(graph), hierarchies);
      built = { graph, index, finder, legs: createLegRouter(graph, index, finder) };
    }
    cached = { version, network: built };
    return built;
  }

  function prepare(profile: Profile, routing: RoutingNetwork): void {
    if (routing.graph.nodeCount >= HIERARCHY_FROM_NODES && !hierarchies.has(profile)) {
      hierarchies.set(profile, buildContractionHierarchy(routing.graph, profile));
    }
  }

  function straight(
    from: Position,
    to: Position,
    stop: number | null,
    speedKmh: number,
    reason: RouteLeg['reason'],
  ): RouteLeg {
    const lengthMetres = geodesicDistanceMetres(from, to);
    return {
      kind: 'straight',
      reason,
      toStop: stop,
      coordinates: [from, to],
      lengthMetres,
      durationSeconds: lengthMetres / (speedKmh / 3.6),
      directions: [],
    };
  }

  /** The legs between consecutive waypoints, and the whole line. */
  function plan(mode: Route['mode'], waypoints: readonly Waypoint[], speedKmh: number | null) {
    const profile = PROFILE_OF_MODE[mode];
    const routing = profile ? network() : null;
    const speed = speedKmh ?? (profile ? USUAL_SPEED_KMH[profile] : CAR_SPEED_KMH);
    const legs: RouteLeg[] = [];
    if (routing && profile) prepare(profile, routing);
    for (let index = 1; index < waypoints.length; index++) {
      const from = waypoints[index - 1]!;
      const to = waypoints[index]!;
      if (!routing || !profile) {
        legs.push(straight(from.position, to.position, to.stop, speed, 'not-routed'));
        continue;
      }
      const routed = routing.legs.routeStops(profile, [from.position, to.position]).legs[0]!;
      const scale = USUAL_SPEED_KMH[profile] / speed;
      legs.push({
        kind: routed.kind,
        ...(routed.reason ? { reason: routed.reason } : {}),
        toStop: to.stop,
        coordinates: routed.coordinates.map(([longitude, latitude]) => [longitude, latitude]),
        lengthMetres: Math.round(routed.lengthMetres * 10) / 10,
        durationSeconds: Math.round(routed.durationSeconds * scale),
        directions: legDirections(routing.graph, routed),
      });
    }
    const coordinates: [number, number][] = [];
    for (const leg of legs) {
      for (const position of leg.coordinates) {
        const last = coordinates[coordinates.length - 1];
        if (last && last[0] === position[0] && last[1] === position[1]) continue;
        coordinates.push(position);
      }
    }
    // A route with fewer than two stops has no line; GeoPackage stores it as an empty geometry.
    const line: LineString = { type: 'LineString', coordinates: coordinates.length >= 2 ? coordinates : [] };
    return { legs, line };
  }

  return { network, plan, prepare };
}
export type RoutePlanner = ReturnType<typeof createRoutePlanner>;
