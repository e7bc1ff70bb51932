import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importRowMessages as row } from '../../i18n/messages/import-rows.js';
import { excerpt } from './source-table.js';

// Whether a GeoJSON-shaped geometry (as a file or a reader gives it) is well formed: a known
// type, coordinates nested as deep as the type says, positions of at least two finite numbers.
// Iterative with a depth limit: a hostile file nesting collections a million deep gets a reason,
// not a stack overflow.

export const MAX_NESTING = 32;

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);
const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

export const isGeometryType = (type: unknown): boolean => typeof type === 'string' && GEOMETRY_TYPES.has(type);

/**
 * The first problem of coordinates nested `level` deep (at most 3: the type says how deep), last
 * positions first. Nothing is allocated per position: a line may have a million.
 */
function coordinatesProblem(value: unknown, level: number): MessageRef | null {
  if (!Array.isArray(value)) return ref(row.coordinatesNotArrays);
  if (level === 0) {
    if (value.length < 2) return ref(row.positionNotNumbers);
    for (const number of value)
      if (typeof number !== 'number' || !Number.isFinite(number)) return ref(row.positionNotNumbers);
    return null;
  }
  for (let index = value.length - 1; index >= 0; index--) {
    const problem = coordinatesProblem(value[index], level - 1);
    if (problem) return problem;
  }
  return null;
}

/** Why a geometry is unusable, or null. */
export function geometryProblem(geometry: unknown): MessageRef | null {
  if (geometry === null || geometry === undefined) return ref(row.noGeometry);
  const stack: [unknown, number][] = [[geometry, 0]];
  while (stack.length > 0) {
    const [value, nesting] = stack.pop() as [unknown, number];
    if (nesting > MAX_NESTING) return ref(row.nestsTooDeeply, { depth: MAX_NESTING });
    if (typeof value !== 'object' || value === null) return ref(row.geometryNotObject);
    const { type, coordinates, geometries } = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
    if (!isGeometryType(type)) return ref(row.unknownGeometryType, { type: excerpt(String(JSON.stringify(type))) });
    if (type === 'GeometryCollection') {
      if (!Array.isArray(geometries)) return ref(row.collectionWithoutMembers);
      for (const member of geometries) stack.push([member, nesting + 1]);
      continue;
    }
    const problem = coordinatesProblem(coordinates, DEPTH[type as string] ?? 0);
    if (problem) return problem;
  }
  return null;
}

/** The first attribute whose value nests deeper than MAX_NESTING levels (objects, arrays), or null. */
export function tooDeepAttribute(properties: Record<string, unknown>): MessageRef | null {
  for (const [name, value] of Object.entries(properties)) {
    if (typeof value !== 'object' || value === null) continue;
    const stack: [unknown, number][] = [[value, 1]];
    while (stack.length > 0) {
      const [current, depth] = stack.pop() as [unknown, number];
      if (depth > MAX_NESTING) return ref(row.attributeTooDeep, { name: excerpt(name), depth: MAX_NESTING });
      if (typeof current !== 'object' || current === null) continue;
      for (const child of Object.values(current)) if (typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return null;
}
