import fs from 'node:fs';
import { NotStreamable } from '../../../shared/codecs/import/geojson-stream.js';
import { gpxElementRow } from '../../../shared/codecs/import/gpx-element-row.js';
import { createGpxSplitter, type GpxElement } from '../../../shared/codecs/import/gpx-stream.js';
import { gpxLayer, readGpx } from '../../../shared/codecs/import/read-gpx.js';
import {
  createColumnTyper,
  IMPORT_LIMITS,
  ImportError,
  isPlainNumber,
} from '../../../shared/codecs/import/source-table.js';
import { htmlNote } from '../../../shared/codecs/import/togeojson-rows.js';
import { messageRef as ref } from '../../../shared/i18n/define-messages.js';
import { importReasonMessages as reason } from '../../../shared/i18n/messages/transfer-reasons.js';
import { createBatches, textPieces, type ReadOutcome, type StreamReadRequest } from './stream-read.js';
import type { ValidPlan } from './validate-plan.js';

// The reading half of a streamed GPX import (stream-import.ts): the file is read twice, a
// megabyte at a time, cut into its waypoints, routes and tracks (gpx-stream.ts), each read as
// readGpx reads the whole file (gpx-element-row.ts). The first reading finds the columns and
// which of them are numeric (as readGpx decides over every row); the second plans and checks the
// rows in batches, handed on as they come. A file the pieces cannot be read from (a DOCTYPE, a
// prefixed root, broken markup) is read whole (readGpx), which says why it is refused.

/** Routes and tracks of more points than this are read point by point, not as one document. */
export const SCAN_POINTS_FROM = 50;

export function readGpxForImport(request: StreamReadRequest, onPlan: (plan: ValidPlan) => void): ReadOutcome {
  const { fileName } = request;
  const split = (onElement: (element: GpxElement) => void) => {
    const splitter = createGpxSplitter(onElement, request.scanPointsFrom ?? SCAN_POINTS_FROM);
    for (const text of textPieces(request)) splitter.push(text);
    splitter.end();
  };
  const columns = new Set<string>();
  const text = new Set<string>(); // columns with a value that is not a plain number
  let count = 0;
  try {
    split((element) => {
      if (++count > IMPORT_LIMITS.maxRows)
        throw new ImportError(fileName, null, ref(reason.tooManyFeatures, { maximum: IMPORT_LIMITS.maxRows }));
      for (const [column, value] of Object.entries(gpxElementRow(element, fileName, { html: 0 }, true).properties)) {
        columns.add(column);
        if (columns.size > IMPORT_LIMITS.maxColumns)
          throw new ImportError(fileName, null, ref(reason.tooManyColumns, { maximum: IMPORT_LIMITS.maxColumns }));
        if (value !== '' && value !== undefined && value !== null && !isPlainNumber(value)) text.add(column);
      }
    });
  } catch (error) {
    if (error instanceof NotStreamable) return readWhole(request, onPlan);
    throw error;
  }
  const layer = gpxLayer(fileName);
  const batches = createBatches({ layer, columns: [...columns] }, request);
  const typer = createColumnTyper([...columns], text);
  const counter = { html: 0 };
  let position = 0;
  split((element) => {
    const row = { ...gpxElementRow(element, fileName, counter), position: ++position };
    typer.apply([row]);
    batches.add(row, onPlan);
  });
  batches.flush(onPlan);
  return { notes: [...htmlNote(counter.html), ...batches.planner.notes()], layer };
}

/** A file the pieces cannot be read from: read whole (the refusal says where it breaks). */
function readWhole(request: StreamReadRequest, onPlan: (plan: ValidPlan) => void): ReadOutcome {
  const table = readGpx(fs.readFileSync(request.file), request.fileName);
  const batches = createBatches(table, request);
  for (const row of table.rows) batches.add(row, onPlan);
  batches.flush(onPlan);
  return { notes: [...table.notes, ...batches.planner.notes()], layer: table.layer, readWhole: true };
}
