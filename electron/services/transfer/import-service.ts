import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectMapping, planImport, type ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import { detectFormat, readSource } from '../../../shared/codecs/import/read-source.js';
import { IMPORT_LIMITS, ImportError, type SourceTable } from '../../../shared/codecs/import/source-table.js';
import { importReasonMessages as reason } from '../../../shared/i18n/messages/transfer-reasons.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef, messageRef as ref } from '../../../shared/i18n/define-messages.js';
import { transferMessages } from '../../../shared/i18n/messages/transfer.js';
import type { ImportPreview, ImportResult, LayerPreview } from '../../../shared/api/transfer.js';
import type { ProjectStore } from '../../store/project-store.js';
import { readGeoPackageLayers } from '../../store/read-geopackage.js';
import { importStreamedFile, type StreamImportResult } from './stream-import.js';
import type { StreamedFormat } from './stream-read.js';
import { validatePlan } from './validate-plan.js';
import { writePlan, type LayerNote } from './write-plan.js';

export type { LayerNote } from './write-plan.js';

// Imports: read a source (any supported format) into tables, preview it with a detected column
// mapping, then write every accepted feature in one transaction, or nothing. Rows that cannot
// be imported are reported by position with the reason, rows imported with a change with what
// changed; the parts of a multi-part feature are kept together in a group.

const MAX_LISTED_PROBLEMS = 200;

const MAX_STAGED = 3;

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

export function createImportService(store: ProjectStore) {
  const staged = new Map<string, { fileName: string; tables: SourceTable[] }>();

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

  /** Writes all layers' accepted features in one transaction. */
  function write(layers: { table: SourceTable; mapping: ImportMapping }[]): ImportResult & { notes: LayerNote[] } {
    const result: ImportResult & { notes: LayerNote[] } = {
      added: { places: 0, quarters: 0, routes: 0 },
      groupsAdded: 0,
      skipped: [],
      repaired: [],
      notes: [],
    };
    const plans = layers.map(({ table, mapping }) => ({ table, plan: validatePlan(planImport(table, mapping)) }));
    const { primary } = store.contentLanguages.get();
    store.transaction(() => {
      for (const { table, plan } of plans) {
        writePlan(store, plan, primary, (records) => store.places.insertMany(records));
        result.added.places += plan.places.length;
        result.added.quarters += plan.quarters.length;
        result.added.routes += plan.routes.length;
        result.groupsAdded += plan.groups.length;
        result.skipped.push(...plan.problems.map((problem) => ({ ...problem, layer: table.layer })));
        result.repaired.push(...plan.repairs.map((repair) => ({ ...repair, layer: table.layer })));
        for (const note of [...table.notes, ...plan.notes]) result.notes.push({ layer: table.layer, note });
      }
      if (result.added.places) store.touch('places');
      if (result.added.quarters) store.touch('quarters');
      if (result.added.routes) store.touch('routes');
      if (result.groupsAdded) store.touch('cluster_groups');
    });
    return result;
  }

  return {
    async stage(fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
      const tables = await readImportSource(bytes, fileName).catch(toApiError);
      const importId = crypto.randomUUID();
      staged.set(importId, { fileName, tables });
      while (staged.size > MAX_STAGED) staged.delete(staged.keys().next().value as string);
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
    run(importId: string, layers: { layer: number; mapping: ImportMapping }[]): ImportResult {
      const tables = layers.map(({ layer, mapping }) => ({ table: layerOf(importId, layer), mapping }));
      const { notes: _notes, ...result } = write(tables);
      staged.delete(importId);
      return result;
    },
    discard(importId: string): void {
      staged.delete(importId);
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
      const result = write(
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
