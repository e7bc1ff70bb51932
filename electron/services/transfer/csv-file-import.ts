import fs from 'node:fs';
import { createCsvStream, type CsvLayout } from '../../../shared/codecs/import/csv-stream.js';
import {
  createImportPlanner,
  detectMapping,
  type ImportMapping,
  type ImportPlanner,
} from '../../../shared/codecs/import/plan-import.js';
import {
  createColumnTyper,
  IMPORT_LIMITS,
  ImportError,
  type ColumnTyper,
  type SourceRow,
} from '../../../shared/codecs/import/source-table.js';
import {
  createTextStreamDecoder,
  detectEncoding,
  NotUtf8Error,
  type DecodedText,
} from '../../../shared/codecs/import/text-decoding.js';
import { messageRef as ref } from '../../../shared/i18n/define-messages.js';
import { importReasonMessages as reason } from '../../../shared/i18n/messages/transfer-reasons.js';
import type { ImportResult } from '../../../shared/api/transfer.js';
import type { PlacesBulkWriter, ProjectStore } from '../../store/project-store.js';
import { validatePlan, type ValidPlan } from './validate-plan.js';
import { writePlan, type LayerNote } from './write-plan.js';

// `itinera import` of a CSV file, streamed: the file is read a megabyte at a time, parsed, planned,
// checked and written in one transaction as it goes, so memory stays bounded whatever the file's
// size (only the new points' ids and positions are kept, for the RTree). The outcome is the one
// of reading the whole file first (readCsv, planImport, validatePlan): where that needs the whole
// file, the reading guesses and starts again, inside the same all-or-nothing promise, when the
// guess was wrong: a file that is not UTF-8 after all (then read as decodeText decides), and a
// column that looked numeric until a later row (then read with its final type).

const PIECE_BYTES = 1024 * 1024;
/** Places written one by one (index triggers kept) below this count, as insertMany does. */
const BULK_PLACES = 1000;
/** Skipped and changed rows listed in the answer (all are counted). */
const MAX_LISTED = 1000;

/** Imports of this many places leave the full-text index to be built after the commit. */
export const DEFER_SEARCH_INDEX_PLACES = 100_000;

export type CsvImportResult = ImportResult & {
  notes: LayerNote[];
  skippedCount: number;
  repairedCount: number;
  /** The full-text index is left to be built (search-index.ts): the caller starts that. */
  searchIndexPending: boolean;
};

/** The reading was typed wrongly: start again with these columns as text. */
class RetypeNeeded extends Error {
  constructor(readonly textColumns: Set<string>) {
    super('retype');
  }
}

function* pieces(file: string): Generator<Uint8Array> {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    for (;;) {
      const length = fs.readSync(handle, buffer, 0, PIECE_BYTES, null);
      if (length === 0) return;
      yield buffer.subarray(0, length);
    }
  } finally {
    fs.closeSync(handle);
  }
}

export interface CsvImportOptions {
  /** Tests: parse the text in pieces of this many characters. */
  pieceCharacters?: number;
  /** Leave the full-text index to be built from this many places (DEFER_SEARCH_INDEX_PLACES). */
  deferSearchIndexFrom?: number;
}

interface Attempt {
  encoding?: DecodedText['encoding'];
  textColumns?: Set<string>;
}

export function importCsvFile(
  store: ProjectStore,
  file: string,
  fileName: string,
  defaultCategory: ImportMapping['defaultCategory'],
  options: CsvImportOptions = {},
): CsvImportResult {
  const attempt: Attempt = {};
  for (;;) {
    try {
      return importOnce(store, file, fileName, defaultCategory, attempt, options);
    } catch (error) {
      if (error instanceof NotUtf8Error && !attempt.encoding) {
        attempt.encoding = detectEncoding(fileName, pieces(file));
        attempt.textColumns = undefined;
      } else if (error instanceof RetypeNeeded && !attempt.textColumns) {
        attempt.textColumns = error.textColumns;
      } else throw error;
    }
  }
}

function importOnce(
  store: ProjectStore,
  file: string,
  fileName: string,
  defaultCategory: ImportMapping['defaultCategory'],
  attempt: Attempt,
  options: CsvImportOptions,
): CsvImportResult {
  const layer = fileName.replace(/\.[^.]+$/, '');
  const result: CsvImportResult = {
    added: { places: 0, quarters: 0, routes: 0 },
    groupsAdded: 0,
    skipped: [],
    repaired: [],
    notes: [],
    skippedCount: 0,
    repairedCount: 0,
    searchIndexPending: false,
  };
  const { primary } = store.contentLanguages.get();
  return store.transaction(() => {
    const state = {
      layout: null as CsvLayout | null,
      planner: null as ImportPlanner | null,
      typer: null as ColumnTyper | null,
      typedWrongly: false,
      // Plans wait here until there are enough places for the bulk path (or the file ends).
      waiting: [] as ValidPlan[],
      waitingPlaces: 0,
      bulk: null as PlacesBulkWriter | null,
    };
    const write = (plan: ValidPlan) => {
      const bulk = state.bulk;
      writePlan(store, plan, primary, (records) => (bulk ? bulk.add(records) : store.places.insertMany(records)));
    };
    const onRows = (rows: SourceRow[]) => {
      const { planner, typer } = state;
      if (!planner || !typer) return;
      if (state.typedWrongly) return typer.observe(rows);
      // Too many rows: the file is refused at its end; nothing more is planned.
      if (csv.rowCount() > IMPORT_LIMITS.maxRows) return;
      if (!typer.apply(rows)) {
        if (attempt.textColumns) throw new Error('a column changed type although its type was known');
        state.typedWrongly = true;
        return;
      }
      const plan = validatePlan(planner.planRows(rows));
      result.added.places += plan.places.length;
      result.added.quarters += plan.quarters.length;
      result.added.routes += plan.routes.length;
      result.groupsAdded += plan.groups.length;
      for (const problem of plan.problems)
        if (result.skippedCount++ < MAX_LISTED) result.skipped.push({ ...problem, layer });
      for (const repair of plan.repairs)
        if (result.repairedCount++ < MAX_LISTED) result.repaired.push({ ...repair, layer });
      if (state.bulk) return write(plan);
      state.waiting.push(plan);
      state.waitingPlaces += plan.places.length;
      if (state.waitingPlaces < BULK_PLACES) return;
      state.bulk = store.places.bulkWriter();
      for (const waiting of state.waiting) write(waiting);
      state.waiting = [];
    };
    const decoder = createTextStreamDecoder(fileName, attempt.encoding);
    const csv = createCsvStream({
      fileName,
      encoding: () => decoder.encoding(),
      pieceCharacters: options.pieceCharacters,
      onLayout: (found) => {
        state.layout = found;
        state.typer = createColumnTyper(found.columns, attempt.textColumns);
        const mapping = { ...detectMapping(found.columns), defaultCategory };
        state.planner = createImportPlanner({ layer, columns: found.columns }, mapping);
      },
      onRows,
    });
    try {
      for (const piece of pieces(file)) csv.push(decoder.decode(piece));
      csv.push(decoder.end());
      csv.end();
      if (csv.rowCount() > IMPORT_LIMITS.maxRows)
        throw new ImportError(fileName, null, ref(reason.tooManyFeatures, { maximum: IMPORT_LIMITS.maxRows }));
      if (state.typedWrongly) throw new RetypeNeeded(state.typer!.textColumns());
      for (const waiting of state.waiting) write(waiting);
      const deferSearchIndex = result.added.places >= (options.deferSearchIndexFrom ?? DEFER_SEARCH_INDEX_PLACES);
      result.searchIndexPending = state.bulk?.finish({ deferSearchIndex }).searchIndexPending ?? false;
    } finally {
      state.bulk?.close();
    }
    for (const note of [...(state.layout?.notes ?? []), ...(state.planner?.notes() ?? [])])
      result.notes.push({ layer, note });
    if (result.added.places) store.touch('places');
    if (result.added.quarters) store.touch('quarters');
    if (result.added.routes) store.touch('routes');
    if (result.groupsAdded) store.touch('cluster_groups');
    return result;
  });
}
