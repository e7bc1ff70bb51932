import { orientation } from './orientation.js';

// How edges meet at a shared vertex (a node): whether two rings touching there cross, and
// whether an edge leaves the node into a ring's interior. Ported from JTS's PolygonNodeTopology,
// which GEOS (and so GDAL and QGIS) use for validity.

export type Point = readonly [number, number];

/** 0 north-east, 1 north-west, 2 south-west, 3 south-east (of the vector dx, dy). */
function quadrant(dx: number, dy: number): number {
  if (dx >= 0) return dy >= 0 ? 0 : 3;
  return dy >= 0 ? 1 : 2;
}

/** Whether the angle of p around the origin (counter-clockwise from east) is greater than q's. */
function isAngleGreater(origin: Point, p: Point, q: Point): boolean {
  const quadrantP = quadrant(p[0] - origin[0], p[1] - origin[1]);
  const quadrantQ = quadrant(q[0] - origin[0], q[1] - origin[1]);
  if (quadrantP !== quadrantQ) return quadrantP > quadrantQ;
  return orientation(origin[0], origin[1], q[0], q[1], p[0], p[1]) === 1;
}

function compareAngle(origin: Point, p: Point, q: Point): number {
  const quadrantP = quadrant(p[0] - origin[0], p[1] - origin[1]);
  const quadrantQ = quadrant(q[0] - origin[0], q[1] - origin[1]);
  if (quadrantP !== quadrantQ) return quadrantP > quadrantQ ? 1 : -1;
  return orientation(origin[0], origin[1], q[0], q[1], p[0], p[1]);
}

function compareBetween(origin: Point, p: Point, e0: Point, e1: Point): number {
  const first = compareAngle(origin, p, e0);
  if (first === 0) return 0;
  const second = compareAngle(origin, p, e1);
  if (second === 0) return 0;
  return first > 0 && second < 0 ? 1 : -1;
}

/** Whether edges node→b0 and node→b1 lie on both sides of the corner a0–node–a1 (the rings cross). */
export function isCrossing(node: Point, a0: Point, a1: Point, b0: Point, b1: Point): boolean {
  let low = a0;
  let high = a1;
  if (isAngleGreater(node, low, high)) [low, high] = [a1, a0];
  const first = compareBetween(node, b0, low, high);
  if (first === 0) return false;
  const second = compareBetween(node, b1, low, high);
  if (second === 0) return false;
  return first !== second;
}

function isBetween(origin: Point, p: Point, e0: Point, e1: Point): boolean {
  if (!isAngleGreater(origin, p, e0)) return false;
  return !isAngleGreater(origin, p, e1);
}

/**
 * Whether the edge node→b leaves into the interior of the corner a0–node–a1, the interior lying
 * to the right of the path a0 → node → a1.
 */
export function isInteriorSegment(node: Point, a0: Point, a1: Point, b: Point): boolean {
  let low = a0;
  let high = a1;
  let interiorBetween = true;
  if (isAngleGreater(node, low, high)) {
    [low, high] = [a1, a0];
    interiorBetween = false;
  }
  const between = isBetween(node, b, low, high);
  return between === interiorBetween;
}
