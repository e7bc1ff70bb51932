import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import { ImportError } from '../../../shared/codecs/import/source-table.js';
import { detectEncoding, NotUtf8Error } from '../../../shared/codecs/import/text-decoding.js';
import type { ImportResult } from '../../../shared/api/transfer.js';
import type { PlacesBulkWriter, ProjectStore } from '../../store/project-store.js';
import { builtWorkerFile } from '../jobs/job-runner.js';
import { readForImport } from './read-for-import.js';
import type { StreamWorkerMessage, StreamWorkerRequest } from './stream-import-messages.js';
import {
  filePieces,
  RetypeNeeded,
  type ReadOutcome,
  type StreamedFormat,
  type StreamReadRequest,
} from './stream-read.js';
import type { ValidPlan } from './validate-plan.js';
import { writeAreasRoutesGroups, writePlan, type LayerNote, type PlanRest } from './write-plan.js';

// `itinera import` of a CSV, GeoJSON or GPX file, streamed: read, parsed, planned, checked
// (read-for-import.ts) and written plan by plan in one transaction, so memory stays bounded
// whatever the file's size (only the new points' ids and positions are kept, for the RTree). A
// large file is read in a worker thread (stream-import-worker.ts) while this thread writes. The outcome is the
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

export type StreamImportResult = ImportResult & {
  notes: LayerNote[];
  skippedCount: number;
  repairedCount: number;
  /** The full-text index is left to be built (search-index.ts): the caller starts that. */
  searchIndexPending: boolean;
};

export interface StreamImportOptions {
  /** Tests: parse the text in pieces of this many characters. */
  pieceCharacters?: number;
  /** Tests: GPX routes and tracks of more points than this are read point by point. */
  scanPointsFrom?: number;
  /** Leave the full-text index to be built from this many places (DEFER_SEARCH_INDEX_PLACES). */
  deferSearchIndexFrom?: number;
  /** Read in a worker thread (by default: files of WORKER_FROM_BYTES and more). */
  worker?: boolean;
}

export async function importStreamedFile(
  store: ProjectStore,
  format: StreamedFormat,
  file: string,
  fileName: string,
  defaultCategory: ImportMapping['defaultCategory'],
  options: StreamImportOptions = {},
): Promise<StreamImportResult> {
  const request: StreamReadRequest = {
    format,
    file,
    fileName,
    defaultCategory,
    pieceCharacters: options.pieceCharacters,
    scanPointsFrom: options.scanPointsFrom,
  };
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
function createTally() {
  const result: StreamImportResult = {
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
    count(plan: PlanRest, places: number): void {
      result.added.places += places;
      result.added.quarters += plan.quarters.length;
      result.added.routes += plan.routes.length;
      result.groupsAdded += plan.groups.length;
      for (const problem of plan.problems)
        if (result.skippedCount++ < MAX_LISTED) result.skipped.push({ ...problem, layer: '' });
      for (const repair of plan.repairs)
        if (result.repairedCount++ < MAX_LISTED) result.repaired.push({ ...repair, layer: '' });
    },
    /** Inside the transaction, once everything is written. */
    end(store: ProjectStore, read: ReadOutcome, bulk: PlacesBulkWriter | null, options: StreamImportOptions): void {
      const { layer, notes } = read;
      // The layer's name is known once the file is read (a GeoJSON's `name` may follow its features).
      for (const entry of [...result.skipped, ...result.repaired]) entry.layer = layer;
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
function importHere(store: ProjectStore, request: StreamReadRequest, options: StreamImportOptions): StreamImportResult {
  const tally = createTally();
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
      const read = readForImport(request, (plan) => {
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
      tally.end(store, read, bulk, options);
      return tally.result;
    } finally {
      (bulk as PlacesBulkWriter | null)?.close();
    }
  });
}

/** A large file: read by a worker thread while this one writes, every place through the bulk path. */
async function importInWorker(
  store: ProjectStore,
  request: StreamReadRequest,
  options: StreamImportOptions,
): Promise<StreamImportResult> {
  const tally = createTally();
  const { primary } = store.contentLanguages.get();
  return store.transactionAsync(async () => {
    const bulk = store.places.bulkWriter();
    try {
      const read = await readInWorker({ ...request, primary }, (message) => {
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
      tally.end(store, read, bulk, options);
      return tally.result;
    } finally {
      bulk.close();
    }
  });
}

type PlanMessage = Extract<StreamWorkerMessage, { type: 'plan' }>;

function readInWorker(
  request: Omit<StreamWorkerRequest, 'written' | 'inFlight'>,
  onPlan: (message: PlanMessage) => void,
): Promise<ReadOutcome> {
  const written = new SharedArrayBuffer(4);
  const count = new Int32Array(written);
  const workerData: StreamWorkerRequest = { ...request, written, inFlight: IN_FLIGHT };
  // NOTE: a small young generation: what the reader holds at a time is a plan or two, and the
  // default (tens of MB, grown with the allocation rate) was a tenth of the import's memory.
  const worker = new Worker(builtWorkerFile('stream-import-worker.cjs'), {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    let outcome: ReadOutcome | null = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    worker.on('message', (message: StreamWorkerMessage) => {
      if (settled || outcome) return;
      try {
        if (message.type === 'plan') {
          onPlan(message);
          Atomics.add(count, 0, 1);
          Atomics.notify(count, 0);
        } else if (message.type === 'end') {
          // NOTE: answered once the worker has exited: its memory is given back before the
          // RTree is packed (the peak of the import otherwise).
          const { type: _end, ...read } = message;
          outcome = read;
        } else if (message.type === 'refused') fail(new ImportError(message.fileName, message.where, message.reason));
        else if (message.type === 'not-utf8') fail(new NotUtf8Error());
        else if (message.type === 'retype') fail(new RetypeNeeded(message.textColumns));
        else fail(new Error(`the reading worker failed: ${message.message}`));
      } catch (error) {
        fail(error);
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (outcome && !settled) {
        settled = true;
        resolve(outcome);
      } else fail(new Error(`the reading worker stopped (exit code ${code})`));
    });
  });
}
