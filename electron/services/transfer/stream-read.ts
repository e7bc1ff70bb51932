import fs from 'node:fs';
import { createImportPlanner, detectMapping, type ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import type { Geometry } from 'geojson';
import type { SourceRow, SourceTable } from '../../../shared/codecs/import/source-table.js';
import { createTextStreamDecoder, type DecodedText } from '../../../shared/codecs/import/text-decoding.js';
import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import { validatePlan, type ValidPlan } from './validate-plan.js';

// What the streamed readers (csv-import-reader.ts, geojson-import-reader.ts, gpx-import-reader.ts)
// share: the request, the outcome, the file read a megabyte at a time.

const PIECE_BYTES = 1024 * 1024;
/** Rows planned and checked together (GeoJSON, GPX): at most this many... */
const BATCH_ROWS = 256;
/** ...and, once over this many positions, fewer (a plan of long lines is as large as many points). */
const BATCH_POSITIONS = 20_000;

/** How many positions a geometry has (a point one). */
function positionCount(geometry: Geometry | null): number {
  if (!geometry) return 0;
  if (geometry.type === 'GeometryCollection')
    return geometry.geometries.reduce((sum, part) => sum + positionCount(part), 0);
  if (geometry.type === 'Point') return 1;
  let count = 0;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') count++;
    else for (const item of value) visit(item);
  };
  visit(geometry.coordinates);
  return count;
}

/** The formats read in pieces by `itinera import` (the others are read whole). */
export type StreamedFormat = 'csv' | 'geojson' | 'gpx';

export interface StreamReadRequest {
  format: StreamedFormat;
  file: string;
  fileName: string;
  defaultCategory: ImportMapping['defaultCategory'];
  /** Known after a first reading found the file is not UTF-8 (detectEncoding). */
  encoding?: DecodedText['encoding'];
  /** CSV: known after a first reading found a column that looked numeric turn to text. */
  textColumns?: string[];
  /** Tests: parse the text in pieces of this many characters. */
  pieceCharacters?: number;
  /** Tests: GPX routes and tracks of more points than this are read point by point. */
  scanPointsFrom?: number;
}

export interface ReadOutcome {
  /** Facts about how the file was read, as messages. */
  notes: MessageRef[];
  /** The layer's name (skipped and changed rows are listed under it). */
  layer: string;
  /** The file could not be read in pieces and was read whole (to say where and why it is refused). */
  readWhole?: true;
}

/** The reading was typed wrongly (a column turned to text late): read again with these as text. */
export class RetypeNeeded extends Error {
  constructor(readonly textColumns: string[]) {
    super('retype');
    this.name = 'RetypeNeeded';
  }
}

export function* filePieces(file: string, pieceBytes = PIECE_BYTES): Generator<Uint8Array> {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(pieceBytes);
    for (;;) {
      const length = fs.readSync(handle, buffer, 0, pieceBytes, null);
      if (length === 0) return;
      yield buffer.subarray(0, length);
    }
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * The file's text in pieces (decoded as `request.encoding` says, UTF-8 unless known otherwise);
 * `onPiece` is called after each piece of the file.
 */
export function* textPieces(request: StreamReadRequest, onPiece: () => void = () => undefined): Generator<string> {
  const decoder = createTextStreamDecoder(request.fileName, request.encoding);
  const size = request.pieceCharacters;
  const split = function* (text: string) {
    if (!size) yield text;
    else for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
  };
  for (const piece of filePieces(request.file)) {
    yield* split(decoder.decode(piece));
    onPiece();
  }
  yield* split(decoder.end());
}

/**
 * A file the streamed reader cannot read in pieces (a single Feature, a DOCTYPE, broken text):
 * read whole by `read`, as before streaming, so a refusal says where and why the same way.
 */
export function readWholeForImport(
  request: StreamReadRequest,
  onPlan: (plan: ValidPlan) => void,
  read: (bytes: Uint8Array, fileName: string) => SourceTable,
): ReadOutcome {
  const table = read(fs.readFileSync(request.file), request.fileName);
  const batches = createBatches(table, request);
  for (const row of table.rows) batches.add(row, onPlan);
  batches.flush(onPlan);
  return { notes: [...table.notes, ...batches.planner.notes()], layer: table.layer, readWhole: true };
}

/** Rows planned and checked in batches, handed to `onPlan`. */
export function createBatches(table: Pick<SourceTable, 'layer' | 'columns'>, request: StreamReadRequest) {
  const mapping = { ...detectMapping(table.columns), defaultCategory: request.defaultCategory };
  const planner = createImportPlanner(table, mapping);
  let batch: SourceRow[] = [];
  let positions = 0;
  return {
    planner,
    add(row: SourceRow, onPlan: (plan: ValidPlan) => void) {
      batch.push(row);
      positions += positionCount(row.geometry);
      if (batch.length >= BATCH_ROWS || positions >= BATCH_POSITIONS) this.flush(onPlan);
    },
    flush(onPlan: (plan: ValidPlan) => void) {
      if (batch.length > 0) onPlan(validatePlan(planner.planRows(batch)));
      batch = [];
      positions = 0;
    },
  };
}
