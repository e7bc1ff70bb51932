import { kinks, polygon as turfPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';

// Why a drawn area (quarter, protection zone…) cannot be saved, in words a user understands, or
// null when it can. The drawing tool checks before it calls the API, so nothing is sent on failure;
// the backend validates the geometry again on its own.

export function areaPolygonProblem(polygon: Polygon): string | null {
  const outer = polygon.coordinates[0];
  if (!outer) return 'The area has no outline.';
  for (const [ringIndex, ring] of polygon.coordinates.entries()) {
    for (const [index, position] of ring.entries()) {
      const [longitude, latitude] = position;
      const where = ringIndex === 0 ? `corner ${index + 1}` : `corner ${index + 1} of hole ${ringIndex}`;
      if (typeof longitude !== 'number' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180)
        return `The longitude of ${where} must be between -180 and 180.`;
      if (typeof latitude !== 'number' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90)
        return `The latitude of ${where} must be between -90 and 90.`;
    }
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length < 4 || !first || !last) return 'An area needs at least three corners.';
    if (first[0] !== last[0] || first[1] !== last[1]) return 'The outline of an area must end where it starts.';
    const distinct = new Set(ring.slice(0, -1).map(([x, y]) => `${x},${y}`));
    if (distinct.size < 3) return 'An area needs at least three different corners.';
  }
  const crossings = kinks(turfPolygon(polygon.coordinates)).features;
  const crossing = crossings[0];
  if (crossing) {
    const [longitude = 0, latitude = 0] = crossing.geometry.coordinates;
    return `The outline crosses itself (near ${latitude.toFixed(5)}° N, ${longitude.toFixed(5)}° E). Draw it without crossing lines.`;
  }
  return null;
}
