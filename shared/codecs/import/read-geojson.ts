import type { Feature, Geometry } from 'geojson';
import { decodeText } from './text-decoding.js';
import { geometryProblem, isGeometryType, tooDeepAttribute } from './geometry-shape.js';
import { findJsonError } from './json-error.js';
import { collectColumns, excerpt, ImportError, type SourceRow, type SourceTable } from './source-table.js';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

function lineAndColumn(text: string, position: number): MessageRef {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return ref(where.lineAndColumn, { line: String(line), column: String(position - before.lastIndexOf('\n')) });
}

/** What was found where the JSON breaks, readable in a message (control characters by code). */
function shown(found: string): string {
  const code = found.codePointAt(0) ?? 0;
  if (found.length <= 2 && (code < 0x20 || code === 0x7f))
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return found.startsWith('"') ? excerpt(found, 42) : `"${excerpt(found, 40)}"`;
}

function syntaxError(text: string, fileName: string, error: Error): ImportError {
  const found = findJsonError(text);
  if (found?.found === null)
    return new ImportError(
      fileName,
      text.trim().length === 0 ? null : lineAndColumn(text, text.trimEnd().length),
      ref(reason.jsonEndsEarly),
    );
  if (found)
    return new ImportError(
      fileName,
      lineAndColumn(text, found.offset),
      ref(reason.jsonUnexpected, { found: shown(found.found) }),
    );
  // JSON.parse refused what the grammar allows (an engine limit): its own words, shortened.
  return new ImportError(fileName, null, ref(reason.jsonInvalid, { detail: excerpt(error.message, 120) }));
}

/** One element of a FeatureCollection's features as a row (`position` counts from 1). */
export function featureRow(item: unknown, position: number): SourceRow {
  const feature = item as Partial<Feature>;
  const properties =
    feature && typeof feature.properties === 'object' && feature.properties !== null ? { ...feature.properties } : {};
  if (feature?.id !== undefined && properties.id === undefined) properties.id = feature.id;
  // A value nested too deep is not kept (it could not even be written as text).
  const tooDeep = tooDeepAttribute(properties);
  if (tooDeep) return { position, properties: {}, geometry: null, problem: tooDeep };
  const problem = geometryProblem(feature?.geometry);
  return problem
    ? { position, properties, geometry: null, problem }
    : { position, properties, geometry: feature.geometry as Geometry };
}

/** The layer's name: the collection's `name`, else the file's. */
export function geoJsonLayer(name: unknown, fileName: string): string {
  return typeof name === 'string' ? excerpt(name, 200) : fileName.replace(/\.[^.]+$/, '');
}

export function readGeoJson(bytes: Uint8Array, fileName: string): SourceTable {
  const { text } = decodeText(bytes, fileName);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw syntaxError(text, fileName, error as Error);
  }
  const root = data as { type?: unknown; features?: unknown; name?: unknown };
  let features: unknown[];
  if (root?.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new ImportError(fileName, null, ref(reason.featuresArray));
    features = root.features;
  } else if (root?.type === 'Feature') {
    features = [root];
  } else if (isGeometryType(root?.type)) {
    features = [{ type: 'Feature', properties: {}, geometry: root }];
  } else {
    throw new ImportError(fileName, null, ref(reason.notGeoJson));
  }
  const rows: SourceRow[] = features.map((item, index) => featureRow(item, index + 1));
  return {
    format: 'geojson',
    layer: geoJsonLayer(root.name, fileName),
    columns: collectColumns(rows, fileName),
    rows,
    notes: [],
  };
}
