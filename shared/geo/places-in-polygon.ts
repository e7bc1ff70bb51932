import { booleanPointInPolygon } from '@turf/turf';
import type { PolygonGeometry } from '../model/schemas.js';

/**
 * The ids of the points inside a polygon (holes excluded, the boundary counts as inside). A
 * bounding-box test first, so that 100,000 points cost one pass of comparisons plus turf's ring
 * test for the few near the polygon.
 */
export function placesInPolygon(
  places: readonly { id: number; longitude: number; latitude: number }[],
  polygon: PolygonGeometry,
): Set<number> {
  const outer = polygon.coordinates[0] ?? [];
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [longitude, latitude] of outer) {
    if (longitude < west) west = longitude;
    if (longitude > east) east = longitude;
    if (latitude < south) south = latitude;
    if (latitude > north) north = latitude;
  }
  const inside = new Set<number>();
  for (const place of places) {
    const { longitude, latitude } = place;
    if (longitude < west || longitude > east || latitude < south || latitude > north) continue;
    if (booleanPointInPolygon([longitude, latitude], polygon)) inside.add(place.id);
  }
  return inside;
}
