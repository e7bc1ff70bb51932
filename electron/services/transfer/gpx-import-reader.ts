import { NotStreamable } from '../../../shared/codecs/import/geojson-stream.js';
import { gpxElementRow } from '../../../shared/codecs/import/gpx-element-row.js';
import { createGpxSplitter, type GpxElement } from '../../../shared/codecs/import/gpx-stream.js';
import { gpxLayer, readGpx } from '../../../shared/codecs/import/read-gpx.js';
import {
  createColumnTyper,
  createColumnCollector,
  IMPORT_LIMITS,
  isPlainNumber,
  tooManyFeatures,
} from '../../../shared/codecs/import/source-table.js';
import { htmlNote } from '../../../shared/codecs/import/togeojson-rows.js';
import {
  createBatches,
  readWholeForImport,
  textPieces,
  type ReadOutcome,
  type StreamReadRequest,
} from './stream-read.js';
import type { ValidPlan } from './validate-plan.js';

// The reading half of a streamed GPX import (stream-import.ts): the file is read twice, a
// megabyte at a time, cut into its waypoints, routes and tracks (gpx-stream.ts), each read as
// readGpx reads the whole file (gpx-element-row.ts). The first reading finds the columns and
// which of them are numeric (as readGpx decides over every row); the second plans and checks the
// rows in batches, handed on as they come. A file the pieces cannot be read from (a DOCTYPE, a
// prefixed root, broken markup) is read whole (readGpx), which says why it is refused.

/** Routes and tracks of more points than this are read point by point, not as one document. */
export const SCAN_POINTS_FROM = 50;

export function readGpxForImport(
  request: StreamReadRequest,
  onPlan: (plan: ValidPlan) => void,
  onPiece: () => void,
): ReadOutcome {
  const { fileName } = request;
  const split = (onElement: (element: GpxElement) => void, keepPositions: boolean) => {
    const splitter = createGpxSplitter(onElement, request.scanPointsFrom ?? SCAN_POINTS_FROM, keepPositions);
    for (const text of textPieces(request, onPiece)) splitter.push(text);
    splitter.end();
  };
  const collector = createColumnCollector(fileName);
  const text = new Set<string>(); // columns with a value that is not a plain number
  let count = 0;
  try {
    split((element) => {
      if (++count > IMPORT_LIMITS.maxRows) throw tooManyFeatures(fileName);
      for (const [column, value] of Object.entries(gpxElementRow(element, fileName, { html: 0 }, true).properties)) {
        collector.add(column);
        if (value !== '' && value !== undefined && value !== null && !isPlainNumber(value)) text.add(column);
      }
    }, false);
  } catch (error) {
    if (error instanceof NotStreamable) return readWholeForImport(request, onPlan, readGpx);
    throw error;
  }
  const columns = [...collector.columns];
  const layer = gpxLayer(fileName);
  const batches = createBatches({ layer, columns }, request);
  const typer = createColumnTyper(columns, text);
  const counter = { html: 0 };
  let position = 0;
  split((element) => {
    const row = { ...gpxElementRow(element, fileName, counter), position: ++position };
    typer.apply([row]);
    batches.add(row, onPlan);
  }, true);
  batches.flush(onPlan);
  return { notes: [...htmlNote(counter.html), ...batches.planner.notes()], layer };
}
