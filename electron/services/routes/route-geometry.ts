import type { LineString } from 'geojson';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import type { Route } from '../../../shared/model/schemas.js';
import type { ProjectStore, StoredRoute } from '../../store/project-store.js';

// A route is its stops: its line is the straight segments between them, redrawn whenever a stop
// moves or goes (by the routes service on the project's events, and by the OSM import).

export function lineThrough(positions: [number, number][]): LineString {
  // A route with fewer than two stops left has no line; GeoPackage stores it as an empty geometry.
  return { type: 'LineString', coordinates: positions.length >= 2 ? positions : [] };
}

function lengthOf(line: { coordinates: [number, number][] }): number {
  let metres = 0;
  for (let index = 1; index < line.coordinates.length; index++) {
    metres += geodesicDistanceMetres(line.coordinates[index - 1]!, line.coordinates[index]!);
  }
  return metres;
}

export function withLength(route: StoredRoute): Route {
  return { ...route, lengthMetres: Math.round(lengthOf(route.geometry) * 10) / 10 };
}

/** Redraws these routes through their stops' current positions. */
export function redrawRoutes(store: ProjectStore, routeIds: Iterable<number>): void {
  let redrawn = 0;
  for (const routeId of routeIds) {
    const route = store.routes.get(routeId);
    if (!route) continue;
    const positions = route.stops.flatMap((stop) => {
      const place = store.places.get(stop.placeId);
      return place ? [[place.longitude, place.latitude] as [number, number]] : [];
    });
    store.routes.setGeometry(routeId, lineThrough(positions));
    redrawn++;
  }
  if (redrawn > 0) store.touch('routes');
}

/** The routes that stop at any of these places. */
export function routeIdsThrough(store: ProjectStore, placeIds: readonly number[]): Set<number> {
  const routeIds = new Set<number>();
  for (const placeId of placeIds) for (const routeId of store.routes.routeIdsWithPlace(placeId)) routeIds.add(routeId);
  return routeIds;
}
