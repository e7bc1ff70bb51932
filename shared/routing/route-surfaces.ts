import { geodesicDistanceMetres } from '../geo/geodesic-distance.js';
import type { NetworkEdgeRecord } from './network-records.js';
import { COBBLES, traversal, UNPAVED } from './profiles.js';

// What a route's ways are made of, from the network's OSM tags (the printed guide's accessibility
// notes, issue #16): stored legs keep their line but not the edges they follow, so each segment of
// a network leg is found again among the edges by its two vertices. A network leg's interior
// vertices are the edges' own; only its first and last points are snapped part-way along an edge,
// and those end segments are matched by the edge segment they lie on.

type Point = readonly [number, number];

/** A stretch of a route as stored: network legs follow the edges, others (straight, imported) do not. */
export interface SurfaceLeg {
  kind: string;
  coordinates: readonly Point[];
}

export interface RouteSurfaces {
  /** The whole route, every leg, in metres along its line. */
  totalMetres: number;
  /** Metres of network legs matched to an edge of the network: the figures below are out of these. */
  matchedMetres: number;
  /** Unpaved surfaces (gravel, dirt, grass… compacted included). */
  unpavedMetres: number;
  /** Cobbles and setts. */
  cobblesMetres: number;
  /** Ways a wheelchair cannot use: steps, loose or rough ground, barriers, steep inclines, wheelchair=no. */
  noWheelchairMetres: number;
  /** Ways tagged wheelchair=limited that a wheelchair may otherwise use. */
  limitedWheelchairMetres: number;
  /** Matched ways without a surface tag. */
  noSurfaceTagMetres: number;
  /** What no edge could be found for: straight and imported legs, and network legs the network no longer has. */
  unmatchedMetres: number;
}

interface SurfaceIndex {
  /** Edge index by the unordered pair of a segment's vertex keys (the first edge wins where two share one). */
  segments: Map<string, number>;
  /** Per vertex key: the segments touching it, as [edge, segment start vertex] pairs flattened. */
  vertices: Map<string, number[]>;
}

/** Metres a snapped point may lie off an edge segment and still be on it (rounding of the snap). */
const ON_SEGMENT_METRES = 0.05;
const METRES_PER_DEGREE_LATITUDE = 110_574;
const METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;

const indexes = new WeakMap<readonly NetworkEdgeRecord[], SurfaceIndex>();

/** A vertex's key: its position to 1e-7 degrees (about a centimetre). */
function keyOf(point: Point): string {
  return `${point[0].toFixed(7)},${point[1].toFixed(7)}`;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function indexOf(edges: readonly NetworkEdgeRecord[]): SurfaceIndex {
  let index = indexes.get(edges);
  if (index) return index;
  index = { segments: new Map(), vertices: new Map() };
  for (let edge = 0; edge < edges.length; edge++) {
    const coordinates = edges[edge]!.coordinates;
    for (let vertex = 1; vertex < coordinates.length; vertex++) {
      const a = keyOf(coordinates[vertex - 1]!);
      const b = keyOf(coordinates[vertex]!);
      const key = pairKey(a, b);
      if (!index.segments.has(key)) index.segments.set(key, edge);
      for (const end of a === b ? [a] : [a, b]) {
        const touching = index.vertices.get(end);
        if (touching) touching.push(edge, vertex - 1);
        else index.vertices.set(end, [edge, vertex - 1]);
      }
    }
  }
  indexes.set(edges, index);
  return index;
}

/**
 * Metres from `point` to the segment from `start` to `end`, on a plane around the point: snapping
 * (snap.ts) puts a point on the straight line between two vertices in longitude and latitude.
 */
function offSegmentMetres(point: Point, start: Point, end: Point): number {
  const xScale = METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos((point[1] * Math.PI) / 180);
  const [ax, ay] = [(start[0] - point[0]) * xScale, (start[1] - point[1]) * METRES_PER_DEGREE_LATITUDE];
  const [bx, by] = [(end[0] - point[0]) * xScale, (end[1] - point[1]) * METRES_PER_DEGREE_LATITUDE];
  const [dx, dy] = [bx - ax, by - ay];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** The edge whose segment at vertex `known` passes through `point` (a leg's snapped end), or null. */
function edgeThrough(edges: readonly NetworkEdgeRecord[], index: SurfaceIndex, known: Point, point: Point) {
  const touching = index.vertices.get(keyOf(known));
  if (!touching) return null;
  let best: number | null = null;
  let bestMetres = ON_SEGMENT_METRES;
  for (let at = 0; at < touching.length; at += 2) {
    const edge = touching[at]!;
    const coordinates = edges[edge]!.coordinates;
    const metres = offSegmentMetres(point, coordinates[touching[at + 1]!]!, coordinates[touching[at + 1]! + 1]!);
    if (metres <= bestMetres) {
      best = edge;
      bestMetres = metres;
    }
  }
  return best;
}

/** The edge a leg's segment from `from` to `to` lies on, or null when the network has none. */
function edgeOf(edges: readonly NetworkEdgeRecord[], index: SurfaceIndex, from: Point, to: Point): number | null {
  const a = keyOf(from);
  const b = keyOf(to);
  const whole = index.segments.get(pairKey(a, b));
  if (whole !== undefined) return whole;
  // A snapped end: one of the two is a vertex of the edge, the other lies on a segment touching it.
  if (index.vertices.has(b)) return edgeThrough(edges, index, to, from);
  if (index.vertices.has(a)) return edgeThrough(edges, index, from, to);
  return edgeUnder(edges, from, to);
}

/**
 * The edge with a segment both points lie on: a leg between two stops snapped onto the same
 * stretch of one way has no vertex to look up by. Rare (one such segment per leg at most), so the
 * edges are searched one by one.
 */
function edgeUnder(edges: readonly NetworkEdgeRecord[], from: Point, to: Point): number | null {
  for (let edge = 0; edge < edges.length; edge++) {
    const coordinates = edges[edge]!.coordinates;
    for (let vertex = 1; vertex < coordinates.length; vertex++) {
      const [start, end] = [coordinates[vertex - 1]!, coordinates[vertex]!];
      if (
        offSegmentMetres(from, start, end) <= ON_SEGMENT_METRES &&
        offSegmentMetres(to, start, end) <= ON_SEGMENT_METRES
      )
        return edge;
    }
  }
  return null;
}

/** Sums the metres of a route's legs by the surface and wheelchair access of the ways they follow. */
export function routeSurfaces(edges: readonly NetworkEdgeRecord[] | null, legs: readonly SurfaceLeg[]): RouteSurfaces {
  const sums: RouteSurfaces = {
    totalMetres: 0,
    matchedMetres: 0,
    unpavedMetres: 0,
    cobblesMetres: 0,
    noWheelchairMetres: 0,
    limitedWheelchairMetres: 0,
    noSurfaceTagMetres: 0,
    unmatchedMetres: 0,
  };
  const index = edges && edges.length > 0 ? indexOf(edges) : null;
  for (const leg of legs) {
    for (let vertex = 1; vertex < leg.coordinates.length; vertex++) {
      const from = leg.coordinates[vertex - 1]!;
      const to = leg.coordinates[vertex]!;
      const metres = geodesicDistanceMetres(from, to);
      if (!(metres > 0)) continue;
      sums.totalMetres += metres;
      const edge = index && edges && leg.kind === 'network' ? edgeOf(edges, index, from, to) : null;
      if (edge === null) {
        sums.unmatchedMetres += metres;
        continue;
      }
      const record = edges![edge]!;
      const surface = record.tags.surface;
      sums.matchedMetres += metres;
      if (!surface) sums.noSurfaceTagMetres += metres;
      else if (UNPAVED.has(surface)) sums.unpavedMetres += metres;
      else if (COBBLES.has(surface)) sums.cobblesMetres += metres;
      if (traversal('wheelchair', record) === null) sums.noWheelchairMetres += metres;
      else if (record.tags.wheelchair === 'limited') sums.limitedWheelchairMetres += metres;
    }
  }
  return sums;
}
