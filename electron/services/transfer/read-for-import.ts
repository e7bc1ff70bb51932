import { readCsvForImport } from './csv-import-reader.js';
import { readGeoJsonForImport } from './geojson-import-reader.js';
import { readGpxForImport } from './gpx-import-reader.js';
import type { ReadOutcome, StreamReadRequest } from './stream-read.js';
import type { ValidPlan } from './validate-plan.js';

/**
 * Reads a CSV, GeoJSON or GPX file in pieces, giving each checked plan to `onPlan` in file order;
 * `onPiece` is called after each piece of the file is read (the reading worker's heap budget).
 */
export function readForImport(
  request: StreamReadRequest,
  onPlan: (plan: ValidPlan) => void,
  onPiece: () => void = () => undefined,
): ReadOutcome {
  if (request.format === 'geojson') return readGeoJsonForImport(request, onPlan, onPiece);
  if (request.format === 'gpx') return readGpxForImport(request, onPlan, onPiece);
  return readCsvForImport(request, onPlan, onPiece);
}
