import Flatbush from 'flatbush';
import type { RoutingProfile } from './profiles.js';
import type { RoutingGraph } from './routing-graph.js';

// Snapping a stop or a clicked point onto the network: the nearest point ON an edge (not only a
// junction), among the edges the profile may use. Segments live in a packed R-tree (flatbush)
// in a local metric projection around the network's centre (equirectangular: at city and
// regional scale its error is far below a GPS's).

const METRES_PER_DEGREE_LATITUDE = 110_574;
const METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_319.49;

export interface Snap {
  edge: number;
  /** Position along the edge, 0 at its from-node, 1 at its to-node (by length). */
  fraction: number;
  /** The point on the edge, [longitude, latitude]. */
  point: [number, number];
  /** Index of the edge segment the point is on (between coordinates[segment] and [segment + 1]). */
  segment: number;
  /** From the asked position to the point, in metres. */
  distanceMetres: number;
}

export function createEdgeIndex(graph: RoutingGraph) {
  let centreLatitude = 0;
  let centreLongitude = 0;
  for (let node = 0; node < graph.nodeCount; node++) {
    centreLatitude += graph.nodeLatitude[node]!;
    centreLongitude += graph.nodeLongitude[node]!;
  }
  centreLatitude /= Math.max(1, graph.nodeCount);
  centreLongitude /= Math.max(1, graph.nodeCount);
  const xScale = METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos((centreLatitude * Math.PI) / 180);
  const project = (longitude: number, latitude: number): [number, number] => [
    (longitude - centreLongitude) * xScale,
    (latitude - centreLatitude) * METRES_PER_DEGREE_LATITUDE,
  ];
  const unproject = (x: number, y: number): [number, number] => [
    x / xScale + centreLongitude,
    y / METRES_PER_DEGREE_LATITUDE + centreLatitude,
  ];

  let segmentCount = 0;
  for (const edge of graph.edges) segmentCount += edge.coordinates.length - 1;
  const segmentEdge = new Int32Array(segmentCount);
  const segmentIndex = new Int32Array(segmentCount);
  /** Planar metres along the edge where each segment starts, and each edge's planar length. */
  const segmentStart = new Float64Array(segmentCount);
  const edgePlanarLength = new Float64Array(graph.edgeCount);
  const ends = new Float64Array(segmentCount * 4);
  const tree = new Flatbush(Math.max(1, segmentCount));
  let segment = 0;
  graph.edges.forEach((edge, edgeIndex) => {
    let along = 0;
    for (let index = 0; index + 1 < edge.coordinates.length; index++) {
      const [x0, y0] = project(edge.coordinates[index]![0], edge.coordinates[index]![1]);
      const [x1, y1] = project(edge.coordinates[index + 1]![0], edge.coordinates[index + 1]![1]);
      segmentEdge[segment] = edgeIndex;
      segmentIndex[segment] = index;
      segmentStart[segment] = along;
      ends.set([x0, y0, x1, y1], segment * 4);
      tree.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
      along += Math.hypot(x1 - x0, y1 - y0);
      segment++;
    }
    edgePlanarLength[edgeIndex] = along;
  });
  if (segmentCount === 0) tree.add(0, 0, 0, 0);
  tree.finish();

  /** Squared distance from (x, y) to a segment, and the parameter of the nearest point on it. */
  function nearestOnSegment(segment: number, x: number, y: number): { squared: number; t: number } {
    const x0 = ends[segment * 4]!;
    const y0 = ends[segment * 4 + 1]!;
    const dx = ends[segment * 4 + 2]! - x0;
    const dy = ends[segment * 4 + 3]! - y0;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
    const px = x0 + t * dx - x;
    const py = y0 + t * dy - y;
    return { squared: px * px + py * py, t };
  }

  /**
   * The nearest point on an edge the profile may use (in either direction), within
   * `maxDistanceMetres`; null when there is none.
   */
  function snap(longitude: number, latitude: number, profile: RoutingProfile, maxDistanceMetres: number): Snap | null {
    if (segmentCount === 0) return null;
    const { weight } = graph.weights(profile);
    const usable = (segment: number) => {
      const edge = segmentEdge[segment]!;
      return weight[2 * edge] !== Infinity || weight[2 * edge + 1] !== Infinity;
    };
    const [x, y] = project(longitude, latitude);
    // The nearest boxes first; the true nearest segment is within the best exact distance found
    // among them, so one box search of that radius settles it.
    let best = -1;
    let bestSquared = Infinity;
    let bestT = 0;
    const consider = (segment: number) => {
      const { squared, t } = nearestOnSegment(segment, x, y);
      if (squared < bestSquared) {
        bestSquared = squared;
        best = segment;
        bestT = t;
      }
    };
    for (const candidate of tree.neighbors(x, y, 8, maxDistanceMetres, usable)) consider(candidate);
    if (best < 0) return null;
    const radius = Math.sqrt(bestSquared);
    for (const candidate of tree.search(x - radius, y - radius, x + radius, y + radius, usable)) consider(candidate);
    if (bestSquared > maxDistanceMetres * maxDistanceMetres) return null;
    const edge = segmentEdge[best]!;
    const x0 = ends[best * 4]!;
    const y0 = ends[best * 4 + 1]!;
    const px = x0 + bestT * (ends[best * 4 + 2]! - x0);
    const py = y0 + bestT * (ends[best * 4 + 3]! - y0);
    const segmentLength = Math.hypot(ends[best * 4 + 2]! - x0, ends[best * 4 + 3]! - y0);
    const total = edgePlanarLength[edge]!;
    const fraction = total > 0 ? Math.min(1, (segmentStart[best]! + bestT * segmentLength) / total) : 0;
    return {
      edge,
      fraction,
      point: unproject(px, py),
      segment: segmentIndex[best]!,
      distanceMetres: Math.sqrt(bestSquared),
    };
  }

  return { snap };
}
export type EdgeIndex = ReturnType<typeof createEdgeIndex>;
