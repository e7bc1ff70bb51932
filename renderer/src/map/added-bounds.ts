import type { Position } from 'geojson';
import type { Place, Quarter, Route } from '../../../shared/model/schemas.js';

export type Bounds = [west: number, south: number, east: number, north: number];

export interface ProjectContent {
  places: readonly Place[];
  quarters: readonly Quarter[];
  routes: readonly Route[];
}

/** What `after` holds that `before` did not (by id), e.g. what an import added. */
export function addedContent(before: ProjectContent, after: ProjectContent): ProjectContent {
  const ids = (items: readonly { id: number }[]) => new Set(items.map((item) => item.id));
  const places = ids(before.places);
  const quarters = ids(before.quarters);
  const routes = ids(before.routes);
  return {
    places: after.places.filter((place) => !places.has(place.id)),
    quarters: after.quarters.filter((quarter) => !quarters.has(quarter.id)),
    routes: after.routes.filter((route) => !routes.has(route.id)),
  };
}

/** The box around everything in `content`, or null when it is empty. */
export function contentBounds(content: ProjectContent): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const extend = ([longitude, latitude]: Position) => {
    if (longitude === undefined || latitude === undefined) return;
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  };
  for (const place of content.places) extend([place.longitude, place.latitude]);
  for (const quarter of content.quarters) for (const ring of quarter.geometry.coordinates) ring.forEach(extend);
  for (const route of content.routes) route.geometry.coordinates.forEach(extend);
  return west <= east ? [west, south, east, north] : null;
}

/** Whether `inner` lies wholly inside `outer`. */
export function boundsContain(outer: Bounds, inner: Bounds): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** Whether the two boxes share any area. */
export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
