import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { isCrossing, isInteriorSegment, type Point } from './node-topology.js';
import { orientation } from './orientation.js';
import { meetSegments } from './segment-intersection.js';

// Whether a polygon is valid as OGC Simple Features and GEOS (so GDAL, QGIS, PostGIS) judge it,
// and if not, the first reason and where. A port of the checks of JTS/GEOS 3.10+'s IsValidOp:
// repeated consecutive vertices are not a problem (they are ignored, as GEOS ignores them);
// edges that cross or overlap are; a ring touching itself is; holes must lie inside the outline,
// not inside each other, and must not cut the interior into pieces (touching the outline or each
// other at single points is fine, unless the touches close a loop).
// NOTE: O(n log n) for ordinary outlines: segment pairs come from a packed R-tree (flatbush), not
// from comparing every edge with every other as turf's kinks does.

export type PolygonProblemKind =
  | 'invalid-coordinate'
  | 'not-closed'
  | 'too-few-points'
  | 'self-intersection'
  | 'ring-self-intersection'
  | 'hole-outside-shell'
  | 'nested-holes'
  | 'disconnected-interior';

export interface PolygonProblem {
  kind: PolygonProblemKind;
  /** Where, as [longitude, latitude] (GEOS reports the same kind of point). */
  position: [number, number];
}

const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/** The ring without consecutive repeated positions (2D), as GEOS reads it. */
export function withoutRepeatedPositions(ring: readonly Position[]): Point[] {
  const points: Point[] = [];
  for (const position of ring) {
    // A position of two numbers is a point already (no copy: a large ring is a million of them).
    const point: Point =
      position.length === 2 ? (position as unknown as Point) : [position[0] as number, position[1] as number];
    const last = points[points.length - 1];
    if (!last || !same(last, point)) points.push(point);
  }
  return points;
}

/** Twice the signed area (positive when counter-clockwise). */
export function signedArea2(ring: readonly Point[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index++) {
    const [x0, y0] = ring[index] as Point;
    const [x1, y1] = ring[index + 1] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

interface Touch {
  ring: number;
  at: Point;
}

class Rings {
  readonly index: Flatbush;
  /** Segment k runs from rings[ringOf[k]][localOf[k]] to the next point. */
  readonly ringOf: Int32Array;
  readonly localOf: Int32Array;
  readonly maxX: number;

  constructor(readonly rings: readonly Point[][]) {
    const total = rings.reduce((sum, ring) => sum + ring.length - 1, 0);
    this.index = new Flatbush(Math.max(total, 1));
    this.ringOf = new Int32Array(total);
    this.localOf = new Int32Array(total);
    let segment = 0;
    let maxX = -Infinity;
    rings.forEach((ring, ringIndex) => {
      for (let local = 0; local + 1 < ring.length; local++) {
        const [x0, y0] = ring[local] as Point;
        const [x1, y1] = ring[local + 1] as Point;
        this.index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
        this.ringOf[segment] = ringIndex;
        this.localOf[segment] = local;
        segment += 1;
        if (x0 > maxX) maxX = x0;
      }
    });
    if (total === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
    this.maxX = maxX;
  }

  start(segment: number): Point {
    return (this.rings[this.ringOf[segment] as number] as Point[])[this.localOf[segment] as number] as Point;
  }
  end(segment: number): Point {
    return (this.rings[this.ringOf[segment] as number] as Point[])[(this.localOf[segment] as number) + 1] as Point;
  }
  /** The vertex before the segment's start, around the closed ring. */
  before(segment: number): Point {
    const ring = this.rings[this.ringOf[segment] as number] as Point[];
    const local = this.localOf[segment] as number;
    return ring[local === 0 ? ring.length - 2 : local - 1] as Point;
  }

  /** 'inside', 'outside' or 'boundary' of ring `target` (ray crossing, JTS's RayCrossingCounter). */
  locate(point: Point, target: number): 'inside' | 'outside' | 'boundary' {
    const [x, y] = point;
    let crossings = 0;
    let onBoundary = false;
    const candidates = this.index.search(x, y, Math.max(this.maxX, x), y, (k) => this.ringOf[k] === target);
    for (const segment of candidates) {
      const [x1, y1] = this.start(segment);
      const [x2, y2] = this.end(segment);
      if (x1 < x && x2 < x) continue;
      if ((x === x1 && y === y1) || (x === x2 && y === y2)) {
        onBoundary = true;
        break;
      }
      if (y1 === y && y2 === y) {
        if (Math.min(x1, x2) <= x && x <= Math.max(x1, x2)) {
          onBoundary = true;
          break;
        }
        continue;
      }
      if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y)) {
        let side = orientation(x1, y1, x2, y2, x, y);
        if (side === 0) {
          onBoundary = true;
          break;
        }
        if (y2 < y1) side = -side as typeof side;
        if (side === 1) crossings += 1;
      }
    }
    if (onBoundary) return 'boundary';
    return crossings % 2 === 1 ? 'inside' : 'outside';
  }

  /** Whether ring `test` lies inside ring `target` (JTS's PolygonTopologyAnalyzer.isRingNested). */
  isNested(test: number, target: number): boolean {
    const testRing = this.rings[test] as Point[];
    const first = testRing[0] as Point;
    const location = this.locate(first, target);
    if (location !== 'boundary') return location === 'inside';
    const next = testRing.find((point) => !same(point, first)) ?? first;
    const targetRing = this.rings[target] as Point[];
    let at = -1;
    for (let index = 0; index + 1 < targetRing.length; index++) {
      const a = targetRing[index] as Point;
      const b = targetRing[index + 1] as Point;
      const onSegment =
        orientation(a[0], a[1], b[0], b[1], first[0], first[1]) === 0 &&
        first[0] >= Math.min(a[0], b[0]) &&
        first[0] <= Math.max(a[0], b[0]) &&
        first[1] >= Math.min(a[1], b[1]) &&
        first[1] <= Math.max(a[1], b[1]);
      if (onSegment) {
        at = same(first, b) ? index + 1 : index;
        break;
      }
    }
    if (at < 0) return false;
    const last = targetRing.length - 2;
    let previousIndex = at;
    while (same(targetRing[previousIndex] as Point, first))
      previousIndex = previousIndex === 0 ? last : previousIndex - 1;
    let nextIndex = at + 1;
    while (same(targetRing[nextIndex] as Point, first)) nextIndex = nextIndex >= last ? 0 : nextIndex + 1;
    let previous = targetRing[previousIndex] as Point;
    let following = targetRing[nextIndex] as Point;
    // The interior lies to the right of a clockwise ring's path.
    if (signedArea2(targetRing) > 0) [previous, following] = [following, previous];
    return isInteriorSegment(first, previous, following, next);
  }
}

/**
 * Rings (the coordinates array of a polygon) an import has just found valid with polygonProblem,
 * so that the check of the same, unchanged array before writing need not run again.
 */
export const polygonsFoundValid = new WeakSet<readonly (readonly Position[])[]>();

/** The first reason the polygon is invalid (in GEOS's order of checks), or null when it is valid. */
export function polygonProblem(coordinates: readonly (readonly Position[])[]): PolygonProblem | null {
  for (const ring of coordinates) {
    for (const position of ring) {
      const [x, y] = position;
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
        return { kind: 'invalid-coordinate', position: [Number(x), Number(y)] };
    }
  }
  for (const ring of coordinates) {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
      return { kind: 'not-closed', position: [first[0] as number, first[1] as number] };
  }
  const rings = coordinates.map(withoutRepeatedPositions);
  for (const ring of rings) {
    if (ring.length > 0 && ring.length < 4) return { kind: 'too-few-points', position: [...(ring[0] as Point)] };
  }
  if (rings.length === 0 || rings[0]?.length === 0) return null;
  const indexed = new Rings(rings);
  const touches = rings.map(() => new Map<number, Point>());
  let doubleTouch: Point | null = null;
  let selfTouch: [number, number] | null = null;

  const segments = indexed.ringOf.length;
  for (let a = 0; a < segments; a++) {
    const p0 = indexed.start(a);
    const p1 = indexed.end(a);
    const candidates = indexed.index.search(
      Math.min(p0[0], p1[0]),
      Math.min(p0[1], p1[1]),
      Math.max(p0[0], p1[0]),
      Math.max(p0[1], p1[1]),
    );
    for (const b of candidates) {
      if (b <= a) continue;
      const q0 = indexed.start(b);
      const q1 = indexed.end(b);
      // Neighbours on a ring share a vertex: they only matter when they fold back onto each other
      // (all four points on a line). Most candidates of a dense ring are its neighbours.
      if (indexed.ringOf[a] === indexed.ringOf[b]) {
        const delta = (indexed.localOf[b] as number) - (indexed.localOf[a] as number);
        const size = (rings[indexed.ringOf[a] as number] as Point[]).length;
        if (
          (delta === 1 || delta === size - 2) &&
          (orientation(p0[0], p0[1], p1[0], p1[1], q0[0], q0[1]) !== 0 ||
            orientation(p0[0], p0[1], p1[0], p1[1], q1[0], q1[1]) !== 0)
        )
          continue;
      }
      const meeting = meetSegments(p0[0], p0[1], p1[0], p1[1], q0[0], q0[1], q1[0], q1[1]);
      if (meeting.kind === 'none') continue;
      const at: [number, number] = [meeting.x, meeting.y];
      if (meeting.kind === 'overlap' || meeting.proper) return { kind: 'self-intersection', position: at };
      const ringA = indexed.ringOf[a] as number;
      const ringB = indexed.ringOf[b] as number;
      if (ringA === ringB) {
        const delta = Math.abs((indexed.localOf[a] as number) - (indexed.localOf[b] as number));
        const size = (rings[ringA] as Point[]).length;
        if (delta <= 1 || delta >= size - 2) continue;
        // Keep looking for edges that cross or overlap: the graver problem, named first.
        selfTouch ??= at;
        continue;
      }
      // Each shared vertex is judged once, where it starts a segment of each ring.
      if (same(at, p1) || same(at, q1)) continue;
      const e00 = same(at, p0) ? indexed.before(a) : p0;
      const e10 = same(at, q0) ? indexed.before(b) : q0;
      if (isCrossing(at, e00, p1, e10, q1)) return { kind: 'self-intersection', position: at };
      const earlier = touches[ringA]?.get(ringB);
      if (earlier && !same(earlier, at)) doubleTouch ??= at;
      else {
        touches[ringA]?.set(ringB, at);
        touches[ringB]?.set(ringA, at);
      }
    }
  }

  if (selfTouch) return { kind: 'ring-self-intersection', position: selfTouch };
  const envelope = (ring: readonly Point[]) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    return { minX, minY, maxX, maxY };
  };
  type Envelope = ReturnType<typeof envelope>;
  const covers = (outer: Envelope, inner: Envelope) =>
    outer.minX <= inner.minX && outer.minY <= inner.minY && outer.maxX >= inner.maxX && outer.maxY >= inner.maxY;
  const envelopes = rings.map(envelope);
  for (let hole = 1; hole < rings.length; hole++) {
    const holeRing = rings[hole] as Point[];
    if (holeRing.length === 0) continue;
    if (!covers(envelopes[0] as Envelope, envelopes[hole] as Envelope) || !indexed.isNested(hole, 0))
      return { kind: 'hole-outside-shell', position: [...(holeRing[0] as Point)] };
  }
  if (rings.length > 2) {
    const holes = new Flatbush(rings.length - 1);
    for (let hole = 1; hole < rings.length; hole++) {
      const box = envelopes[hole] as Envelope;
      holes.add(box.minX, box.minY, box.maxX, box.maxY);
    }
    holes.finish();
    for (let hole = 1; hole < rings.length; hole++) {
      const box = envelopes[hole] as Envelope;
      for (const found of holes.search(box.minX, box.minY, box.maxX, box.maxY)) {
        const other = found + 1;
        if (other === hole || !covers(envelopes[other] as Envelope, box)) continue;
        if (indexed.isNested(hole, other))
          return { kind: 'nested-holes', position: [...((rings[hole] as Point[])[0] as Point)] };
      }
    }
  }
  if (doubleTouch) return { kind: 'disconnected-interior', position: [...doubleTouch] };
  const cycle = touchCycle(touches);
  if (cycle) return { kind: 'disconnected-interior', position: [...cycle] };
  return null;
}

/** A loop of rings touching at different points cuts the interior in two (JTS's hole cycles). */
function touchCycle(touches: readonly Map<number, Point>[]): Point | null {
  const root = new Int32Array(touches.length).fill(-1);
  for (let start = 0; start < touches.length; start++) {
    if (root[start] !== -1) continue;
    root[start] = start;
    const stack: Touch[] = [];
    for (const [ring, at] of touches[start] as Map<number, Point>) {
      root[ring] = start;
      stack.push({ ring, at });
    }
    while (stack.length > 0) {
      const current = stack.pop() as Touch;
      for (const [ring, at] of touches[current.ring] as Map<number, Point>) {
        if (same(at, current.at)) continue;
        if (root[ring] === start) return at;
        root[ring] = start;
        stack.push({ ring, at });
      }
    }
  }
  return null;
}
