import crypto from 'node:crypto';
import { Worker } from 'node:worker_threads';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectMapping, type ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import { detectFormat } from '../../../shared/codecs/import/read-source.js';
import { IMPORT_LIMITS, ImportError, type SourceTable } from '../../../shared/codecs/import/source-table.js';
import { importReasonMessages as reason } from '../../../shared/i18n/messages/transfer-reasons.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef, messageRef as ref } from '../../../shared/i18n/define-messages.js';
import { transferMessages } from '../../../shared/i18n/messages/transfer.js';
import type { ImportPreview, ImportResult, LayerPreview } from '../../../shared/api/transfer.js';
import type { ProjectStore } from '../../store/project-store.js';
import { builtWorkerFile, type JobRunner } from '../jobs/job-runner.js';
import { previewLayer, previewTables, type PreviewRequest } from './import-preview.js';
import type { PreviewWorkerMessage } from './import-preview-worker.js';
import { readImportSource, writeImport } from './import-write.js';
import { importStreamedFile, type StreamImportResult } from './stream-import.js';
import type { StreamedFormat } from './stream-read.js';

export type { LayerNote } from './write-plan.js';

// Imports: read a source (any supported format) into tables, preview it with a detected column
// mapping, then write every accepted feature in one transaction, or nothing (the app's imports
// as a job, import-write.ts; the command line's streamed where the format allows). Rows that cannot
// be imported are reported by position with the reason, rows imported with a change with what
// changed; the parts of a multi-part feature are kept together in a group.

const MAX_STAGED = 3;

/** Files from this size are read for the preview in a worker thread (the app keeps answering). */
const PREVIEW_IN_WORKER_FROM_BYTES = 4 * 1024 * 1024;

/** A large staged file's preview, read in a worker thread (import-preview-worker.ts). */
function previewInWorker(request: PreviewRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(builtWorkerFile('import-preview-worker.cjs'), { workerData: request });
    let answered = false;
    worker.once('message', (message: PreviewWorkerMessage) => {
      answered = true;
      if (message.type === 'done') resolve(message.answer);
      else if (message.type === 'refused') reject(new ApiError('invalid-input', message.detail, 'file'));
      else reject(new Error(`the import preview worker failed: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the import preview worker stopped (exit code ${code})`));
    });
  });
}

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
export function createImportService(
  store: ProjectStore,
  runner?: () => JobRunner,
  options: { previewInWorkerFrom?: number } = {},
) {
  const workerFrom = options.previewInWorkerFrom ?? PREVIEW_IN_WORKER_FROM_BYTES;
  // Each staged import keeps a private copy of the file (for the job and a large file's previews),
  // and the tables of a small file (its previews are computed here).
  const staged = new Map<string, { fileName: string; file: string; layers: number; tables: SourceTable[] | null }>();
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

  function checkLayer(importId: string, index: number) {
    const entry = stagedImport(importId);
    if (index >= entry.layers)
      throw new ApiError('invalid-input', messageRef(transferMessages.noSuchLayer, { index }), 'layer');
    return entry;
  }

  return {
    async stage(fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
      const importId = crypto.randomUUID();
      folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-imports-'));
      const file = path.join(folder, importId);
      fs.writeFileSync(file, bytes, { mode: 0o600 });
      let tables: SourceTable[] | null = null;
      let preview: { format: string; layers: LayerPreview[] };
      try {
        if (bytes.length < workerFrom) {
          tables = await readImportSource(bytes, fileName).catch(toApiError);
          preview = previewTables(tables);
        } else preview = (await previewInWorker({ file, fileName })) as typeof preview;
      } catch (error) {
        fs.rmSync(file, { force: true });
        throw error;
      }
      staged.set(importId, { fileName, file, layers: preview.layers.length, tables });
      while (staged.size > MAX_STAGED) forget(staged.keys().next().value as string);
      return { importId, fileName, ...preview };
    },
    async plan(importId: string, layer: number, mapping: ImportMapping): Promise<LayerPreview> {
      const { tables, file, fileName } = checkLayer(importId, layer);
      if (tables) return previewLayer(tables[layer] as SourceTable, layer, mapping);
      return (await previewInWorker({ file, fileName, layer: { index: layer, mapping } })) as LayerPreview;
    },
    /**
     * Writes the chosen layers as a job (job-worker.ts): the app keeps answering meanwhile, and
     * discarding the import cancels it (nothing is written). Answers once the job has ended.
     */
    async run(importId: string, layers: { layer: number; mapping: ImportMapping }[]): Promise<ImportResult> {
      const entry = stagedImport(importId);
      for (const { layer } of layers) checkLayer(importId, layer);
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
