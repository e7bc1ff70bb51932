import { featureCollection, polygon as turfPolygon, union } from '@turf/turf';
import type { Position } from 'geojson';
import { polygonProblem, signedArea2, withoutRepeatedPositions } from './polygon-validity.js';

// Repairs an invalid polygon only where that is safe: when the repaired polygons cover exactly
// the surface its rings describe (the outline's area less its holes'). That holds when rings are
// merely arranged badly: a ring touching itself (a figure eight, an "inverted" hole drawn inside
// the outline's own ring), a spike going out and back, holes touching the outline along an edge.
// It fails, so nothing is guessed, when the rings contradict each other: a bow tie (which lobe is
// inside?), a hole outside the outline or inside another hole, a ring going round twice.
// The noding is polyclip-ts (through turf's union of the polygon with itself), O(n log n).

const RELATIVE_TOLERANCE = 1e-9;

/** Area in square degrees (only compared with itself). */
function surface(rings: readonly (readonly Position[])[]): { net: number; scale: number } {
  let net = 0;
  let scale = 0;
  rings.forEach((ring, index) => {
    const area = Math.abs(signedArea2(withoutRepeatedPositions(ring))) / 2;
    net += index === 0 ? area : -area;
    scale += area;
  });
  return { net, scale };
}

/** Valid polygons with the same surface, or null when no safe repair exists. */
export function repairPolygon(rings: Position[][]): Position[][][] | null {
  let result: ReturnType<typeof union>;
  try {
    const polygon = turfPolygon(rings);
    result = union(featureCollection([polygon, polygon]));
  } catch {
    return null;
  }
  if (!result) return null;
  const polygons = result.geometry.type === 'Polygon' ? [result.geometry.coordinates] : result.geometry.coordinates;
  if (polygons.length === 0 || polygons.some((candidate) => polygonProblem(candidate) !== null)) return null;
  const before = surface(rings);
  const after = polygons.reduce((sum, candidate) => sum + surface(candidate).net, 0);
  if (!(before.scale > 0) || Math.abs(after - before.net) > RELATIVE_TOLERANCE * before.scale) return null;
  return polygons;
}
