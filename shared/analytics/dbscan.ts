import KDBush from 'kdbush';

// DBSCAN (Ester et al. 1996) with distances in metres on a sphere (haversine), exactly as
// scikit-learn's `DBSCAN(eps=metres / EARTH_RADIUS_METRES, min_samples, metric='haversine')`
// labels points given as radians [latitude, longitude]: a point is a core point when at least
// `minPoints` points (itself included) lie within eps; clusters grow from the core points in the
// order of the points, so a border point reachable from two clusters joins the one started
// first; the rest is noise (-1). Neighbours come from a k-d tree (kdbush) asked for a box that
// surely holds each circle; the test compares as scikit-learn's ball tree does, on the squared
// haversine sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2) against sin²(ε/2). NOTE: the box does not wrap
// around the antimeridian (±180°): no creative quarter straddles it.

/** The mean Earth radius (IUGG), the sphere of the haversine distance. */
export const EARTH_RADIUS_METRES = 6_371_008.8;
const RADIANS = Math.PI / 180;

export interface DbscanResult {
  /** Per point: its cluster (0…, in the order clusters were started) or -1 for noise. */
  labels: Int32Array;
  clusters: number;
  core: Uint8Array;
}

export function dbscan(
  longitudes: ArrayLike<number>,
  latitudes: ArrayLike<number>,
  epsMetres: number,
  minPoints: number,
): DbscanResult {
  const count = longitudes.length;
  const labels = new Int32Array(count).fill(-1);
  const core = new Uint8Array(count);
  if (count === 0) return { labels, clusters: 0, core };
  const tree = new KDBush(count);
  for (let index = 0; index < count; index++) tree.add(longitudes[index]!, latitudes[index]!);
  tree.finish();
  const epsRadians = epsMetres / EARTH_RADIUS_METRES;
  const limit = Math.sin(epsRadians / 2) ** 2;
  const epsDegrees = epsRadians / RADIANS;
  const phi = Float64Array.from({ length: count }, (_, index) => latitudes[index]! * RADIANS);
  const lambda = Float64Array.from({ length: count }, (_, index) => longitudes[index]! * RADIANS);
  const cosPhi = phi.map(Math.cos);

  /** Calls `visit` for each point within eps of `index` (itself included). */
  const neighbours = (index: number, visit: (other: number) => void) => {
    const latitude = latitudes[index]!;
    const longitude = longitudes[index]!;
    const reach = Math.abs(latitude) + epsDegrees;
    // A point within angular distance ε differs by at most ε in latitude and by at most
    // asin(sin ε / cos φ) in longitude (here bounded from above, with a margin for rounding).
    const deltaLongitude = reach >= 89.9 ? 360 : (1.0001 * epsDegrees) / Math.cos(reach * RADIANS) + 1e-9;
    const deltaLatitude = epsDegrees * 1.0001 + 1e-9;
    const found = tree.range(
      longitude - deltaLongitude,
      latitude - deltaLatitude,
      longitude + deltaLongitude,
      latitude + deltaLatitude,
    );
    const p1 = phi[index]!;
    const l1 = lambda[index]!;
    const c1 = cosPhi[index]!;
    for (const other of found) {
      const a = Math.sin(0.5 * (p1 - phi[other]!));
      const b = Math.sin(0.5 * (l1 - lambda[other]!));
      if (a * a + c1 * cosPhi[other]! * b * b <= limit) visit(other);
    }
  };

  for (let index = 0; index < count; index++) {
    let found = 0;
    neighbours(index, () => found++);
    if (found >= minPoints) core[index] = 1;
  }
  let clusters = 0;
  const stack: number[] = [];
  for (let start = 0; start < count; start++) {
    if (labels[start] !== -1 || !core[start]) continue;
    labels[start] = clusters;
    stack.push(start);
    while (stack.length > 0) {
      const point = stack.pop()!;
      neighbours(point, (other) => {
        if (labels[other] !== -1) return;
        labels[other] = clusters;
        if (core[other]) stack.push(other);
      });
    }
    clusters++;
  }
  return { labels, clusters, core };
}
