import type { Feature, Geometry } from 'geojson';
import { decodeText } from './text-decoding.js';
import { collectColumns, ImportError, type SourceRow, type SourceTable } from './source-table.js';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

function lineAndColumn(text: string, position: number): MessageRef {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return ref(where.lineAndColumn, { line: String(line), column: String(position - before.lastIndexOf('\n')) });
}

/** Checks the shape of a GeoJSON geometry; returns why it is unusable, or null. */
export function geometryProblem(geometry: unknown): string | null {
  if (geometry === null || geometry === undefined) return 'the feature has no geometry';
  if (typeof geometry !== 'object') return 'the geometry is not an object';
  const { type, coordinates, geometries } = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) return `unknown geometry type ${JSON.stringify(type)}`;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(geometries)) return 'a GeometryCollection needs "geometries"';
    for (const member of geometries) {
      const problem = geometryProblem(member);
      if (problem) return problem;
    }
    return null;
  }
  const depth = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[type] ?? 0;
  const check = (value: unknown, level: number): string | null => {
    if (!Array.isArray(value)) return 'coordinates are not arrays';
    if (level === 0) {
      if (value.length < 2 || value.some((number) => typeof number !== 'number' || !Number.isFinite(number))) {
        return 'a position needs two finite numbers';
      }
      return null;
    }
    for (const child of value) {
      const problem = check(child, level - 1);
      if (problem) return problem;
    }
    return null;
  };
  return check(coordinates, depth);
}

/** Node 20 names the unexpected token and a snippet around it instead of a position: find it. */
function tokenPosition(text: string, message: string): string | undefined {
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const snippet = /"(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(message)?.[1];
  if (!token || !snippet) return undefined;
  const start = text.indexOf(snippet);
  if (start < 0) return undefined;
  const offset = snippet.indexOf(token);
  return String(start + Math.max(offset, 0));
}

export function readGeoJson(bytes: Uint8Array, fileName: string): SourceTable {
  const { text } = decodeText(bytes, fileName);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1] ?? tokenPosition(text, message);
    const at = position
      ? lineAndColumn(text, Number(position))
      : text.trim().length === 0
        ? null
        : ref(where.endOfFile, { line: String(text.split('\n').length) });
    throw new ImportError(
      fileName,
      at,
      ref(reason.jsonInvalid, { detail: message.replace(/ in JSON at position \d+.*$/, '') }),
    );
  }
  const root = data as { type?: unknown; features?: unknown; name?: unknown };
  let features: unknown[];
  if (root?.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new ImportError(fileName, null, ref(reason.featuresArray));
    features = root.features;
  } else if (root?.type === 'Feature') {
    features = [root];
  } else if (typeof root?.type === 'string' && GEOMETRY_TYPES.has(root.type)) {
    features = [{ type: 'Feature', properties: {}, geometry: root }];
  } else {
    throw new ImportError(fileName, null, ref(reason.notGeoJson));
  }
  const rows: SourceRow[] = features.map((item, index) => {
    const feature = item as Partial<Feature>;
    const properties =
      feature && typeof feature.properties === 'object' && feature.properties !== null ? { ...feature.properties } : {};
    if (feature?.id !== undefined && properties.id === undefined) properties.id = feature.id;
    const problem = geometryProblem(feature?.geometry);
    return problem
      ? { position: index + 1, properties, geometry: null, problem }
      : { position: index + 1, properties, geometry: feature.geometry as Geometry };
  });
  return {
    format: 'geojson',
    layer: typeof root.name === 'string' ? root.name : fileName.replace(/\.[^.]+$/, ''),
    columns: collectColumns(rows),
    rows,
    notes: [],
  };
}
