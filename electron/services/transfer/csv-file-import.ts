import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import { ImportError } from '../../../shared/codecs/import/source-table.js';
import { detectEncoding, NotUtf8Error } from '../../../shared/codecs/import/text-decoding.js';
import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import type { ImportResult } from '../../../shared/api/transfer.js';
import type { PlacesBulkWriter, ProjectStore } from '../../store/project-store.js';
import { builtWorkerFile } from '../jobs/job-runner.js';
import type { CsvWorkerMessage, CsvWorkerRequest } from './csv-import-messages.js';
import { filePieces, readCsvForImport, RetypeNeeded, type CsvReadRequest } from './csv-import-reader.js';
import type { ValidPlan } from './validate-plan.js';
import { writeAreasRoutesGroups, writePlan, type LayerNote } from './write-plan.js';

// `itinera import` of a CSV file, streamed: read, parsed, planned, checked (csv-import-reader.ts)
// and written plan by plan in one transaction, so memory stays bounded whatever the file's size
// (only the new points' ids and positions are kept, for the RTree). A large file is read in a
// worker thread (csv-import-worker.ts) while this thread writes: two cores. The outcome is the
// one of reading the whole file first (readCsv, planImport, validatePlan): where that needs the
// whole file, the reading guesses and starts again, inside the same all-or-nothing promise, when
// the guess was wrong: a file that is not UTF-8 after all (then read as decodeText decides), and
// a column that looked numeric until a later row (then read with its final type).

/** Files from this size are read in a worker thread (below, starting one costs more than it saves). */
const WORKER_FROM_BYTES = 4 * 1024 * 1024;
/** Plans (a few hundred rows each) the reading worker may be ahead of the writing. */
const IN_FLIGHT = 16;
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

export interface CsvImportOptions {
  /** Tests: parse the text in pieces of this many characters. */
  pieceCharacters?: number;
  /** Leave the full-text index to be built from this many places (DEFER_SEARCH_INDEX_PLACES). */
  deferSearchIndexFrom?: number;
  /** Read in a worker thread (by default: files of WORKER_FROM_BYTES and more). */
  worker?: boolean;
}

export async function importCsvFile(
  store: ProjectStore,
  file: string,
  fileName: string,
  defaultCategory: ImportMapping['defaultCategory'],
  options: CsvImportOptions = {},
): Promise<CsvImportResult> {
  const request: CsvReadRequest = { file, fileName, defaultCategory, pieceCharacters: options.pieceCharacters };
  const inWorker = options.worker ?? fs.statSync(file).size >= WORKER_FROM_BYTES;
  for (;;) {
    try {
      return inWorker ? await importInWorker(store, request, options) : importHere(store, request, options);
    } catch (error) {
      if (error instanceof NotUtf8Error && !request.encoding) {
        request.encoding = detectEncoding(fileName, filePieces(file));
        request.textColumns = undefined;
      } else if (error instanceof RetypeNeeded && !request.textColumns) {
        request.textColumns = error.textColumns;
      } else throw error;
    }
  }
}

/** The answer, counted plan by plan. */
function createTally(fileName: string) {
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
  return {
    result,
    count(plan: Omit<ValidPlan, 'places'>, places: number): void {
      result.added.places += places;
      result.added.quarters += plan.quarters.length;
      result.added.routes += plan.routes.length;
      result.groupsAdded += plan.groups.length;
      for (const problem of plan.problems)
        if (result.skippedCount++ < MAX_LISTED) result.skipped.push({ ...problem, layer });
      for (const repair of plan.repairs)
        if (result.repairedCount++ < MAX_LISTED) result.repaired.push({ ...repair, layer });
    },
    /** Inside the transaction, once everything is written. */
    end(store: ProjectStore, notes: MessageRef[], bulk: PlacesBulkWriter | null, options: CsvImportOptions): void {
      const deferSearchIndex = result.added.places >= (options.deferSearchIndexFrom ?? DEFER_SEARCH_INDEX_PLACES);
      result.searchIndexPending = bulk?.finish({ deferSearchIndex }).searchIndexPending ?? false;
      for (const note of notes) result.notes.push({ layer, note });
      if (result.added.places) store.touch('places');
      if (result.added.quarters) store.touch('quarters');
      if (result.added.routes) store.touch('routes');
      if (result.groupsAdded) store.touch('cluster_groups');
    },
  };
}

/** A small file: read and written by this thread, places row by row below BULK_PLACES. */
function importHere(store: ProjectStore, request: CsvReadRequest, options: CsvImportOptions): CsvImportResult {
  const tally = createTally(request.fileName);
  const { primary } = store.contentLanguages.get();
  return store.transaction(() => {
    // Plans wait here until there are enough places for the bulk path (or the file ends).
    let waiting: ValidPlan[] = [];
    let waitingPlaces = 0;
    let bulk: PlacesBulkWriter | null = null;
    const write = (plan: ValidPlan) => {
      const writer = bulk;
      writePlan(store, plan, primary, (records) => (writer ? writer.add(records) : store.places.insertMany(records)));
    };
    try {
      const notes = readCsvForImport(request, (plan) => {
        tally.count(plan, plan.places.length);
        if (bulk) return write(plan);
        waiting.push(plan);
        waitingPlaces += plan.places.length;
        if (waitingPlaces < BULK_PLACES) return;
        bulk = store.places.bulkWriter();
        for (const plan of waiting) write(plan);
        waiting = [];
      });
      for (const plan of waiting) write(plan);
      tally.end(store, notes, bulk, options);
      return tally.result;
    } finally {
      (bulk as PlacesBulkWriter | null)?.close();
    }
  });
}

/** A large file: read by a worker thread while this one writes, every place through the bulk path. */
async function importInWorker(
  store: ProjectStore,
  request: CsvReadRequest,
  options: CsvImportOptions,
): Promise<CsvImportResult> {
  const tally = createTally(request.fileName);
  const { primary } = store.contentLanguages.get();
  return store.transactionAsync(async () => {
    const bulk = store.places.bulkWriter();
    try {
      const notes = await readInWorker({ ...request, primary }, (message) => {
        const { firstId, count } = bulk.addBatch(message.places);
        const groups = message.groups;
        writeAreasRoutesGroups(
          store,
          message.rest,
          primary,
          (index) => firstId + index,
          (index) => (groups && groups[index]! >= 0 ? groups[index] : undefined),
        );
        tally.count(message.rest, count);
      });
      tally.end(store, notes, bulk, options);
      return tally.result;
    } finally {
      bulk.close();
    }
  });
}

type PlanMessage = Extract<CsvWorkerMessage, { type: 'plan' }>;

function readInWorker(
  request: Omit<CsvWorkerRequest, 'written' | 'inFlight'>,
  onPlan: (message: PlanMessage) => void,
): Promise<MessageRef[]> {
  const written = new SharedArrayBuffer(4);
  const count = new Int32Array(written);
  const workerData: CsvWorkerRequest = { ...request, written, inFlight: IN_FLIGHT };
  // NOTE: a small young generation: what the reader holds at a time is a plan or two, and the
  // default (tens of MB, grown with the allocation rate) was a tenth of the import's memory.
  const worker = new Worker(builtWorkerFile('csv-import-worker.cjs'), {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    let notes: MessageRef[] | null = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    worker.on('message', (message: CsvWorkerMessage) => {
      if (settled || notes) return;
      try {
        if (message.type === 'plan') {
          onPlan(message);
          Atomics.add(count, 0, 1);
          Atomics.notify(count, 0);
        } else if (message.type === 'end') {
          // NOTE: answered once the worker has exited: its memory is given back before the
          // RTree is packed (the peak of the import otherwise).
          notes = message.notes;
        } else if (message.type === 'refused') fail(new ImportError(message.fileName, message.where, message.reason));
        else if (message.type === 'not-utf8') fail(new NotUtf8Error());
        else if (message.type === 'retype') fail(new RetypeNeeded(message.textColumns));
        else fail(new Error(`the CSV reading worker failed: ${message.message}`));
      } catch (error) {
        fail(error);
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (notes && !settled) {
        settled = true;
        resolve(notes);
      } else fail(new Error(`the CSV reading worker stopped (exit code ${code})`));
    });
  });
}
