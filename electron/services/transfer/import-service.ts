import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectMapping, planImport, type ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import { detectFormat } from '../../../shared/codecs/import/read-source.js';
import { IMPORT_LIMITS, ImportError, type SourceTable } from '../../../shared/codecs/import/source-table.js';
import { importReasonMessages as reason } from '../../../shared/i18n/messages/transfer-reasons.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef, messageRef as ref } from '../../../shared/i18n/define-messages.js';
import { transferMessages } from '../../../shared/i18n/messages/transfer.js';
import type { ImportPreview, ImportResult, LayerPreview } from '../../../shared/api/transfer.js';
import type { ProjectStore } from '../../store/project-store.js';
import type { JobRunner } from '../jobs/job-runner.js';
import { readImportSource, writeImport } from './import-write.js';
import { importStreamedFile, type StreamImportResult } from './stream-import.js';
import type { StreamedFormat } from './stream-read.js';
import { validatePlan } from './validate-plan.js';

export type { LayerNote } from './write-plan.js';

// Imports: read a source (any supported format) into tables, preview it with a detected column
// mapping, then write every accepted feature in one transaction, or nothing (the app's imports
// as a job, import-write.ts; the command line's streamed where the format allows). Rows that cannot
// be imported are reported by position with the reason, rows imported with a change with what
// changed; the parts of a multi-part feature are kept together in a group.

const MAX_LISTED_PROBLEMS = 200;

const MAX_STAGED = 3;

/** A CSV, GeoJSON or GPX file (by content, then name), which the streamed readers take. */
function streamedFormat(head: Uint8Array, fileName: string): StreamedFormat | null {
  try {
    const format = detectFormat(head, fileName);
    return format === 'csv' || format === 'geojson' || format === 'gpx' ? format : null;
  } catch {
    return null;
  }
}

function toApiError(error: unknown): never {
  // A file that cannot be read is refused with its name, where in it, and why.
  if (error instanceof ImportError) throw new ApiError('invalid-input', error.detail, 'file');
  throw error;
}

/**
 * `runner` runs the app's imports as jobs (the writing in a worker thread with its own
 * connection); without one (the command line's `importFile`), `run` is not available.
 */
export function createImportService(store: ProjectStore, runner?: () => JobRunner) {
  // Each staged import keeps its tables (for the preview) and a private copy of the file (for the job).
  const staged = new Map<string, { fileName: string; tables: SourceTable[]; file: string }>();
  const running = new Map<string, string>();
  let folder: string | null = null;

  function forget(importId: string): void {
    const entry = staged.get(importId);
    staged.delete(importId);
    if (entry) fs.rmSync(entry.file, { force: true });
  }

  function stagedImport(importId: string) {
    const entry = staged.get(importId);
    if (!entry) throw new ApiError('not-found', messageRef(transferMessages.notStaged), 'importId');
    return entry;
  }

  function layerOf(importId: string, index: number): SourceTable {
    const table = stagedImport(importId).tables[index];
    if (!table) throw new ApiError('invalid-input', messageRef(transferMessages.noSuchLayer, { index }), 'layer');
    return table;
  }

  function previewLayer(table: SourceTable, index: number, mapping: ImportMapping): LayerPreview {
    const plan = validatePlan(planImport(table, mapping));
    return {
      index,
      name: table.layer,
      notes: [...table.notes, ...plan.notes],
      columns: table.columns,
      rowCount: table.rows.length,
      mapping,
      sample: table.rows.slice(0, 8).map((row) => ({
        position: row.position,
        properties: row.properties,
        geometryType: row.geometry?.type ?? null,
        ...(row.problem ? { problem: row.problem } : {}),
      })),
      planned: { places: plan.places.length, quarters: plan.quarters.length, routes: plan.routes.length },
      plannedGroups: plan.groups.length,
      problems: plan.problems.slice(0, MAX_LISTED_PROBLEMS),
      problemCount: plan.problems.length,
      repairs: plan.repairs.slice(0, MAX_LISTED_PROBLEMS),
      repairCount: plan.repairs.length,
    };
  }

  return {
    async stage(fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
      const tables = await readImportSource(bytes, fileName).catch(toApiError);
      const importId = crypto.randomUUID();
      folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-imports-'));
      const file = path.join(folder, importId);
      fs.writeFileSync(file, bytes, { mode: 0o600 });
      staged.set(importId, { fileName, tables, file });
      while (staged.size > MAX_STAGED) forget(staged.keys().next().value as string);
      return {
        importId,
        fileName,
        format: tables[0]?.format ?? 'unknown',
        layers: tables.map((table, index) => previewLayer(table, index, detectMapping(table.columns))),
      };
    },
    plan(importId: string, layer: number, mapping: ImportMapping): LayerPreview {
      return previewLayer(layerOf(importId, layer), layer, mapping);
    },
    /**
     * Writes the chosen layers as a job (job-worker.ts): the app keeps answering meanwhile, and
     * discarding the import cancels it (nothing is written). Answers once the job has ended.
     */
    async run(importId: string, layers: { layer: number; mapping: ImportMapping }[]): Promise<ImportResult> {
      const entry = stagedImport(importId);
      for (const { layer } of layers) layerOf(importId, layer);
      if (running.has(importId) || !runner) throw new ApiError('conflict', messageRef(transferMessages.importRunning));
      // The staged copy is the job's until it ends; then it is removed.
      staged.delete(importId);
      const job = runner().startFileImport(
        store.file,
        { file: entry.file, fileName: entry.fileName, layers },
        { onEnd: () => fs.rmSync(entry.file, { force: true }) },
      );
      running.set(importId, job.jobId);
      try {
        const ended = await runner().wait(job.jobId);
        if (ended.state === 'done') return ended.result as ImportResult;
        if (ended.state === 'cancelled')
          throw new ApiError('conflict', messageRef(transferMessages.importCancelled, { fileName: entry.fileName }));
        const error = ended.error ?? { code: 'internal', message: messageRef(transferMessages.importFailed) };
        throw new ApiError(error.code as ApiError['code'], error.message);
      } finally {
        running.delete(importId);
      }
    },
    /** Lets a staged import go; one being written is cancelled (the file stays as it was). */
    discard(importId: string): void {
      const jobId = running.get(importId);
      if (jobId) runner?.().cancel(jobId);
      else forget(importId);
    },
    /** The CLI's path: read, map every layer with the detected mapping, write. CSV, GeoJSON and GPX stream. */
    async importFile(file: string, defaultCategory: ImportMapping['defaultCategory']): Promise<StreamImportResult> {
      const fileName = path.basename(file);
      const cannotRead = (error: unknown) =>
        new ApiError(
          'invalid-input',
          messageRef(transferMessages.cannotRead, {
            file,
            reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
          }),
          'file',
        );
      let head: Uint8Array;
      let size: number;
      try {
        const handle = fs.openSync(file, 'r');
        try {
          size = fs.fstatSync(handle).size;
          head = Buffer.alloc(Math.min(size, 512));
          fs.readSync(handle, head, 0, head.length, 0);
        } finally {
          fs.closeSync(handle);
        }
      } catch (error) {
        throw cannotRead(error);
      }
      if (size > IMPORT_LIMITS.maxFileBytes)
        toApiError(
          new ImportError(
            fileName,
            null,
            ref(reason.tooLarge, { megabytes: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 }),
          ),
        );
      const streamed = size > 0 ? streamedFormat(head, fileName) : null;
      if (streamed) {
        try {
          return await importStreamedFile(store, streamed, file, fileName, defaultCategory);
        } catch (error) {
          return toApiError(error);
        }
      }
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        throw cannotRead(error);
      }
      const tables = await readImportSource(bytes, fileName).catch(toApiError);
      const result = writeImport(
        store,
        tables.map((table) => ({ table, mapping: { ...detectMapping(table.columns), defaultCategory } })),
      );
      return {
        ...result,
        skippedCount: result.skipped.length,
        repairedCount: result.repaired.length,
        searchIndexPending: false,
      };
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
