import fs from 'node:fs';
import { createGeoJsonSplitter, memberTexts, NotStreamable } from '../../../shared/codecs/import/geojson-stream.js';
import { featureRow, geoJsonLayer, readGeoJson } from '../../../shared/codecs/import/read-geojson.js';
import { createColumnCollector, IMPORT_LIMITS, tooManyFeatures } from '../../../shared/codecs/import/source-table.js';
import {
  createBatches,
  readWholeForImport,
  textPieces,
  type ReadOutcome,
  type StreamReadRequest,
} from './stream-read.js';
import type { ValidPlan } from './validate-plan.js';

// The reading half of a streamed GeoJSON import (stream-import.ts): the file is read twice, a
// megabyte at a time, split into its features' texts (geojson-stream.ts) and each parsed on its
// own. The first reading finds the columns (every feature's properties, as readGeoJson does) and
// the layer's name; the second plans and checks the features in batches, handed on as they
// come. Memory holds a batch, not the file. A file that is not a FeatureCollection object, or is
// broken, is read whole (readGeoJson), which says where it breaks.

/** Features from this size are read for their properties and id only in the first reading. */
const LARGE_FEATURE = 2048;
const FIRST_READING = new Set(['properties', 'id']);

/** What the first reading needs of a feature: its properties and id (a large one's geometry is skipped). */
function firstReading(text: string): unknown {
  if (text.length < LARGE_FEATURE) return parsed(text);
  const members = memberTexts(text, FIRST_READING);
  if (!members) return parsed(text);
  const feature: Record<string, unknown> = {};
  for (const [name, value] of members) feature[name] = parsed(value);
  return feature;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Where and why is found by reading the whole file (readGeoJson).
    throw new NotStreamable('a feature is not valid JSON');
  }
}

export function readGeoJsonForImport(
  request: StreamReadRequest,
  onPlan: (plan: ValidPlan) => void,
  onPiece: () => void,
): ReadOutcome {
  const { fileName } = request;
  const split = (onFeature: (text: string) => void) => {
    const splitter = createGeoJsonSplitter(onFeature);
    for (const text of textPieces(request, onPiece)) splitter.push(text);
    return splitter.end();
  };
  const columns = createColumnCollector(fileName);
  let count = 0;
  let layer: string;
  try {
    const members = split((text) => {
      if (++count > IMPORT_LIMITS.maxRows) throw tooManyFeatures(fileName);
      for (const column of Object.keys(featureRow(firstReading(text), count).properties)) columns.add(column);
    });
    if (members.type !== 'FeatureCollection') throw new NotStreamable('not a FeatureCollection');
    layer = geoJsonLayer(members.name, fileName);
  } catch (error) {
    if (error instanceof NotStreamable) return readWholeForImport(request, onPlan, readGeoJson);
    throw error;
  }
  const batches = createBatches({ layer, columns: [...columns.columns] }, request);
  let position = 0;
  try {
    split((text) => batches.add(featureRow(parsed(text), ++position), onPlan));
  } catch (error) {
    // A geometry the first reading skipped is broken: the whole-file reading says where.
    if (error instanceof NotStreamable) readGeoJson(fs.readFileSync(request.file), fileName);
    throw error;
  }
  batches.flush(onPlan);
  return { notes: batches.planner.notes(), layer };
}
