// A fast stand-in for the geodesic distance over short ranges: a local flat approximation of the
// WGS84 ellipsoid (the idea of Mapbox's cheap-ruler), with the east-west scale taken at the mean
// latitude of the two points. Used to sort out the clear cases (far inside or far outside a
// radius) before the exact, slower geodesic decides the rest; never reported as a distance.

const A = 6_378_137; // WGS84 semi-major axis, metres
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RADIANS = Math.PI / 180;

/** Valid range: within this distance of a centre no nearer the poles than LOCAL_MAX_LATITUDE. */
export const LOCAL_MAX_METRES = 10_000;
export const LOCAL_MAX_LATITUDE = 80;
/**
 * |approximate − geodesic| ≤ LOCAL_RELATIVE_ERROR × geodesic + LOCAL_ABSOLUTE_ERROR in the valid
 * range. Measured errors there stay below 1e-5 (tests/unit/spatial/local-distance.test.ts); the
 * bound is a hundred times that, so callers can trust it to decide without the exact distance.
 */
export const LOCAL_RELATIVE_ERROR = 1e-3;
export const LOCAL_ABSOLUTE_ERROR = 0.01;

/** The scale factors of the approximation around one latitude. */
export interface LocalScale {
  /** Metres per degree of longitude, divided by the cosine of the latitude. */
  kx: number;
  /** Metres per degree of latitude. */
  ky: number;
  cosine: number;
  sine: number;
}

export function localScale(latitude: number): LocalScale {
  const cosine = Math.cos(latitude * RADIANS);
  const sine = Math.sin(latitude * RADIANS);
  const w2 = 1 / (1 - E2 * sine * sine);
  const w = Math.sqrt(w2);
  return { kx: RADIANS * A * w, ky: RADIANS * A * w * w2 * (1 - E2), cosine, sine };
}

/**
 * Approximate distance (metres) between a centre (whose localScale is `scale`) and a point
 * `dLongitude`, `dLatitude` degrees away. A plain function so hot loops get it inlined.
 */
export function localDistance(scale: LocalScale, dLongitude: number, dLatitude: number): number {
  let dx = dLongitude;
  if (dx > 180) dx -= 360;
  else if (dx < -180) dx += 360;
  // cos(φ + δ) ≈ cos φ − δ sin φ − δ²/2 cos φ, δ half the latitude difference (radians).
  const half = (dLatitude * RADIANS) / 2;
  const cosineMean = scale.cosine - half * scale.sine - ((half * half) / 2) * scale.cosine;
  const x = dx * scale.kx * cosineMean;
  const y = dLatitude * scale.ky;
  return Math.sqrt(x * x + y * y);
}

/** Whether the approximation is valid for a centre at `latitude` and distances up to `withinMetres`. */
export function localDistanceApplies(latitude: number, withinMetres: number): boolean {
  return Math.abs(latitude) <= LOCAL_MAX_LATITUDE && withinMetres <= LOCAL_MAX_METRES;
}

/** Approximate distances (metres) from one centre; null where the approximation is not valid. */
export function createLocalDistance(
  longitude: number,
  latitude: number,
  withinMetres: number,
): ((toLongitude: number, toLatitude: number) => number) | null {
  if (!localDistanceApplies(latitude, withinMetres)) return null;
  const scale = localScale(latitude);
  return (toLongitude, toLatitude) => localDistance(scale, toLongitude - longitude, toLatitude - latitude);
}
