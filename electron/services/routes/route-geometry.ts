import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import type { Route, RouteLeg, RouteVia } from '../../../shared/model/schemas.js';
import type { ProjectStore, StoredRoute } from '../../store/project-store.js';
import type { RoutePlanner, Waypoint } from './route-planner.js';

// A route is its stops (and the via points its line was dragged through): its line is routed
// between them whenever they change, a stop moves or goes (the routes service hears the places'
// events), or an import replaces the network (the OSM import re-routes every route).

/** Stops and via points in travel order: the vias after stop i come right after it. */
export function waypointsOf(stops: readonly { position: [number, number] }[], vias: readonly RouteVia[]): Waypoint[] {
  const waypoints: Waypoint[] = [];
  stops.forEach((stop, index) => {
    waypoints.push({ position: stop.position, stop: index });
    if (index < stops.length - 1) {
      for (const via of vias)
        if (via.afterStop === index) waypoints.push({ position: [via.longitude, via.latitude], stop: null });
    }
  });
  return waypoints;
}

/** The places' positions of a route's stops (a stop whose place is gone is left out). */
export function stopPositions(store: ProjectStore, placeIds: readonly number[]): { position: [number, number] }[] {
  return placeIds.flatMap((placeId) => {
    const place = store.places.get(placeId);
    return place ? [{ position: [place.longitude, place.latitude] as [number, number] }] : [];
  });
}

/**
 * Legs of a route never routed: a line imported from a file is one leg as it came; a route stored
 * before routing existed is straight lines between its stops, as its line was drawn.
 */
function storedLegs(route: StoredRoute): RouteLeg[] {
  if (route.legs.length > 0) return route.legs;
  const points = route.geometry.coordinates;
  if (points.length < 2) return [];
  if (points.length !== route.stops.length) {
    let lengthMetres = 0;
    for (let index = 1; index < points.length; index++)
      lengthMetres += geodesicDistanceMetres(points[index - 1]!, points[index]!);
    return [
      {
        kind: 'imported',
        toStop: null,
        coordinates: points,
        lengthMetres,
        durationSeconds: lengthMetres / (5 / 3.6),
        directions: [],
      },
    ];
  }
  return points.slice(1).map((to, index) => {
    const lengthMetres = geodesicDistanceMetres(points[index]!, to);
    return {
      kind: 'straight' as const,
      reason: 'not-routed' as const,
      toStop: index + 1,
      coordinates: [points[index]!, to],
      lengthMetres,
      durationSeconds: lengthMetres / (5 / 3.6),
      directions: [],
    };
  });
}

/** A stored route with its legs and totals (length and travel time, visits not included). */
export function withTotals(route: StoredRoute): Route {
  const legs = storedLegs(route);
  const lengthMetres = legs.reduce((sum, leg) => sum + leg.lengthMetres, 0);
  const durationSeconds = legs.reduce((sum, leg) => sum + leg.durationSeconds, 0);
  return {
    ...route,
    legs,
    lengthMetres: Math.round(lengthMetres * 10) / 10,
    durationSeconds: Math.round(durationSeconds),
  };
}

/** Routes these routes again through their stops' current positions; returns the ids whose line changed. */
export function rerouteRoutes(store: ProjectStore, planner: RoutePlanner, routeIds: Iterable<number>): number[] {
  const changed: number[] = [];
  for (const routeId of routeIds) {
    const route = store.routes.get(routeId);
    if (!route) continue;
    const stops = stopPositions(
      store,
      route.stops.map((stop) => stop.placeId),
    );
    const { line, legs } = planner.plan(route.mode, waypointsOf(stops, route.vias), route.speedKmh);
    if (
      JSON.stringify(line.coordinates) === JSON.stringify(route.geometry.coordinates) &&
      JSON.stringify(legs) === JSON.stringify(route.legs)
    ) {
      continue;
    }
    store.routes.setLine(routeId, line, legs);
    changed.push(routeId);
  }
  if (changed.length > 0) store.touch('routes');
  return changed;
}

/** The routes that stop at any of these places. */
export function routeIdsThrough(store: ProjectStore, placeIds: readonly number[]): Set<number> {
  const routeIds = new Set<number>();
  for (const placeId of placeIds) for (const routeId of store.routes.routeIdsWithPlace(placeId)) routeIds.add(routeId);
  return routeIds;
}
