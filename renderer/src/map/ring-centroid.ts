import type { Position } from 'geojson';

/**
 * Planar area (square degrees) and centroid of a closed ring. Only used to place a label inside an
 * area, where degrees are good enough; measurements use shared/geo.
 */
export function ringAreaAndCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let index = 0; index < ring.length - 1; index++) {
    const [x0 = 0, y0 = 0] = ring[index] ?? [];
    const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twiceArea === 0) {
    const [x = 0, y = 0] = ring[0] ?? [];
    return { area: 0, x, y };
  }
  return { area: Math.abs(twiceArea / 2), x: cx / (3 * twiceArea), y: cy / (3 * twiceArea) };
}
