import geodesicModule from 'geographiclib-geodesic';
import type { PolygonGeometry } from '../model/schemas.js';

// The area a polygon covers on the WGS84 ellipsoid (Karney's algorithm via GeographicLib), in
// square metres: the outer ring's area less its holes'. turf.area uses a sphere (off by up to
// 0.5%); densities per hectare a planner checks against GIS want the ellipsoid, as PostGIS's
// geography type and QGIS's ellipsoidal measurements do.

const { Geodesic } = geodesicModule;
const wgs84 = Geodesic.WGS84;

function ringArea(ring: readonly (readonly number[])[]): number {
  const polygon = wgs84.Polygon(false);
  // A closed ring repeats its first corner last: that edge of length zero is left out.
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  const corners = closed ? ring.slice(0, -1) : ring;
  if (corners.length < 3) return 0;
  for (const [longitude = 0, latitude = 0] of corners) polygon.AddPoint(latitude, longitude);
  // Signed (either direction of travel is the same region), then made positive.
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

export function polygonAreaSquareMetres(polygon: PolygonGeometry): number {
  const [outer = [], ...holes] = polygon.coordinates;
  const area = ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
  return Math.max(0, area);
}
