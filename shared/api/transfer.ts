import { z } from 'zod';
import type { MessageRef } from '../i18n/define-messages.js';
import { ImportMappingSchema, type ImportMapping, type ImportProblem } from '../codecs/import/plan-import.js';
import { EXPORT_EXTRAS, EXPORT_FORMATS } from '../codecs/export/export-data.js';
import { PlaceFilterSchema } from '../filter/place-filter.js';

// Import and export over the API: the file travels as base64 (JSON over HTTP, structured clone
// over IPC), is staged and previewed, then imported with the mapping the user confirmed.

import { method } from './method.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
import { stagedFileSchema } from './staged-file.js';

export const StageImportSchema = stagedFileSchema({ command: 'import' });

const ImportIdSchema = z.string().uuid();

export const PlanImportSchema = z
  .object({ importId: ImportIdSchema, layer: z.number().int().min(0), mapping: ImportMappingSchema })
  .strict();

export const RunImportSchema = z
  .object({
    importId: ImportIdSchema,
    layers: z
      .array(z.object({ layer: z.number().int().min(0), mapping: ImportMappingSchema }).strict())
      .min(1, problem(m.chooseLayer)),
  })
  .strict();

export const DiscardImportSchema = z.object({ importId: ImportIdSchema }).strict();

/** The filter exports follow: the workspace's filter (shared/filter/place-filter.ts); empty means everything. */
export const ExportFilterSchema = PlaceFilterSchema.default({});
export type ExportFilter = z.infer<typeof ExportFilterSchema>;

export const ExportDataSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: problem(m.notExportFormat, { formats: EXPORT_FORMATS.join(', ') }) }),
    filter: ExportFilterSchema,
    csvGeometry: z.enum(['wkt', 'lonlat']).default('wkt'),
    csvFormulas: z.enum(['neutralise', 'keep']).default('neutralise'),
    /** GeoPackage only: also the street basemap and/or the walking and cycling network. */
    include: z.array(z.enum(EXPORT_EXTRAS)).max(EXPORT_EXTRAS.length).default([]),
  })
  .strict()
  .refine((request) => request.include.length === 0 || request.format === 'gpkg', {
    message: problem(m.extrasGeoPackageOnly),
    path: ['include'],
  });

export interface LayerPreview {
  index: number;
  name: string;
  /** How the file was read and what the import will do with it (heights dropped…), as messages. */
  notes: MessageRef[];
  columns: string[];
  rowCount: number;
  mapping: ImportMapping;
  sample: {
    position: number;
    properties: Record<string, unknown>;
    geometryType: string | null;
    problem?: MessageRef;
  }[];
  planned: { places: number; quarters: number; routes: number };
  /** Groups that will keep the parts of multi-part features together. */
  plannedGroups: number;
  problems: ImportProblem[];
  problemCount: number;
  /** Rows that will be imported with a change (a ring closed, a polygon repaired…). */
  repairs: ImportProblem[];
  repairCount: number;
}

export interface ImportPreview {
  importId: string;
  fileName: string;
  format: string;
  layers: LayerPreview[];
}

export interface ImportResult {
  added: { places: number; quarters: number; routes: number };
  /** Groups added to keep the parts of multi-part features together. */
  groupsAdded: number;
  /** Rows not imported, each with its position and reason. */
  skipped: (ImportProblem & { layer: string })[];
  /** Rows imported with a change, each with its position and what changed. */
  repaired: (ImportProblem & { layer: string })[];
}

export interface ExportResult {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  counts: { places: number; quarters: number; routes: number; links: number };
}

export const transferApi = {
  stageImport: method<typeof StageImportSchema, ImportPreview>('import:source:stage', StageImportSchema),
  planImport: method<typeof PlanImportSchema, LayerPreview>('import:layer:plan', PlanImportSchema),
  runImport: method<typeof RunImportSchema, ImportResult>('import:source:run', RunImportSchema),
  discardImport: method<typeof DiscardImportSchema, { importId: string }>('import:source:discard', DiscardImportSchema),
  exportData: method<typeof ExportDataSchema, ExportResult>('export:data:write', ExportDataSchema),
};
