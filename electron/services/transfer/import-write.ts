import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planImport, type ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import { detectFormat, readSource } from '../../../shared/codecs/import/read-source.js';
import type { SourceTable } from '../../../shared/codecs/import/source-table.js';
import type { ImportResult } from '../../../shared/api/transfer.js';
import type { ProjectStore } from '../../store/project-store.js';
import { readGeoPackageLayers } from '../../store/read-geopackage.js';
import { validatePlan } from './validate-plan.js';
import { writePlan, type LayerNote } from './write-plan.js';

// The writing half of the app's import (the dialog's "Import"): a staged file read again, each
// chosen layer planned with the mapping the user confirmed, everything written in one
// transaction or nothing. It runs in a job's worker thread with its own connection (job-worker.ts),
// so the app keeps answering while it writes, and stops at its next check once cancelled.

/** What the import job is given: the staged copy of the file, and the layers with their mappings. */
export interface FileImportJobInput {
  file: string;
  /** The name the user knows the file by: messages name this one. */
  fileName: string;
  layers: { layer: number; mapping: ImportMapping }[];
}

export interface ImportHooks {
  /** Throws once the job is cancelled (the transaction then rolls back). */
  checkCancelled?: () => void;
  onProgress?: (phase: 'reading-file' | 'planning' | 'writing', done: number, total: number) => void;
  /**
   * Whether the job may be stopped at once (it has written nothing): on while it reads and plans,
   * off before its transaction; throws when a cancel came first.
   */
  interruptible?: (on: boolean) => void;
}

/** Reads a file the user chose (bytes in memory) into source tables. */
export async function readImportSource(bytes: Uint8Array, fileName: string): Promise<SourceTable[]> {
  if (bytes.length > 0 && detectFormat(bytes, fileName) === 'geopackage') {
    // SQLite reads files, not buffers: stage the bytes in a private temporary file.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-import-'));
    const file = path.join(dir, 'source.gpkg');
    try {
      fs.writeFileSync(file, bytes);
      return readGeoPackageLayers(file, fileName);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return readSource(bytes, fileName);
}

/** Whether a staged file is a GeoPackage (by its first bytes, then its name). */
function isGeoPackage(file: string, fileName: string): boolean {
  const head = Buffer.alloc(100);
  const handle = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(handle, head, 0, head.length, 0);
    return read > 0 && detectFormat(head.subarray(0, read), fileName) === 'geopackage';
  } catch {
    return false;
  } finally {
    fs.closeSync(handle);
  }
}

/** Places written between two checks for a cancel. */
const WRITE_SLICE = 5000;

/** Writes all layers' accepted features in one transaction. */
export function writeImport(
  store: ProjectStore,
  layers: { table: SourceTable; mapping: ImportMapping }[],
  hooks: ImportHooks = {},
): ImportResult & { notes: LayerNote[] } {
  const result: ImportResult & { notes: LayerNote[] } = {
    added: { places: 0, quarters: 0, routes: 0 },
    groupsAdded: 0,
    skipped: [],
    repaired: [],
    notes: [],
  };
  const plans = layers.map(({ table, mapping }, index) => {
    hooks.checkCancelled?.();
    hooks.onProgress?.('planning', index, layers.length);
    return { table, plan: validatePlan(planImport(table, mapping)) };
  });
  const total = plans.reduce(
    (sum, { plan }) => sum + plan.places.length + plan.quarters.length + plan.routes.length,
    0,
  );
  let done = 0;
  const { primary } = store.contentLanguages.get();
  hooks.interruptible?.(false);
  store.transaction(() => {
    for (const { table, plan } of plans) {
      hooks.checkCancelled?.();
      hooks.onProgress?.('writing', done, total);
      // Places in slices: a large layer can be cancelled, and shows its progress, while it is written.
      writePlan(store, plan, primary, (records) => {
        const ids: number[] = [];
        for (let start = 0; start < records.length; start += WRITE_SLICE) {
          hooks.checkCancelled?.();
          hooks.onProgress?.('writing', done + start, total);
          ids.push(...store.places.insertMany(records.slice(start, start + WRITE_SLICE)));
        }
        return ids;
      });
      done += plan.places.length + plan.quarters.length + plan.routes.length;
      result.added.places += plan.places.length;
      result.added.quarters += plan.quarters.length;
      result.added.routes += plan.routes.length;
      result.groupsAdded += plan.groups.length;
      result.skipped.push(...plan.problems.map((problem) => ({ ...problem, layer: table.layer })));
      result.repaired.push(...plan.repairs.map((repair) => ({ ...repair, layer: table.layer })));
      for (const note of [...table.notes, ...plan.notes]) result.notes.push({ layer: table.layer, note });
    }
    hooks.checkCancelled?.();
    if (result.added.places) store.touch('places');
    if (result.added.quarters) store.touch('quarters');
    if (result.added.routes) store.touch('routes');
    if (result.groupsAdded) store.touch('cluster_groups');
  });
  hooks.onProgress?.('writing', total, total);
  return result;
}

/** The import job: reads the staged file again and writes the chosen layers (job-worker.ts). */
export async function runFileImport(
  store: ProjectStore,
  input: FileImportJobInput,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  // Reading and planning write nothing: a cancel may stop the job at once (job-runner.ts), and
  // nothing of it is left behind (a GeoPackage is read where it is staged, not copied again).
  hooks.interruptible?.(true);
  hooks.checkCancelled?.();
  hooks.onProgress?.('reading-file', 0, 1);
  const tables = isGeoPackage(input.file, input.fileName)
    ? readGeoPackageLayers(input.file, input.fileName)
    : await readImportSource(fs.readFileSync(input.file), input.fileName);
  hooks.checkCancelled?.();
  const layers = input.layers.map(({ layer, mapping }) => ({ table: tables[layer] as SourceTable, mapping }));
  const { notes: _notes, ...result } = writeImport(store, layers, hooks);
  return result;
}
