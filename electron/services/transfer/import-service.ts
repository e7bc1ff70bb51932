import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  detectMapping,
  planImport,
  type ImportMapping,
  type ImportPlan,
} from '../../../shared/codecs/import/plan-import.js';
import { detectFormat, readSource } from '../../../shared/codecs/import/read-source.js';
import { ImportError, type SourceTable } from '../../../shared/codecs/import/source-table.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { transferMessages } from '../../../shared/i18n/messages/transfer.js';
import { issueText } from '../../../shared/i18n/validation.js';
import type { ImportPreview, ImportResult, LayerPreview } from '../../../shared/api/transfer.js';
import { parsePlaceInputFastPath } from '../../../shared/model/place-input-fast-path.js';
import { PlaceInputSchema, QuarterInputSchema, type Translations } from '../../../shared/model/schemas.js';
import type { PlaceRecord, ProjectStore } from '../../store/project-store.js';
import { readGeoPackageLayers } from '../../store/read-geopackage.js';

// Imports: read a source (any supported format) into tables, preview it with a detected column
// mapping, then write every accepted feature in one transaction, or nothing. Rows that cannot
// be imported are reported by position with the reason.

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

/** A plan whose places passed the same schema as an edit (parsed once, written as parsed). */
interface ValidPlan extends Omit<ImportPlan, 'places'> {
  places: PlaceRecord[];
}

function validatePlan(plan: ImportPlan): ValidPlan {
  const checked: ValidPlan = { places: [], quarters: [], routes: plan.routes, problems: [...plan.problems] };
  for (const place of plan.places) {
    // Most rows are surely valid: the fast path says so without zod; the rest meet the schema.
    const fast = parsePlaceInputFastPath(place, 'position');
    if (fast) {
      checked.places.push(fast);
      continue;
    }
    const { position: _position, ...input } = place;
    const result = PlaceInputSchema.safeParse(input);
    if (result.success) checked.places.push(result.data);
    else {
      const issue = result.error.issues[0];
      checked.problems.push({
        position: place.position,
        message: issueText(issue),
      });
    }
  }
  for (const quarter of plan.quarters) {
    const result = QuarterInputSchema.safeParse({
      name: quarter.name,
      description: quarter.description,
      geometry: quarter.geometry,
      translations: quarter.translations,
    });
    if (result.success) checked.quarters.push(quarter);
    else {
      const issue = result.error.issues[0];
      checked.problems.push({ position: quarter.position, message: issueText(issue) });
    }
  }
  checked.problems.sort((a, b) => a.position - b.position);
  return checked;
}

/**
 * Translations without those in the project's primary language that repeat the feature's own
 * texts (an export writes `name:<primary>` beside `name`, so a round trip would store them twice).
 */
function withoutPrimaryCopy<Feature extends { name: string; description: string; translations?: Translations }>(
  feature: Feature,
  primary: string | null,
): Feature {
  const copy = primary === null ? undefined : feature.translations?.[primary];
  if (!copy || copy.name !== feature.name || (copy.description !== '' && copy.description !== feature.description))
    return feature;
  const { [primary as string]: _copy, ...others } = feature.translations!;
  return { ...feature, translations: Object.keys(others).length > 0 ? others : undefined };
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
      notes: table.notes,
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
      problems: plan.problems.slice(0, MAX_LISTED_PROBLEMS),
      problemCount: plan.problems.length,
    };
  }

  /** Writes all layers' accepted features in one transaction. */
  function write(layers: { table: SourceTable; mapping: ImportMapping }[]): ImportResult {
    const result: ImportResult = { added: { places: 0, quarters: 0, routes: 0 }, skipped: [] };
    const plans = layers.map(({ table, mapping }) => ({ table, plan: validatePlan(planImport(table, mapping)) }));
    const { primary } = store.contentLanguages.get();
    store.transaction(() => {
      for (const { table, plan } of plans) {
        store.places.insertMany(
          plan.places.map((place) =>
            place.translations
              ? withoutPrimaryCopy(place as typeof place & { translations: Translations }, primary)
              : place,
          ),
        );
        for (const quarter of plan.quarters.map((entry) => withoutPrimaryCopy(entry, primary))) {
          store.quarters.insert({
            name: quarter.name,
            kind: 'cultural-quarter',
            description: quarter.description,
            geometry: quarter.geometry as never,
            translations: quarter.translations,
          });
        }
        for (const route of plan.routes.map((entry) => withoutPrimaryCopy(entry, primary))) {
          // A line from a file (a GPX track, a KML path) stays as drawn: one leg, not routed.
          store.routes.insert(
            {
              name: route.name,
              mode: 'walk',
              description: route.description,
              stopPlaceIds: [],
              visitMinutes: [],
              vias: [],
              speedKmh: null,
              startTime: null,
              translations: route.translations,
            },
            route.geometry,
            [],
          );
        }
        result.added.places += plan.places.length;
        result.added.quarters += plan.quarters.length;
        result.added.routes += plan.routes.length;
        result.skipped.push(...plan.problems.map((problem) => ({ ...problem, layer: table.layer })));
      }
      if (result.added.places) store.touch('places');
      if (result.added.quarters) store.touch('quarters');
      if (result.added.routes) store.touch('routes');
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
      const result = write(tables);
      staged.delete(importId);
      return result;
    },
    discard(importId: string): void {
      staged.delete(importId);
    },
    /** The CLI's path: read, map every layer with the detected mapping, write. */
    async importFile(
      file: string,
      defaultCategory: ImportMapping['defaultCategory'],
    ): Promise<ImportResult & { notes: string[] }> {
      const fileName = path.basename(file);
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        throw new ApiError(
          'invalid-input',
          messageRef(transferMessages.cannotRead, {
            file,
            reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
          }),
          'file',
        );
      }
      const tables = await readImportSource(bytes, fileName).catch(toApiError);
      const result = write(
        tables.map((table) => ({ table, mapping: { ...detectMapping(table.columns), defaultCategory } })),
      );
      return { ...result, notes: tables.flatMap((table) => table.notes.map((note) => `${table.layer}: ${note}`)) };
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
