import { createCsvStream, type CsvLayout } from '../../../shared/codecs/import/csv-stream.js';
import { createImportPlanner, detectMapping, type ImportPlanner } from '../../../shared/codecs/import/plan-import.js';
import {
  createColumnTyper,
  IMPORT_LIMITS,
  tooManyFeatures,
  type ColumnTyper,
  type SourceRow,
} from '../../../shared/codecs/import/source-table.js';
import { createTextStreamDecoder } from '../../../shared/codecs/import/text-decoding.js';
import { filePieces, RetypeNeeded, type ReadOutcome, type StreamReadRequest } from './stream-read.js';
import { validatePlan, type ValidPlan } from './validate-plan.js';

// The reading half of a streamed CSV import (stream-import.ts): the file a megabyte at a time,
// decoded, parsed, typed, planned and checked, handed on plan by plan (a few hundred rows each).
// No SQLite: it runs in the importing thread for small files, in a worker thread for large ones
// (stream-import-worker.ts), while the importing thread writes.

/**
 * Reads the file, giving each checked plan to `onPlan` in file order; answers the layer's notes and name.
 * Throws the file's refusal (ImportError), NotUtf8Error or RetypeNeeded.
 */
export function readCsvForImport(
  request: StreamReadRequest,
  onPlan: (plan: ValidPlan) => void,
  onPiece: () => void,
): ReadOutcome {
  const { fileName, defaultCategory } = request;
  const layer = fileName.replace(/\.[^.]+$/, '');
  const state = {
    layout: null as CsvLayout | null,
    planner: null as ImportPlanner | null,
    typer: null as ColumnTyper | null,
    typedWrongly: false,
  };
  const onRows = (rows: SourceRow[]) => {
    const { planner, typer } = state;
    if (!planner || !typer) return;
    if (state.typedWrongly) return typer.observe(rows);
    // Too many rows: the file is refused at its end; nothing more is planned.
    if (csv.rowCount() > IMPORT_LIMITS.maxRows) return;
    if (!typer.apply(rows)) {
      if (request.textColumns) throw new Error('a column changed type although its type was known');
      state.typedWrongly = true;
      return;
    }
    onPlan(validatePlan(planner.planRows(rows)));
  };
  const decoder = createTextStreamDecoder(fileName, request.encoding);
  const csv = createCsvStream({
    fileName,
    encoding: () => decoder.encoding(),
    pieceCharacters: request.pieceCharacters,
    onLayout: (found) => {
      state.layout = found;
      state.typer = createColumnTyper(found.columns, new Set(request.textColumns));
      const mapping = { ...detectMapping(found.columns), defaultCategory };
      state.planner = createImportPlanner({ layer, columns: found.columns }, mapping);
    },
    onRows,
  });
  for (const piece of filePieces(request.file)) {
    csv.push(decoder.decode(piece));
    onPiece();
  }
  csv.push(decoder.end());
  csv.end();
  if (csv.rowCount() > IMPORT_LIMITS.maxRows) throw tooManyFeatures(fileName);
  if (state.typedWrongly) throw new RetypeNeeded([...state.typer!.textColumns()]);
  return { notes: [...(state.layout?.notes ?? []), ...(state.planner?.notes() ?? [])], layer };
}
