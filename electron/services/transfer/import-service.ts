import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectMapping, planImport, type ImportMapping } from '../../../shared/codecs/import/plan-import.js';
import { detectFormat, readSource } from '../../../shared/codecs/import/read-source.js';
import { ImportError, type SourceTable } from '../../../shared/codecs/import/source-table.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { transferMessages } from '../../../shared/i18n/messages/transfer.js';
import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import type { ImportPreview, ImportResult, LayerPreview } from '../../../shared/api/transfer.js';
import type { Translations } from '../../../shared/model/schemas.js';
import type { ProjectStore } from '../../store/project-store.js';
import { readGeoPackageLayers } from '../../store/read-geopackage.js';
import { validatePlan, type ValidPlan } from './validate-plan.js';

// Imports: read a source (any supported format) into tables, preview it with a detected column
// mapping, then write every accepted feature in one transaction, or nothing. Rows that cannot
// be imported are reported by position with the reason, rows imported with a change with what
// changed; the parts of a multi-part feature are kept together in a group.

const MAX_LISTED_PROBLEMS = 200;

/** A note on how a layer was read or imported, for the command line's output. */
export interface LayerNote {
  layer: string;
  note: MessageRef;
}
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

  /** Writes one layer's plan: its features, then the groups that keep multi-part ones together. */
  function writePlan(plan: ValidPlan, primary: string | null): void {
    const members = plan.groups.map(() => ({ place: [] as number[], quarter: [] as number[], route: [] as number[] }));
    const placeIds = store.places.insertMany(
      plan.places.map((place) =>
        place.translations
          ? withoutPrimaryCopy(place as typeof place & { translations: Translations }, primary)
          : place,
      ),
    );
    plan.places.forEach((place, index) => {
      if (place.group !== undefined) members[place.group]?.place.push(placeIds[index] as number);
    });
    for (const quarter of plan.quarters.map((entry) => withoutPrimaryCopy(entry, primary))) {
      const { id } = store.quarters.insert({
        name: quarter.name,
        kind: 'cultural-quarter',
        description: quarter.description,
        customFields: quarter.customFields,
        geometry: quarter.geometry as never,
        translations: quarter.translations,
      });
      if (quarter.group !== undefined) members[quarter.group]?.quarter.push(id);
    }
    for (const route of plan.routes.map((entry) => withoutPrimaryCopy(entry, primary))) {
      // A line from a file (a GPX track, a KML path) stays as drawn: not routed.
      const { id } = store.routes.insert(
        {
          name: route.name,
          mode: 'walk',
          description: route.description,
          stopPlaceIds: [],
          visitMinutes: [],
          vias: [],
          speedKmh: null,
          startTime: null,
          customFields: route.customFields,
          translations: route.translations,
        },
        route.geometry,
        [],
      );
      if (route.group !== undefined) members[route.group]?.route.push(id);
    }
    plan.groups.forEach((group, index) => {
      const parts = members[index];
      if (!parts || parts.place.length + parts.quarter.length + parts.route.length === 0) return;
      const { id } = store.groups.insert({ name: group.name, level: group.level, parentId: null, description: '' });
      for (const type of ['place', 'quarter', 'route'] as const)
        for (const memberId of parts[type]) store.groups.addMember(id, type, memberId);
    });
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
        writePlan(plan, primary);
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
    /** The CLI's path: read, map every layer with the detected mapping, write. */
    async importFile(
      file: string,
      defaultCategory: ImportMapping['defaultCategory'],
    ): Promise<ImportResult & { notes: LayerNote[] }> {
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
      return write(tables.map((table) => ({ table, mapping: { ...detectMapping(table.columns), defaultCategory } })));
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
