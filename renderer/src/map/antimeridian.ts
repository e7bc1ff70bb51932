import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

// world-atlas stores the globe as a sphere: Russia, Fiji and Wrangel Island run across the 180th
// meridian and Antarctica wraps around the South Pole. Drawn on a flat map as they are, their
// edges jump from +180 to -180 and smear bands across the world. These functions make them flat.

/** Web Mercator's limit: MapLibre cannot draw nearer to the poles. */
const MERCATOR_LIMIT = 85.0511;

function jumps(from: Position, to: Position): boolean {
  return Math.abs((to[0] ?? 0) - (from[0] ?? 0)) > 180;
}

function isPoleLine(ring: readonly Position[]): boolean {
  return ring.every(([, latitude = 0]) => Math.abs(latitude) >= 89.99);
}

/**
 * A ring made continuous across the 180th meridian (longitudes may pass ±180, which MapLibre draws
 * as one shape), and closed along the map's edge when it goes round a pole.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  if (!first) return [];
  const out: Position[] = [[first[0] ?? 0, first[1] ?? 0]];
  let offset = 0;
  for (let index = 1; index < ring.length; index++) {
    const previous = ring[index - 1] ?? first;
    const current = ring[index] ?? first;
    if (jumps(previous, current)) offset += (previous[0] ?? 0) > (current[0] ?? 0) ? 360 : -360;
    out.push([(current[0] ?? 0) + offset, current[1] ?? 0]);
  }
  if (offset !== 0) {
    // It went once round the globe: close it over the pole on its side of the equator.
    const meanLatitude = out.reduce((sum, [, latitude = 0]) => sum + latitude, 0) / out.length;
    const pole = meanLatitude < 0 ? -MERCATOR_LIMIT : MERCATOR_LIMIT;
    const last = out[out.length - 1] ?? first;
    out.push([last[0] ?? 0, pole], [first[0] ?? 0, pole], [first[0] ?? 0, first[1] ?? 0]);
  }
  // Keep the shape over the main copy of the world.
  const longitudes = out.map(([longitude = 0]) => longitude);
  const middle = (Math.min(...longitudes) + Math.max(...longitudes)) / 2;
  const shift = middle > 180 ? -360 : middle < -180 ? 360 : 0;
  return shift === 0 ? out : out.map(([longitude = 0, latitude = 0]) => [longitude + shift, latitude]);
}

/** Twice the planar signed area: positive for counter-clockwise rings. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index++) {
    const [x0 = 0, y0 = 0] = ring[index] ?? [];
    const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

function flattenPolygon(rings: readonly Position[][]): Position[][] {
  // NOTE: world-atlas gives Antarctica a degenerate outer ring along the pole; what is left is
  // the coast, closed over the pole by unwrapRing.
  const flat = rings.filter((ring) => !isPoleLine(ring)).map(unwrapRing);
  // MapLibre tells outer rings from holes by their winding, so make it the GeoJSON one (RFC 7946:
  // outer counter-clockwise, holes clockwise); the spherical source data does not follow it.
  return flat.map((ring, index) => {
    const counterClockwise = signedArea(ring) > 0;
    return counterClockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

export function flattenPolygonal(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: flattenPolygon(geometry.coordinates) };
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map(flattenPolygon).filter((polygon) => polygon.length > 0),
  };
}

/** Lines broken where they jump across the 180th meridian. */
export function splitLinesAtAntimeridian(geometry: MultiLineString): MultiLineString {
  const lines: Position[][] = [];
  for (const line of geometry.coordinates) {
    let part: Position[] = [];
    for (const position of line) {
      const previous = part[part.length - 1];
      if (previous && jumps(previous, position)) {
        if (part.length > 1) lines.push(part);
        part = [];
      }
      part.push(position);
    }
    if (part.length > 1) lines.push(part);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
