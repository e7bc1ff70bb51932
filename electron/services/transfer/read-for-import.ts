import { readCsvForImport } from './csv-import-reader.js';
import { readGeoJsonForImport } from './geojson-import-reader.js';
import { readGpxForImport } from './gpx-import-reader.js';
import type { ReadOutcome, StreamReadRequest } from './stream-read.js';
import type { ValidPlan } from './validate-plan.js';

/** Reads a CSV, GeoJSON or GPX file in pieces, giving each checked plan to `onPlan` in file order. */
export function readForImport(request: StreamReadRequest, onPlan: (plan: ValidPlan) => void): ReadOutcome {
  if (request.format === 'geojson') return readGeoJsonForImport(request, onPlan);
  if (request.format === 'gpx') return readGpxForImport(request, onPlan);
  return readCsvForImport(request, onPlan);
}
