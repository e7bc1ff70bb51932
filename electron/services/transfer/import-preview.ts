import fs from 'node:fs';
import { detectMapping, planImport, type ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import type { SourceTable } from '../../../shared/codecs/import/source-table.js';
import type { LayerPreview } from '../../../shared/api/transfer.js';
import { readImportSource } from './import-write.js';
import { validatePlan } from './validate-plan.js';

// What the import dialog shows of a layer: its columns, a sample of rows, and what the mapping
// would import (counts, problems, repairs). Computed where the file is read: in the app's process
// for a small file, in a worker thread for a large one (import-preview-worker.ts).

const MAX_LISTED_PROBLEMS = 200;

export function previewLayer(table: SourceTable, index: number, mapping: ImportMapping): LayerPreview {
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

/** Every layer of the tables, each with its detected mapping. */
export function previewTables(tables: SourceTable[]): { format: string; layers: LayerPreview[] } {
  return {
    format: tables[0]?.format ?? 'unknown',
    layers: tables.map((table, index) => previewLayer(table, index, detectMapping(table.columns))),
  };
}

/** What the preview worker is asked: every layer of a staged file, or one layer with a mapping. */
export interface PreviewRequest {
  file: string;
  fileName: string;
  layer?: { index: number; mapping: ImportMapping };
}

export type PreviewAnswer = { format: string; layers: LayerPreview[] } | LayerPreview;

export async function previewStagedFile(request: PreviewRequest): Promise<PreviewAnswer> {
  const tables = await readImportSource(fs.readFileSync(request.file), request.fileName);
  if (!request.layer) return previewTables(tables);
  return previewLayer(tables[request.layer.index] as SourceTable, request.layer.index, request.layer.mapping);
}
