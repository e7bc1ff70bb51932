import type { Position } from 'geojson';
import { polygonProblem, polygonsFoundValid } from '../geo/polygon-validity.js';
import { QuarterInputSchema } from './schemas.js';

// A fast path for QuarterInputSchema's geometry, for imports of areas of many vertices, where
// zod's check of every position (a tuple parse and a copy each) took longer than the polygon
// checks themselves. Like place-input-fast-path.ts it only says "valid as the schema would say"
// or "not sure": an area it is not sure about goes through the schema, so problems keep the
// schema's messages. The geometry is checked as PolygonSchema checks it (a Polygon of 1 to 1,000
// closed rings of at least four positions of two finite numbers in range, valid as GEOS judges
// it, which the import's planning found already when the rings are the same array); the other
// fields by the schema itself, without the geometry.

const MAX_RINGS = 1000;
const OtherFieldsSchema = QuarterInputSchema.omit({ geometry: true });

function plainPosition(position: unknown): boolean {
  if (!Array.isArray(position) || position.length !== 2) return false;
  const [x, y] = position as unknown[];
  return (
    typeof x === 'number' &&
    typeof y === 'number' &&
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    x >= -180 &&
    x <= 180 &&
    y >= -90 &&
    y <= 90
  );
}

function surelyValidPolygon(geometry: unknown): boolean {
  if (typeof geometry !== 'object' || geometry === null) return false;
  const keys = Object.keys(geometry);
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' || keys.length !== 2 || !Array.isArray(coordinates)) return false;
  if (coordinates.length < 1 || coordinates.length > MAX_RINGS) return false;
  for (const ring of coordinates as unknown[]) {
    if (!Array.isArray(ring) || ring.length < 4) return false;
    for (const position of ring) if (!plainPosition(position)) return false;
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) return false;
  }
  const rings = coordinates as Position[][];
  return polygonsFoundValid.has(rings) || polygonProblem(rings) === null;
}

/** The schema's output for a surely valid area (its geometry as given, not copied), else null. */
export function parseQuarterInputFastPath(input: Record<string, unknown>) {
  const { geometry, ...rest } = input;
  if (!surelyValidPolygon(geometry)) return null;
  const others = OtherFieldsSchema.safeParse(rest);
  return others.success
    ? { ...others.data, geometry: geometry as { type: 'Polygon'; coordinates: Position[][] } }
    : null;
}
