import type { LineString } from 'geojson';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import type { Route, RouteLeg } from '../../../shared/model/schemas.js';
import { withHierarchies, type ContractionHierarchy } from '../../../shared/routing/contraction.js';
import { legDirections } from '../../../shared/routing/directions.js';
import type { Profile } from '../../../shared/routing/profiles.js';
import { createLegRouter, type LegRouter, type Position } from '../../../shared/routing/route-legs.js';
import { createRoutingGraph, type RoutingGraph } from '../../../shared/routing/routing-graph.js';
import { createPathFinder, type PathFinder } from '../../../shared/routing/shortest-path.js';
import { createEdgeIndex, type EdgeIndex } from '../../../shared/routing/snap.js';
import type { ProjectStore } from '../../store/project-store.js';
import { createHierarchyBuilder, type HierarchyBuilder } from './hierarchy-builder.js';

// Routes along the project's own walking and cycling network, in the app, offline: the network is
// read from the project once and kept while it is unchanged (an import replaces it: its version
// changes); large networks get a contraction hierarchy per profile on first use, built in a
// worker thread (hierarchy-builder.ts) while routes are found by Dijkstra.

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
/** From this many junctions a profile's first route starts building a contraction hierarchy. */
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

export interface RoutePlannerOptions {
  builder?: HierarchyBuilder;
  /** Networks with fewer junctions are routed by Dijkstra alone (tests lower it). */
  hierarchyFromNodes?: number;
}

export function createRoutePlanner(store: ProjectStore, options: RoutePlannerOptions = {}) {
  const builder = options.builder ?? createHierarchyBuilder();
  const hierarchyFromNodes = options.hierarchyFromNodes ?? HIERARCHY_FROM_NODES;
  let cached: { version: string; network: RoutingNetwork | null } | null = null;
  const hierarchies = new Map<Profile, ContractionHierarchy>();
  /** Profiles whose hierarchy for the cached network was asked for (being built, built or failed). */
  const requested = new Set<Profile>();

  function network(): RoutingNetwork | null {
    const version = store.network.version();
    if (cached?.version === version) return cached.network;
    hierarchies.clear();
    requested.clear();
    builder.cancelAll();
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

  /** Starts building a profile's hierarchy on a large network, once; routing goes on meanwhile. */
  function prepare(profile: Profile, routing: RoutingNetwork): void {
    if (routing.graph.nodeCount < hierarchyFromNodes || requested.has(profile)) return;
    requested.add(profile);
    const version = cached?.version;
    builder.build(routing.graph, profile, (hierarchy) => {
      if (cached?.version === version) hierarchies.set(profile, hierarchy);
    });
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

  return {
    network,
    plan,
    prepare,
    /** The profiles whose hierarchy is in use. */
    hierarchyProfiles: () => [...hierarchies.keys()],
    /** Resolves when no hierarchy is being built. */
    hierarchiesBuilt: () => builder.idle(),
    close: () => builder.cancelAll(),
  };
}
export type RoutePlanner = ReturnType<typeof createRoutePlanner>;
