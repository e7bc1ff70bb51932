import type { Position } from 'geojson';
import { ringAreaAndCentroid } from './ring-centroid.js';

export interface EdgeLabel {
  position: [number, number];
  /** Clockwise degrees, kept between -90 and 90 so the text reads upright. */
  rotate: number;
  /** 1 when the area lies below the rotated text, -1 when above: which way to push it inside. */
  inside: 1 | -1;
}

/**
 * Where an area's name sits: along one of its outer edges, just inside. A label at the centre
 * would cover the places a quarter is about; one bent along the outline breaks at its corners.
 * The edge chosen is long, as level as can be (steep text is hard to read) and, other things
 * equal, on the north side, where map readers look for an area's name.
 * Works in a local equirectangular frame (screen-like: x east, y down), which is what a label on
 * a quarter-sized area needs.
 */
export function edgeLabel(ring: readonly Position[]): EdgeLabel | null {
  if (ring.length < 4) return null;
  const [, latitude = 0] = ring[0] ?? [];
  const xScale = Math.cos((latitude * Math.PI) / 180);
  const toScreen = ([longitude = 0, lat = 0]: Position): [number, number] => [longitude * xScale, -lat];

  const centroid = ringAreaAndCentroid(ring);
  const [, centreY] = toScreen([centroid.x, centroid.y]);
  let best: { score: number; from: Position; to: Position } | null = null;
  for (let index = 0; index < ring.length - 1; index++) {
    const from = ring[index];
    const to = ring[index + 1];
    if (!from || !to) continue;
    const [x0, y0] = toScreen(from);
    const [x1, y1] = toScreen(to);
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (length === 0) continue;
    const level = Math.abs(x1 - x0) / length;
    const north = (y0 + y1) / 2 < centreY ? 1.15 : 1;
    const score = length * (0.35 + 0.65 * level) * north;
    if (!best || score > best.score) best = { score, from, to };
  }
  if (!best) return null;

  const [x0, y0] = toScreen(best.from);
  const [x1, y1] = toScreen(best.to);
  let rotate = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  if (rotate > 90) rotate -= 180;
  if (rotate < -90) rotate += 180;

  const middle: [number, number] = [
    ((best.from[0] ?? 0) + (best.to[0] ?? 0)) / 2,
    ((best.from[1] ?? 0) + (best.to[1] ?? 0)) / 2,
  ];
  const [mx, my] = toScreen(middle);
  const [cx, cy] = toScreen([centroid.x, centroid.y]);
  const radians = (rotate * Math.PI) / 180;
  // "Below the text" after a clockwise rotation, in a y-down frame.
  const below = (cx - mx) * -Math.sin(radians) + (cy - my) * Math.cos(radians);
  return { position: middle, rotate, inside: below >= 0 ? 1 : -1 };
}
